// `npm run bench`: latency and throughput of each part of the scan path, against the built CLI.
import { formatBench, runBench } from "./run.js";

const json = process.argv.includes("--json");
const report = await runBench();
process.stdout.write(json ? `${JSON.stringify(report)}\n` : formatBench(report));
