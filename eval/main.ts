// `npm run eval`: the shipped scanner on the shared development set and the project's own sets,
// hold-out sets and agent traces; the report is written to reports/eval.json.
import { formatReports, runEval, writeReport } from "./run.js";

const json = process.argv.includes("--json");
const reports = runEval();
const path = writeReport(reports);
process.stdout.write(json ? `${JSON.stringify(reports)}\n` : formatReports(reports));
process.stderr.write(`report written to ${path}\n`);
