// The shipped classifier: int8 weights over hashed features, loaded once, scored per window.
import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { BulwarkError } from "../errors.js";
import type { Surface } from "../types.js";
import { DIM, featurize, spanFeatures, tokenize, type Features, type Tokens } from "./features.js";
import { labelApplies, LABELS, readsSentences, type Label } from "./labels.js";
import { MIN_SENTENCE, sentenceSpans, windows } from "./windows.js";

const EMBEDDED = LABELS.indexOf("embedded");
// logits adds the six labels' weights in six locals.
if (LABELS.length !== 6) throw new Error("logits is written for six labels");
/** Scratch sums for scoreSpan (the scan path is synchronous). */
const SUMS = new Float64Array(LABELS.length);

export interface ModelCard {
  version: string;
  dim: number;
  labels: Label[];
  scales: number[];
  biases: number[];
  thresholds: Record<Label, number>;
  /**
   * A prompt's sentences read on their own (readsSentences) against their own threshold, chosen
   * with the window threshold fixed. A label absent here is read by windows only.
   */
  sentence_thresholds?: Partial<Record<Label, number>>;
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

function scoreFeatures(model: ClassifierModel, features: Features, out: Float64Array): Float64Array {
  logits(model, features, out);
  for (let l = 0; l < 6; l++) out[l] = sigmoid(out[l] as number);
  return out;
}

function sigmoid(z: number): number {
  return 1 / (1 + Math.exp(-z));
}

/** One label's logit over these features: a sentence is read for one or two labels, not six. */
function labelLogit(model: ClassifierModel, { indices, count, value }: Features, l: number): number {
  const w = model.weights;
  let sum = 0;
  for (let k = 0; k < count; k++) sum += w[(indices[k] as number) * 6 + l] as number;
  return (model.card.biases[l] as number) + sum * value * (model.card.scales[l] as number);
}

/** Each label's logit over these features (the probability is its sigmoid). */
function logits(model: ClassifierModel, { indices, count, value }: Features, out: Float64Array): Float64Array {
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
  for (let l = 0; l < 6; l++) out[l] = (biases[l] as number) + (SUMS[l] as number) * value * (scales[l] as number);
  return out;
}

export interface LabelHit {
  label: Label;
  score: number;
  threshold: number;
  span: [number, number];
}

const NO_SENTENCE_THRESHOLDS: Partial<Record<Label, number>> = {};

/** Per surface, which labels are scored sentence by sentence (computed once per model card). */
const SENTENCE_LABELS = new WeakMap<object, Map<Surface, boolean[]>>();

/**
 * The threshold a label's sentences are read against on their own on this surface, if the card
 * gives one (never `embedded`, whose data sentences count with its windows).
 */
export function sentenceThresholdOf(card: ModelCard, label: Label, surface: Surface): number | undefined {
  return label !== "embedded" && readsSentences(label, surface) ? card.sentence_thresholds?.[label] : undefined;
}

/** `embedded` on data surfaces; on a user prompt, the labels the card gives a sentence threshold. */
function sentenceLabels(card: ModelCard, surface: Surface): boolean[] {
  const own = card.sentence_thresholds ?? NO_SENTENCE_THRESHOLDS;
  let bySurface = SENTENCE_LABELS.get(own);
  if (!bySurface) SENTENCE_LABELS.set(own, (bySurface = new Map()));
  let flags = bySurface.get(surface);
  if (!flags) bySurface.set(surface, (flags = LABELS.map((label) => (label === "embedded" ? readsSentences(label, surface) : sentenceThresholdOf(card, label, surface) !== undefined))));
  return flags;
}

/**
 * The strongest window per label (for `embedded` inside data, sentences too, against the same
 * threshold), and on a user prompt the strongest sentence of the labels with a sentence
 * threshold; labels over a threshold (and that apply on this surface) are hits. `tokens` must be
 * `tokenize(text)`, read before anything tokenizes again.
 */
export function classify(model: ClassifierModel, text: string, surface: Surface, tokens: Tokens = tokenize(text)): { best: Float64Array; sentence: Float64Array; hits: LabelHit[] } {
  const L = LABELS.length;
  // Logits until the end (a sigmoid per label, not per span): the strongest span is the same.
  const best = new Float64Array(L).fill(Number.NEGATIVE_INFINITY);
  const sentence = new Float64Array(L).fill(Number.NEGATIVE_INFINITY);
  const where: Array<[number, number]> = new Array(L).fill([0, 0]);
  const sentenceWhere: Array<[number, number]> = new Array(L).fill([0, 0]);
  const scratch = new Float64Array(L);
  // One tokenization (the caller's, when it has one) serves every window and sentence.
  for (const [s, e] of windows(text)) {
    logits(model, spanFeatures(text, tokens, s, e), scratch);
    for (let l = 0; l < L; l++) {
      if ((scratch[l] as number) > (best[l] as number)) {
        best[l] = scratch[l] as number;
        where[l] = [s, e];
      }
    }
  }
  // An instruction inside data, or an attack after small talk in a prompt, is often one sentence
  // among many, diluted in its window.
  const bySentence = sentenceLabels(model.card, surface);
  if (bySentence.includes(true) && text.length > MIN_SENTENCE) {
    const { spans, count } = sentenceSpans(text);
    for (let i = 0; i < count; i++) {
      const s = spans[2 * i] as number;
      const e = spans[2 * i + 1] as number;
      const features = spanFeatures(text, tokens, s, e);
      for (let l = 0; l < L; l++) {
        if (!bySentence[l]) continue;
        const z = labelLogit(model, features, l);
        if (l === EMBEDDED) {
          if (z > (best[l] as number)) {
            best[l] = z;
            where[l] = [s, e];
          }
        } else if (z > (sentence[l] as number)) {
          sentence[l] = z;
          sentenceWhere[l] = [s, e];
        }
      }
    }
  }
  for (let l = 0; l < L; l++) {
    best[l] = sigmoid(best[l] as number);
    sentence[l] = sigmoid(sentence[l] as number);
  }
  const hits: LabelHit[] = [];
  LABELS.forEach((label, l) => {
    if (!labelApplies(label, surface)) return;
    const threshold = model.card.thresholds[label];
    const sentenceThreshold = sentenceThresholdOf(model.card, label, surface);
    if ((best[l] as number) >= threshold) hits.push({ label, score: best[l] as number, threshold, span: where[l] as [number, number] });
    else if (sentenceThreshold !== undefined && (sentence[l] as number) >= sentenceThreshold) hits.push({ label, score: sentence[l] as number, threshold: sentenceThreshold, span: sentenceWhere[l] as [number, number] });
  });
  return { best, sentence, hits };
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
