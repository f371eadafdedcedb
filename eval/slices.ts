// Hold-out sets sliced by language (English or not) and by carrier: does detection hold outside
// the language and the kind of text most training rows come from?
import { existsSync, readdirSync } from "node:fs";
import { basename, join } from "node:path";
import { loadJsonl, type LabelledRow } from "../src/score/dataset.js";
import { evaluateSet, type SetReport } from "../src/score/report.js";

export interface Slice {
  set: string;
  by: "language" | "carrier";
  slices: SetReport[];
}

function groups(rows: readonly LabelledRow[], key: (r: LabelledRow) => string): Array<[string, LabelledRow[]]> {
  const out = new Map<string, LabelledRow[]>();
  for (const row of rows) {
    const k = key(row);
    const g = out.get(k);
    if (g) g.push(row);
    else out.set(k, [row]);
  }
  return [...out].sort((a, b) => b[1].length - a[1].length);
}

export function holdoutSlices(dir: string): Slice[] {
  if (!existsSync(dir)) return [];
  const out: Slice[] = [];
  for (const file of readdirSync(dir).filter((f) => f.endsWith(".jsonl")).sort()) {
    const rows = loadJsonl(join(dir, file));
    const set = basename(file, ".jsonl");
    const languages = groups(rows, (r) => (r.language === undefined ? "unknown" : r.language === "en" ? "English" : "not English"));
    if (languages.length > 1) out.push({ set, by: "language", slices: languages.map(([name, g]) => evaluateSet(name, g)) });
    const carriers = groups(rows, (r) => r.carrier ?? "unknown");
    if (carriers.length > 1) out.push({ set, by: "carrier", slices: carriers.map(([name, g]) => evaluateSet(name, g)) });
  }
  return out;
}
