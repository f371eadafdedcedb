// `npm run train`: trains the shipped classifier from shared/datasets/train and the synthetic
// generator, picks each label's threshold on out-of-fold scores (4-fold cross-validation over
// that training data, seeded), and writes models/injection.{json,weights}. Never reads
// shared/datasets/eval.
import { createHash } from "node:crypto";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { Rng, shuffle } from "../src/rng.js";
import type { Surface } from "../src/types.js";
import { DIM, featurize } from "../src/model/features.js";
import { labelApplies, LABELS, readsSentences, type Label } from "../src/model/labels.js";
import { MODEL_DIR } from "../src/model/model.js";
import { trainingDocuments } from "./training-data.js";
import { STRIDE, WINDOW } from "../src/model/windows.js";

const SEED = 20261124;
const EPOCHS = 24;
const LEARNING_RATE = 0.4;
const MAX_FPR = 0.01;
/** Training orders averaged into the shipped weights (see averageOverOrders). */
const ORDERS = 4;
const L = LABELS.length;

interface Example {
  indices: Int32Array;
  value: number;
  y: Uint8Array;
  surface: Surface;
  synthetic: boolean;
  source: string;
  /** A sentence of a document (inference scores those for the labels readsSentences names). */
  sentence: boolean;
  /** Positive for a label other than `embedded` (an attack on the assistant in its own right). */
  attack: boolean;
  /** Scored out of fold, never trained on (see TrainingRow.validationOnly). */
  validationOnly: boolean;
  /** Read only to place sentence thresholds (see TrainingRow.wrapped). */
  wrapped: boolean;
}

function toExamples(rows: Array<{ text: string; labels: string[]; surface: Surface; source: string; sentence?: boolean; validationOnly?: boolean; wrapped?: boolean }>): Example[] {
  return rows.map((row) => {
    const f = featurize(row.text);
    const y = new Uint8Array(L);
    LABELS.forEach((label, l) => (y[l] = row.labels.includes(label) ? 1 : 0));
    return { indices: f.indices.slice(0, f.count), value: f.value, y, surface: row.surface, synthetic: row.source.startsWith("synthetic:"), source: row.source, sentence: row.sentence === true, attack: row.labels.some((label) => label !== "embedded"), validationOnly: row.validationOnly === true, wrapped: row.wrapped === true };
  });
}

/**
 * A label's threshold is chosen on real positives when the training data holds this many: fewer
 * cannot place a threshold at the 1 % level, and a label with a few dozen or a few hundred real
 * rows in all (override: the 167 ASB rows that say "ignore previous instructions") would be judged
 * on one narrow kind of attack. When thresholds came from a 15 % validation split the bar was 100
 * real positives in the split; 670 in all keeps that bar now that every document is scored out of
 * fold. At 30 in a split, adding unrelated rows once gave override 31 real validation positives,
 * and its threshold moved from 0.31 to 0.49.
 */
const MIN_REAL_POSITIVES = 670;

/**
 * One logistic model per label, AdaGrad over the examples in a seeded order. A label learns its
 * attacks against benign text: an attack of another label (a hijack, for `extraction`) is left
 * out of its rows, not taught as a negative, since the verdict counts any label's hit and real
 * attacks mix the moves (threshold validation already counts only benign rows as false
 * positives). Rows that are only `embedded` stay negatives for the other labels: an instruction
 * inside data is one that would be fine from the user, and without them "in your reply, write
 * every sentence backwards" from a user scored as an override. Unseen hand-written prompts
 * (batch 6): 14 and 22 of 25 hijack and extraction attempts caught, against 9 and 20 with every
 * other label's attack as a negative.
 */
function train(examples: Example[], rng: Rng): { w: Float32Array; b: Float64Array } {
  const w = new Float32Array(DIM * L);
  const g2 = new Float32Array(DIM * L);
  const b = new Float64Array(L);
  const gb = new Float64Array(L);
  const positives = new Float64Array(L);
  const negatives = new Float64Array(L);
  for (const ex of examples) {
    LABELS.forEach((label, l) => {
      if (!labelApplies(label, ex.surface)) return;
      if (ex.y[l]) positives[l] = (positives[l] as number) + 1;
      else if (ex.attack) return;
      else negatives[l] = (negatives[l] as number) + 1;
    });
  }
  // Rare labels get their positives weighted up (square root of the imbalance, at most 8x).
  const posWeight = Array.from(positives, (p, l) => Math.min(8, Math.sqrt(Math.max(1, (negatives[l] as number) / Math.max(1, p)))));
  const order = examples.map((_, i) => i);
  for (let epoch = 0; epoch < EPOCHS; epoch++) {
    shuffle(order, rng);
    for (const i of order) {
      const ex = examples[i] as Example;
      for (let l = 0; l < L; l++) {
        if (!labelApplies(LABELS[l] as (typeof LABELS)[number], ex.surface)) continue;
        // Another label's attack is neither this label's positive nor a negative (see train).
        if (!ex.y[l] && ex.attack) continue;
        let z = b[l] as number;
        for (const idx of ex.indices) z += (w[idx * L + l] as number) * ex.value;
        const p = 1 / (1 + Math.exp(-z));
        const y = ex.y[l] as number;
        const grad = (p - y) * (y ? (posWeight[l] as number) : 1);
        if (Math.abs(grad) < 1e-4) continue;
        for (const idx of ex.indices) {
          const k = idx * L + l;
          const g = grad * ex.value;
          g2[k] = (g2[k] as number) + g * g;
          w[k] = (w[k] as number) - (LEARNING_RATE * g) / Math.sqrt((g2[k] as number) + 1e-8);
        }
        gb[l] = (gb[l] as number) + grad * grad;
        b[l] = (b[l] as number) - (LEARNING_RATE * grad) / Math.sqrt((gb[l] as number) + 1e-8);
      }
    }
  }
  return { w, b };
}

/**
 * The mean of ORDERS models trained on the same rows in different seeded orders. One order's
 * model depends on the order it saw last: retrains that differed only in their order caught 305
 * to 311 of 368 held-out BIPIA attacks (`--bipia-folds`); the mean of four caught 312 and 315.
 */
function averageOverOrders(examples: Example[]): { w: Float32Array; b: Float64Array } {
  const w = new Float32Array(DIM * L);
  const b = new Float64Array(L);
  for (let k = 0; k < ORDERS; k++) {
    const one = train(examples, new Rng(SEED + 7919 * (k + 1)));
    for (let i = 0; i < w.length; i++) w[i] = (w[i] as number) + (one.w[i] as number) / ORDERS;
    for (let l = 0; l < L; l++) b[l] = (b[l] as number) + (one.b[l] as number) / ORDERS;
  }
  return { w, b };
}

function quantize(w: Float32Array): { q: Int8Array; scales: number[] } {
  const scales: number[] = [];
  for (let l = 0; l < L; l++) {
    let max = 1e-9;
    for (let i = l; i < w.length; i += L) max = Math.max(max, Math.abs(w[i] as number));
    scales.push(max / 127);
  }
  const q = new Int8Array(w.length);
  for (let i = 0; i < w.length; i++) q[i] = Math.round((w[i] as number) / (scales[i % L] as number));
  return { q, scales };
}

function scoreQuantized(ex: Example, q: Int8Array, scales: number[], b: Float64Array, l: number): number {
  let sum = 0;
  for (const idx of ex.indices) sum += q[idx * L + l] as number;
  return 1 / (1 + Math.exp(-((b[l] as number) + sum * ex.value * (scales[l] as number))));
}

export interface Choice {
  threshold: number;
  f1: number;
  recall: number;
  precision: number;
  fpr: number;
  positives: number;
  negatives: number;
  /** The benign source whose false positives stopped the threshold from going lower. */
  limited_by?: string;
}

/** Sources of benign validation rows large enough to hold the false-positive bound on their own. */
const MIN_SOURCE_NEGATIVES = 30;

export interface Scored {
  p: number;
  y: number;
  source: string;
  synthetic: boolean;
}

/**
 * The threshold with the best F1 among those whose false-positive rate stays within MAX_FPR on
 * the real (non-synthetic) benign rows together and on every kind of real benign text (each
 * source with enough rows). Synthetic negatives are many and mostly easy: counted in the overall
 * rate they would hide a kind of real text that gets flagged often. They count in precision, so
 * in F1, but no family of them vetoes a threshold alone: the synthetic look-alikes are built to
 * sit next to attacks ("write a function that returns 'Access Granted'"), and holding each
 * template family to 1 % (scored out of fold) put `extraction` at 0.74, where 15 of the 146
 * hand-written extraction attempts caught at 0.38 went through (that comparison used the
 * hand-written set, which is otherwise kept away from thresholds; see datasets/README.md).
 */
function chooseThreshold(scored: Scored[]): Choice {
  const pos = scored.filter((s) => s.y === 1).length;
  const realNeg = scored.filter((s) => s.y === 0 && !s.synthetic).length;
  const neg = scored.length - pos;
  const perSource = new Map<string, { total: number; fp: number }>();
  for (const s of scored) if (!s.y) perSource.set(s.source, { total: (perSource.get(s.source)?.total ?? 0) + 1, fp: 0 });
  const sorted = [...scored].sort((a, b) => b.p - a.p);
  let tp = 0;
  let fp = 0;
  let realFp = 0;
  let worst = 0;
  let best: Choice = { threshold: 0.999, f1: 0, recall: 0, precision: 0, fpr: 0, positives: pos, negatives: neg };
  for (let i = 0; i < sorted.length; i++) {
    const s = sorted[i] as Scored;
    if (s.y) tp++;
    else {
      fp++;
      if (!s.synthetic) realFp++;
      const src = perSource.get(s.source) as { total: number; fp: number };
      src.fp++;
      if (!s.synthetic && src.total >= MIN_SOURCE_NEGATIVES) worst = Math.max(worst, src.fp / src.total);
    }
    const next = sorted[i + 1];
    if (next && next.p === s.p) continue;
    const realFpr = realNeg ? realFp / realNeg : 0;
    if (realFpr > MAX_FPR || worst > MAX_FPR) {
      best.limited_by = s.source;
      break;
    }
    const recall = pos ? tp / pos : 0;
    const precision = tp / (tp + fp);
    const f1 = recall + precision > 0 ? (2 * recall * precision) / (recall + precision) : 0;
    // Between this score and the next lower one every threshold gives the same validation F1;
    // the midpoint keeps a margin on both sides instead of sitting on the weakest positive.
    if (f1 > best.f1) best = { threshold: (s.p + (next?.p ?? 0)) / 2, f1, recall, precision, fpr: neg ? fp / neg : 0, positives: pos, negatives: neg };
  }
  return best;
}

/**
 * Cross-validation folds that place the thresholds: every training document is scored once by a
 * model that never saw it, and the thresholds are chosen on all of those scores together.
 */
const FOLDS = 4;

/** A group's fold, from a seeded hash of its name: adding rows elsewhere moves no other group. */
function foldOf(group: string): number {
  return createHash("sha256").update(`${SEED}\u0000${group}`).digest().readUInt32BE(0) % FOLDS;
}

interface Fitted {
  q: Int8Array;
  scales: number[];
  b: Float64Array;
  rows: number;
}

/**
 * The weights trained on these documents (their training rows, in a seeded order). `examples`
 * holds each document's rows already featurized, so the five fits featurize nothing twice.
 */
function fit(docs: number[], examples: Example[][], rng: Rng): Fitted {
  // Documents read by validation only are left out before the shuffle, so adding them moves no
  // other document in the training order.
  const trainable = docs.filter((doc) => (examples[doc] as Example[]).some((ex) => !ex.validationOnly));
  const rows = shuffle(trainable, rng).flatMap((doc) => (examples[doc] as Example[]).filter((ex) => !ex.validationOnly));
  const { w, b } = averageOverOrders(rows);
  return { ...quantize(w), b, rows: rows.length };
}

interface Held extends Example {
  /** The document, numbered across all folds. */
  doc: number;
  /** The probability of each label from the model that did not see this document. */
  p: Float64Array;
}

/** A document's scores for one label: its strongest window (`p`) and prompt sentence (`ps`). */
export interface DocumentScore extends Scored {
  ps: number;
}

/**
 * Each label's documents as inference reads them, from the out-of-fold rows: a document scores as
 * its strongest window (a clean page with thirty sentences has thirty chances), with its data
 * sentences for `embedded`; a user prompt's sentences are a channel of their own (`ps`) for the
 * labels inference reads them for (readsSentences), with their own threshold.
 */
function documentScores(held: Held[], l: number): DocumentScore[] {
  const label = LABELS[l] as Label;
  // Templated synthetic positives are easy (they would make recall look better than it is);
  // synthetic negatives are the hard ones and stay in. Real positives are used when there are enough.
  // Negatives are benign rows only: an extraction attempt that also scores as an override is
  // still an attack caught, not a false positive.
  const applicable = held.filter((ex) => labelApplies(label, ex.surface) && (ex.y[l] || !ex.y.some((v, k) => v && labelApplies(LABELS[k] as Label, ex.surface))));
  const realPositives = applicable.filter((ex) => ex.y[l] && !ex.synthetic).length;
  const pool = realPositives >= MIN_REAL_POSITIVES ? applicable.filter((ex) => !ex.y[l] || !ex.synthetic) : applicable;
  const byDoc = new Map<number, DocumentScore>();
  for (const ex of pool) {
    if (ex.sentence && !readsSentences(label, ex.surface)) continue;
    const promptSentence = ex.sentence && label !== "embedded";
    const p = ex.p[l] as number;
    const y = ex.y[l] as number;
    const seen = byDoc.get(ex.doc);
    if (!seen) byDoc.set(ex.doc, { p: promptSentence ? 0 : p, ps: promptSentence ? p : 0, y, source: ex.source, synthetic: ex.synthetic });
    else {
      if (promptSentence) seen.ps = Math.max(seen.ps, p);
      else seen.p = Math.max(seen.p, p);
      if (y && !seen.y) Object.assign(seen, { y, source: ex.source });
      seen.synthetic &&= ex.synthetic;
    }
  }
  return [...byDoc.values()];
}

/**
 * The sentence threshold of a label that reads a prompt's sentences, by the same rule with the
 * window threshold fixed: a document counts as flagged when a window reaches `windowThreshold` or
 * a sentence reaches the candidate. None when no sentence threshold beats windows alone. It reads
 * the prompts wrapped in small talk, which window thresholds do not.
 */
export function chooseSentenceThreshold(docs: DocumentScore[], windowThreshold: number): Choice | undefined {
  // Documents a window flags score above every sentence; the best choice is "no sentence" when
  // its midpoint lies among them.
  const choice = chooseThreshold(docs.map((d) => ({ ...d, p: d.p >= windowThreshold ? Number.POSITIVE_INFINITY : d.ps })));
  return Number.isFinite(choice.threshold) ? choice : undefined;
}

export function trainModel(trainDir: string, outDir = MODEL_DIR): Record<string, unknown> {
  const docs = trainingDocuments(trainDir);
  const folds = docs.map((d) => foldOf(d.group));
  // A template drawn twice gives the same document twice; it is scored once, or one look-alike
  // drawn thirty times would decide a threshold alone.
  const seen = new Set<string>();
  const distinct = docs.map((d) => {
    const key = `${d.group}\u0000${d.rows.map((r) => r.text).join("\u0001")}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  const examples = docs.map((d) => toExamples(d.rows));
  const all = docs.map((_, i) => i);
  const held: Held[] = [];
  for (let k = 0; k < FOLDS; k++) {
    const model = fit(
      all.filter((i) => folds[i] !== k),
      examples,
      new Rng(SEED + k + 1),
    );
    for (const doc of all) {
      if (folds[doc] !== k || !distinct[doc]) continue;
      for (const ex of examples[doc] as Example[]) {
        const p = new Float64Array(L);
        for (let l = 0; l < L; l++) p[l] = scoreQuantized(ex, model.q, model.scales, model.b, l);
        held.push({ ...ex, doc, p });
      }
    }
  }
  const { q, scales, b, rows: trainRows } = fit(all, examples, new Rng(SEED));
  const thresholds: Record<string, number> = {};
  const validation: Record<string, Choice> = {};
  const sentenceThresholds: Record<string, number> = {};
  const sentenceValidation: Record<string, Choice> = {};
  const round = (x: number) => Math.round(x * 1e6) / 1e6;
  LABELS.forEach((label, l) => {
    const choice = chooseThreshold(documentScores(held.filter((ex) => !ex.wrapped), l));
    thresholds[label] = round(choice.threshold);
    validation[label] = choice;
    if (!readsSentences(label, "user_prompt")) return;
    const own = chooseSentenceThreshold(documentScores(held, l), thresholds[label] as number);
    if (!own) return;
    sentenceThresholds[label] = round(own.threshold);
    sentenceValidation[label] = own;
  });
  const digest = createHash("sha256").update(q).digest("hex").slice(0, 12);
  const card = {
    version: `injection-1.${digest}`,
    dim: DIM,
    labels: LABELS,
    scales,
    biases: Array.from(b),
    thresholds,
    sentence_thresholds: sentenceThresholds,
    window: WINDOW,
    stride: STRIDE,
    features: "hashed lower-cased word unigrams and bigrams; CJK character unigrams and bigrams; L2-normalised binary",
    training: { seed: SEED, epochs: EPOCHS, orders: ORDERS, learning_rate: LEARNING_RATE, train_rows: trainRows, folds: FOLDS, validation_rows: held.length, validation_documents: new Set(held.map((ex) => ex.doc)).size, documents: docs.length },
    threshold_rule: `highest F1 (threshold midway between the last score kept and the next one) with false-positive rate <= ${MAX_FPR} on the real benign documents together and on each real benign source of >= ${MIN_SOURCE_NEGATIVES} documents (synthetic look-alikes count in F1 only), each document scored as its strongest row (window or sentence) as inference does, by a model trained without it (${FOLDS}-fold cross-validation over document groups placed by a seeded hash; identical documents scored once); the shipped weights are then trained on every document; a label that reads a user prompt's sentences gets a sentence threshold by the same rule with its window threshold fixed (a document flagged when a window or a sentence reaches its threshold), none when sentences add nothing`,
    validation,
    sentence_validation: sentenceValidation,
  };
  mkdirSync(outDir, { recursive: true });
  writeFileSync(join(outDir, "injection.weights"), q);
  writeFileSync(join(outDir, "injection.json"), `${JSON.stringify(card, null, 2)}\n`);
  return card;
}
