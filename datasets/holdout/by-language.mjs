// Recall and false-positive rate of the built scanner on hold-out files, split English vs the
// rest, per language and per category: what `bulwark eval FILE` reports, sliced.
// Run after `npm run build`: node datasets/holdout/by-language.mjs datasets/holdout/<file>.jsonl…
import { basename } from "node:path";
import { loadJsonl } from "../../dist/eval/dataset.js";
import { evaluateSet } from "../../dist/eval/report.js";

const pct = (n) => (n === null ? "–" : `${(n * 100).toFixed(1)} %`);
const line = (name, r) => `  ${name.padEnd(24)} ${String(r.rows).padStart(4)} rows  recall ${pct(r.recall).padStart(7)} (${r.attacks})  FP ${pct(r.false_positive_rate).padStart(7)} (${r.benign})`;

function slices(rows, key) {
  const groups = new Map();
  for (const row of rows) groups.set(key(row), [...(groups.get(key(row)) ?? []), row]);
  return [...groups].sort((a, b) => b[1].length - a[1].length);
}

for (const path of process.argv.slice(2)) {
  const rows = loadJsonl(path);
  console.log(`${basename(path)}`);
  console.log(line("all", evaluateSet("all", rows)));
  for (const [name, group] of slices(rows, (r) => (r.language === "en" ? "English" : "not English"))) console.log(line(name, evaluateSet(name, group)));
  console.log(" by language");
  for (const [name, group] of slices(rows, (r) => r.language ?? "?")) console.log(line(name, evaluateSet(name, group)));
  console.log(" by category");
  for (const [name, group] of slices(rows, (r) => r.category)) console.log(line(name, evaluateSet(name, group)));
  console.log(" whole request vs text");
  for (const [name, group] of slices(rows, (r) => (r.request ? "request" : "text"))) console.log(line(name, evaluateSet(name, group)));
}
