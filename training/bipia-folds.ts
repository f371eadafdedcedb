// `bulwark train --bipia-folds`: a development measure for indirect injection that never reads
// eval/. BIPIA's test split brings documents and attack kinds its training split lacks; the
// model's own cross-validation cannot show that, because its BIPIA documents share their clean
// twins with training documents. Here each fold holds out a quarter of the clean documents and a
// fifth of the attack kinds together: the model is retrained without any of them (clean or
// attacked), then scored, alone, on the held-out clean documents and on the attacks that put a
// held-out kind of instruction into a held-out document. It counts the model alone and the whole
// scanner (rules, views and that model), so a rule's share of the catch shows too.
import { resolve } from "node:path";
import { inspect } from "../src/api.js";
import { BulwarkError } from "../src/errors.js";
import { learner, setLearner } from "../src/scan/learning.js";
import { Rng, shuffle } from "../src/rng.js";
import { classify, withModel } from "../src/model/model.js";
import { retrainReplacing } from "./retrain.js";
import { insertionOf, read, trainingFiles, type Raw } from "./training-data.js";

const FILE = "indirect_bipia.jsonl";
const KIND_GROUPS = 5;
const SEED = 4242;

export interface Fold {
  train: Raw[];
  attacks: Raw[];
  clean: Raw[];
}

/** The attack kind of a BIPIA row ("#Kind" at the end of its source). */
function attackKind(row: Raw): string {
  const source = row.source ?? "";
  const hash = source.lastIndexOf("#");
  return hash === -1 ? "" : source.slice(hash + 1);
}

/** email, table or code: the benchmark file a row comes from. */
export function documentKind(row: Raw): string {
  return /\/(\w+)\/[^/]*$/.exec((row.source ?? "").split("#")[0] as string)?.[1] ?? "other";
}

/**
 * Splits BIPIA rows into folds. Clean documents are dealt round-robin (in a seeded order) into
 * `folds` parts and attack kinds into five groups; fold k holds out part k and kind group k mod 5.
 * Attacks that mix a held-out side with a kept side are in neither set.
 */
export function planFolds(rows: readonly Raw[], folds: number, seed = SEED): Fold[] {
  const cleanIdx = rows.flatMap((r, i) => (r.label === "benign" ? [i] : []));
  const cleanTexts = cleanIdx.map((i) => (rows[i] as Raw).text);
  const twin = new Map<number, number>();
  rows.forEach((r, i) => {
    if (r.label !== "attack") return;
    const found = insertionOf(r.text, cleanTexts);
    if (found) twin.set(i, cleanIdx[found.twin] as number);
  });
  const rng = new Rng(seed);
  const cleanOrder = shuffle([...cleanIdx], rng);
  const kinds = shuffle([...new Set(rows.filter((r) => r.label === "attack").map(attackKind))].sort(), rng);
  const plans: Fold[] = [];
  for (let k = 0; k < folds; k++) {
    const heldDocs = new Set(cleanOrder.filter((_, n) => n % folds === k));
    const heldKinds = new Set(kinds.filter((_, n) => n % KIND_GROUPS === k % KIND_GROUPS));
    const fold: Fold = { train: [], attacks: [], clean: [] };
    rows.forEach((r, i) => {
      if (r.label === "benign") {
        (heldDocs.has(i) ? fold.clean : fold.train).push(r);
        return;
      }
      const t = twin.get(i);
      const newDoc = t !== undefined && heldDocs.has(t);
      const newKind = heldKinds.has(attackKind(r));
      if (newDoc && newKind) fold.attacks.push(r);
      else if (!newDoc && !newKind && t !== undefined) fold.train.push(r);
    });
    plans.push(fold);
  }
  return plans;
}

interface Tally {
  attacks: number;
  caught: number;
  clean: number;
  flagged: number;
}

export interface FoldsReport {
  /**
   * Each fold: the model alone, with the labels that flagged its clean documents (a document may
   * count twice), and the whole scanner with that model (`scanner`).
   */
  folds: Array<Tally & { thresholds: Record<string, number>; flagged_by: Record<string, number>; scanner: Tally }>;
  /** All folds together, by document kind and in total. */
  by_kind: Record<string, Tally & { recall: number | null; flagged_rate: number | null }>;
  /** Attacks caught by attack kind (each kind is held out in exactly one fold). */
  by_attack_kind: Record<string, { attacks: number; caught: number }>;
  total: Tally & { recall: number; flagged_rate: number };
  /** The whole scanner (rules and views as well as the model), all folds together. */
  scanner: Tally & { recall: number; flagged_rate: number };
}

const emptyTally = (): Tally => ({ attacks: 0, caught: 0, clean: 0, flagged: 0 });

function rates<T extends Tally>(t: T): T & { recall: number | null; flagged_rate: number | null } {
  return { ...t, recall: t.attacks ? t.caught / t.attacks : null, flagged_rate: t.clean ? t.flagged / t.clean : null };
}

function count(t: Tally, row: Raw, hit: boolean): void {
  if (row.label === "attack") {
    t.attacks++;
    if (hit) t.caught++;
  } else {
    t.clean++;
    if (hit) t.flagged++;
  }
}

export function bipiaFolds(trainDir: string, folds = 4): FoldsReport {
  const dir = resolve(trainDir);
  const files = trainingFiles(dir);
  if (!files.includes(FILE)) throw new BulwarkError("usage", `no training file ${FILE} in ${dir}`);
  const report: FoldsReport = { folds: [], by_kind: {}, by_attack_kind: {}, total: { ...emptyTally(), recall: 0, flagged_rate: 0 }, scanner: { ...emptyTally(), recall: 0, flagged_rate: 0 } };
  // The scanner is measured as shipped: local feedback stays out, as in `npm run eval`.
  const savedLearner = learner();
  setLearner(undefined);
  const kinds: Record<string, Tally> = {};
  try {
    for (const fold of planFolds(read(dir, FILE), folds)) {
      const lines = fold.train.map((r) => `${JSON.stringify(r)}\n`).join("");
      retrainReplacing(dir, files, FILE, lines, (model) => {
        const tally = emptyTally();
        const scanner = emptyTally();
        const flaggedBy: Record<string, number> = {};
        for (const row of [...fold.attacks, ...fold.clean]) {
          const hits = classify(model, row.text, "retrieved_content").hits;
          const hit = hits.length > 0;
          count(tally, row, hit);
          count(scanner, row, withModel(model, () => inspect(row.text, { eval_surface: "retrieved_content" }).action !== "allow"));
          count((kinds[documentKind(row)] ??= emptyTally()), row, hit);
          if (row.label === "benign") for (const h of hits) flaggedBy[h.label] = (flaggedBy[h.label] ?? 0) + 1;
          else {
            const k = (report.by_attack_kind[attackKind(row)] ??= { attacks: 0, caught: 0 });
            k.attacks++;
            if (hit) k.caught++;
          }
        }
        report.folds.push({ ...tally, thresholds: model.card.thresholds, flagged_by: flaggedBy, scanner });
      });
    }
  } finally {
    setLearner(savedLearner);
  }
  for (const [kind, t] of Object.entries(kinds)) report.by_kind[kind] = rates(t);
  const sum = (tallies: Tally[]): Tally & { recall: number; flagged_rate: number } => {
    const t = emptyTally();
    for (const f of tallies) for (const key of Object.keys(t) as Array<keyof Tally>) t[key] += f[key];
    return { ...t, recall: t.caught / Math.max(1, t.attacks), flagged_rate: t.flagged / Math.max(1, t.clean) };
  };
  report.total = sum(report.folds);
  report.scanner = sum(report.folds.map((f) => f.scanner));
  return report;
}
