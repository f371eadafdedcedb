// `npm run bench`: latency and throughput of each part of the scan path, against the built CLI.
// Writes the full tables to docs/SPEED.md and the summary between the README's speed markers;
// `--json` prints the report instead, `--no-write` leaves the docs alone.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { measuredAt, PROJECT, writeBlock } from "../eval/doc-block.js";
import { formatBench, formatTargets, runBench, type BenchReport } from "./run.js";

const json = process.argv.includes("--json");
const report = await runBench();
process.stdout.write(json ? `${JSON.stringify(report)}\n` : formatBench(report));
if (!process.argv.includes("--no-write")) {
  const at = measuredAt();
  writeFileSync(join(PROJECT, "docs", "SPEED.md"), speedDoc(report, at));
  writeBlock("README.md", "speed", summary(report, at));
  process.stderr.write("written: docs/SPEED.md, README.md (speed)\n");
}

function speedDoc(report: BenchReport, at: string): string {
  return [
    "# Speed",
    "",
    `Written by \`npm run bench\` at ${at}, Node ${report.node}. Every ratio is measured in the same run as its floor.`,
    "Times are per call on one core unless a row says otherwise; the hostile shapes are CPU time of one scan.",
    "",
    formatBench(report).split("\n").slice(2).join("\n"),
  ].join("\n");
}

function summary(report: BenchReport, at: string): string {
  const inspect = report.timings.find((t) => t.name.startsWith("inspect: 200-char message (full"));
  const mb = report.throughput.find((t) => t.name.startsWith("inspect: 1 MB ordinary text (full"));
  return [
    ...formatTargets(report.targets),
    `| \`inspect()\` of a 200-character message, in process, p50 / p99 | ${inspect ? `${inspect.p50_us} / ${inspect.p99_us} µs` : "n/a"} | – | – |`,
    `| \`inspect()\` of 1 MB of ordinary text | ${mb ? `${mb.ms_per_mb} ms` : "n/a"} | – | – |`,
    `| MCP proxy, added latency per \`tools/call\`, p50 | ${report.proxy.added_p50_ms} ms | direct call: ${report.proxy.direct_p50_ms} ms | – |`,
    "",
    `Measured by \`npm run bench\` at ${at}, Node ${report.node}; all tables in [docs/SPEED.md](docs/SPEED.md).`,
  ].join("\n");
}
