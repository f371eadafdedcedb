// `npm run eval`: every shared eval file plus the project's own sets, hold-out sets and traces.
import { existsSync, mkdirSync, readdirSync, writeFileSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { credentialCorpus } from "../src/lanes/credentials/corpus.js";
import { setLearner } from "../src/scan/learning.js";
import { commandCorpus } from "./command-corpus.js";
import { loadJsonl, type LabelledRow } from "../src/score/dataset.js";
import { packageDocs } from "./package-docs.js";
import { evaluateSet, formatReports, type SetReport } from "../src/score/report.js";
import { behindSmallTalk } from "./small-talk-set.js";
import { fixtureReports } from "./fixtures.js";
import { evaluateTraces, loadTraces } from "./traces.js";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");
export const SHARED_EVAL = join(ROOT, "..", "shared", "datasets", "eval");

function projectSets(): Array<[string, LabelledRow[]]> {
  const credentials = credentialCorpus(10, 4242).map((c, i): LabelledRow => ({ id: `cred:${c.rule}:${i}`, text: c.text, label: "attack", category: "credential", surface: "user_prompt" }));
  const sets: Array<[string, LabelledRow[]]> = [
    ["project: commands (generated)", commandCorpus()],
    ["project: credentials (generated)", credentials],
  ];
  // Hand-written prompts, never used for training or thresholds (see datasets/README.md).
  const handwritten = join(ROOT, "datasets", "injection-handwritten.jsonl");
  if (existsSync(handwritten)) {
    const rows = loadJsonl(handwritten);
    sets.push(["project: injection (hand-written)", rows], ["project: injection (hand-written, after small talk)", behindSmallTalk(rows)]);
  }
  // Sets written for a family before any change for it, by someone who had not read the rules
  // or the training data (datasets/holdout/README.md): measure on them, never train or tune on them.
  const holdout = join(ROOT, "datasets", "holdout");
  if (existsSync(holdout)) {
    for (const file of readdirSync(holdout).filter((f) => f.endsWith(".jsonl")).sort()) {
      sets.push([`project: holdout ${basename(file, ".jsonl")}`, loadJsonl(join(holdout, file))]);
    }
  }
  // Development sets: written the same way, then read while building rules (datasets/dev/README.md).
  const dev = join(ROOT, "datasets", "dev");
  if (existsSync(dev)) {
    for (const file of readdirSync(dev).filter((f) => f.endsWith(".jsonl")).sort()) {
      sets.push([`project: dev ${basename(file, ".jsonl")}`, loadJsonl(join(dev, file))]);
    }
  }
  const docs = packageDocs(join(ROOT, "node_modules"));
  if (docs.length > 0) sets.push(["project: package docs (node_modules Markdown)", docs]);
  return sets;
}

/** Agent traces (datasets/traces/*.jsonl) replayed without and with flow control. */
function traceReports(): SetReport[] {
  const dir = join(ROOT, "datasets", "traces");
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith(".jsonl"))
    .sort()
    .flatMap((file) => {
      const traces = loadTraces(join(dir, file));
      const name = `project: traces ${basename(file, ".jsonl")}`;
      return [evaluateTraces(`${name}, scanner alone`, traces, false), evaluateTraces(`${name}, scanner + flow control`, traces, true)];
    });
}

export function runEval(): SetReport[] {
  // Accuracy is the shipped scanner's: local feedback stays out of the measurement.
  setLearner(undefined);
  const reports: SetReport[] = [];
  const paths = existsSync(SHARED_EVAL) ? readdirSync(SHARED_EVAL).filter((f) => f.endsWith(".jsonl")).sort().map((f) => join(SHARED_EVAL, f)) : [];
  for (const path of paths) reports.push(evaluateSet(basename(path, ".jsonl"), loadJsonl(path)));
  for (const [name, rows] of projectSets()) {
    const credentials = name.includes("credentials");
    reports.push(evaluateSet(name, rows, credentials ? (v) => v.reasons.includes("detected:credential") : undefined));
  }
  reports.push(...fixtureReports());
  reports.push(...traceReports());
  return reports;
}

export function writeReport(reports: readonly SetReport[], out = join(ROOT, "reports", "eval.json")): string {
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, `${JSON.stringify({ generated_at: new Date().toISOString(), reports }, null, 2)}\n`);
  return out;
}

export { formatReports };
