// `npm run eval`: the shipped scanner on the shared development set and the project's own sets,
// hold-out sets and agent traces. Writes reports/eval.json, docs/ACCURACY.md and the README's
// accuracy block. `--by-source` also retrains the classifier once per training source left out
// (slow) and reports it on the left-out rows; `--json` prints the reports, `--no-write` leaves
// the docs alone.
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { measuredAt, PROJECT, writeBlock } from "./doc-block.js";
import { accuracyDoc, bySourceBlock, readmeSummary } from "./docs.js";
import { formatReports, runEval, writeReport } from "./run.js";
import { gitleaksProviders } from "./fixtures.js";
import { holdoutSlices } from "./slices.js";

const argv = process.argv.slice(2);
const json = argv.includes("--json");
const reports = runEval();
const path = writeReport(reports);
process.stdout.write(json ? `${JSON.stringify(reports)}\n` : formatReports(reports));
process.stderr.write(`report written to ${path}\n`);

let bySource: string | undefined;
if (argv.includes("--by-source")) {
  const { leaveOneSourceOut } = await import("../training/by-source.js");
  bySource = bySourceBlock(leaveOneSourceOut((line) => process.stderr.write(`${line}\n`)), measuredAt());
  process.stdout.write(`\n${bySource}\n`);
}
if (!argv.includes("--no-write")) {
  const at = measuredAt();
  const doc = join(PROJECT, "docs", "ACCURACY.md");
  // The leave-one-source-out block is slow to measure: kept from the last run that made it.
  const previous = existsSync(doc) ? /<!-- by-source:start -->\n([\s\S]*?)\n<!-- by-source:end -->/.exec(readFileSync(doc, "utf8"))?.[1] : undefined;
  writeFileSync(doc, accuracyDoc(reports, at, bySource ?? previous, holdoutSlices(join(PROJECT, "datasets", "holdout")), gitleaksProviders()));
  writeBlock("README.md", "accuracy", readmeSummary(reports, at));
  process.stderr.write("written: docs/ACCURACY.md, README.md (accuracy)\n");
}
