// The shipped classifier: int8 weights over hashed features, loaded once, scored per window.
import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { BulwarkError } from "../errors.js";
import type { Surface } from "../types.js";
import { DIM, featurize, spanFeatures, tokenize, type Features, type Tokens } from "./features.js";
import { labelApplies, LABELS, type Label } from "./labels.js";
import { MIN_SENTENCE, sentences, windows } from "./windows.js";

const EMBEDDED = LABELS.indexOf("embedded");
// scoreFeatures adds the six labels' weights in six locals.
if (LABELS.length !== 6) throw new Error("scoreFeatures is written for six labels");
/** Scratch sums for scoreSpan (the scan path is synchronous). */
const SUMS = new Float64Array(LABELS.length);

export interface ModelCard {
  version: string;
  dim: number;
  labels: Label[];
  scales: number[];
  biases: number[];
  thresholds: Record<Label, number>;
  window: number;
  stride: number;
  [key: string]: unknown;
}

export interface ClassifierModel {
  card: ModelCard;
  weights: Int8Array;
}

export const MODEL_DIR = fileURLToPath(new URL("../../models/", import.meta.url));

export function loadModel(dir = MODEL_DIR): ClassifierModel | undefined {
  const cardPath = `${dir}/injection.json`;
  const weightsPath = `${dir}/injection.weights`;
  if (!existsSync(cardPath) || !existsSync(weightsPath)) return undefined;
  const rebuild = "run `npm run train` to rebuild them, or reinstall the package";
  let card: ModelCard;
  try {
    card = JSON.parse(readFileSync(cardPath, "utf8")) as ModelCard;
  } catch {
    throw new BulwarkError("io", `model card ${cardPath} is not valid JSON: ${rebuild}`);
  }
  const bytes = readFileSync(weightsPath);
  const weights = new Int8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const labels = Array.isArray(card.labels) ? card.labels.join() : "none";
  if (card.dim !== DIM || labels !== LABELS.join() || weights.length !== DIM * LABELS.length) {
    const found = `dim ${String(card.dim)}, labels ${labels}, ${weights.length} weights`;
    throw new BulwarkError("io", `model files in ${dir} do not match this build (${found}; expected dim ${DIM}, labels ${LABELS.join()}): ${rebuild}`);
  }
  return { card, weights };
}

/** Probabilities for every label over text[start, end). */
export function scoreSpan(model: ClassifierModel, text: string, start: number, end: number, out = new Float64Array(LABELS.length)): Float64Array {
  return scoreFeatures(model, featurize(text, start, end), out);
}

function scoreFeatures(model: ClassifierModel, { indices, count, value }: Features, out: Float64Array): Float64Array {
  const { scales, biases } = model.card;
  const w = model.weights;
  // Feature by feature, all six labels at once in integer locals: a feature's weights share one
  // cache line, and sums of int8 weights are exact in any order.
  let s0 = 0;
  let s1 = 0;
  let s2 = 0;
  let s3 = 0;
  let s4 = 0;
  let s5 = 0;
  for (let k = 0; k < count; k++) {
    const base = (indices[k] as number) * 6;
    s0 += w[base] as number;
    s1 += w[base + 1] as number;
    s2 += w[base + 2] as number;
    s3 += w[base + 3] as number;
    s4 += w[base + 4] as number;
    s5 += w[base + 5] as number;
  }
  SUMS[0] = s0;
  SUMS[1] = s1;
  SUMS[2] = s2;
  SUMS[3] = s3;
  SUMS[4] = s4;
  SUMS[5] = s5;
  for (let l = 0; l < 6; l++) {
    const z = (biases[l] as number) + (SUMS[l] as number) * value * (scales[l] as number);
    out[l] = 1 / (1 + Math.exp(-z));
  }
  return out;
}

export interface LabelHit {
  label: Label;
  score: number;
  threshold: number;
  span: [number, number];
}

/**
 * The strongest window per label; labels over their threshold (and that apply on this surface)
 * are hits. `tokens` must be `tokenize(text)`, read before anything tokenizes again.
 */
export function classify(model: ClassifierModel, text: string, surface: Surface, tokens: Tokens = tokenize(text)): { best: Float64Array; hits: LabelHit[] } {
  const L = LABELS.length;
  const best = new Float64Array(L);
  const where: Array<[number, number]> = new Array(L).fill([0, 0]);
  const scratch = new Float64Array(L);
  // One tokenization (the caller's, when it has one) serves every window and sentence.
  for (const [s, e] of windows(text)) {
    scoreFeatures(model, spanFeatures(text, tokens, s, e), scratch);
    for (let l = 0; l < L; l++) {
      if ((scratch[l] as number) > (best[l] as number)) {
        best[l] = scratch[l] as number;
        where[l] = [s, e];
      }
    }
  }
  // Inside data, an instruction is often one sentence among many: score sentences too (for
  // `embedded` only, the label that is about what sits inside data).
  if (labelApplies("embedded", surface) && text.length > MIN_SENTENCE) {
    for (const [s, e] of sentences(text)) {
      const p = scoreFeatures(model, spanFeatures(text, tokens, s, e), scratch)[EMBEDDED] as number;
      if (p > (best[EMBEDDED] as number)) {
        best[EMBEDDED] = p;
        where[EMBEDDED] = [s, e];
      }
    }
  }
  const hits: LabelHit[] = [];
  LABELS.forEach((label, l) => {
    const threshold = model.card.thresholds[label];
    if (labelApplies(label, surface) && (best[l] as number) >= threshold) hits.push({ label, score: best[l] as number, threshold, span: where[l] as [number, number] });
  });
  return { best, hits };
}

let loaded: ClassifierModel | undefined | null = null;

/** The shipped model, read from disk on first use and kept. */
export function shippedModel(): ClassifierModel | undefined {
  if (loaded === null) loaded = loadModel();
  return loaded;
}

/** Runs `fn` with `model` standing in for the shipped one (development measures of a retrained model). */
export function withModel<T>(model: ClassifierModel, fn: () => T): T {
  const saved = loaded;
  loaded = model;
  try {
    return fn();
  } finally {
    loaded = saved;
  }
}
