// Synthetic training rows, reproducible from a seed: attacks in carriers and on their own, in ten
// languages, and hard negatives that look like them but are meant for people.
import { Rng } from "../../src/rng.js";
import type { Label } from "../../src/model/labels.js";
import type { Surface } from "../../src/types.js";
import { CARRIERS } from "./carriers.js";
import { ordinaryDataLines } from "./data-lines.js";
import { extractionAttempts, hijackAttempts } from "./hijack.js";
import { lookalikeData, lookalikePrompts } from "./lookalikes.js";
import { embeddedPayload } from "./payloads.js";
import { ordinaryRequests, shortMessages } from "./requests.js";
import { sidewaysExtractions, sidewaysHijacks, sidewaysLookalikes } from "./sideways.js";
import { foreignExtractions, foreignHijacks, foreignLookalikes } from "./password-game-i18n.js";
import { gambitExtractions, gambitHijacks, gambitLookalikes } from "./gambits.js";
import { toolDescriptions } from "./tool-descriptions.js";
import { ADDRESS, EXFILTRATION, EXTRACTION, FILLER, HUMAN_IMPERATIVES, JAILBREAK, LANGS, OVERRIDE, PAYLOADS, SENSITIVE, type Lang } from "./phrases.js";

export interface TrainingRow {
  text: string;
  labels: Label[];
  surface: Surface;
  source: string;
  /**
   * Scored out of fold, never trained on: the windows and sentences of a document
   * beyond the few it trains with, so validation reads every one of them, as inference does.
   */
  validationOnly?: boolean;
  /** A sentence of a document: inference scores those for the labels `readsSentences` names. */
  sentence?: boolean;
  /** Part of a synthetic prompt wrapped in small talk: read only to place sentence thresholds. */
  wrapped?: boolean;
}

const CARRIER_NAMES = Object.keys(CARRIERS);
const DATA_SURFACES: Surface[] = ["retrieved_content", "tool_result"];
const PROMPT_PREFIX = ["", "", "Hi! ", "Quick question. ", "Before we start: ", "OK. ", "Thanks. Now, ", "Summarize this text: The weather was nice. "];

/** Languages weighted toward English (the most common case), all ten present. */
function lang(rng: Rng): Lang {
  return rng.next() < 0.45 ? "en" : (rng.pick(LANGS) as Lang);
}

function inCarrier(rng: Rng, l: Lang, inner: string): string {
  const carrier = CARRIERS[rng.pick(CARRIER_NAMES)] as (typeof CARRIERS)[string];
  return carrier(rng, FILLER[l], inner);
}

function variants(rng: Rng, text: string): string {
  // Case and punctuation noise people and attackers add.
  const roll = rng.next();
  if (roll < 0.1) return text.toUpperCase();
  if (roll < 0.2) return text.toLowerCase();
  if (roll < 0.25) return `**${text}**`;
  if (roll < 0.3) return `IMPORTANT: ${text}`;
  return text;
}

/**
 * Real documents from the training data (clean BIPIA contexts), into which synthetic instructions
 * or human-directed sentences are inserted at the start, middle or end, as BIPIA itself does.
 */
export function insertionRows(documents: readonly string[], seed: number, count: number): TrainingRow[] {
  const rng = new Rng(seed);
  const rows: TrainingRow[] = [];
  for (let i = 0; i < count && documents.length > 0; i++) {
    const doc = rng.pick(documents);
    const attack = rng.next() < 0.6;
    const l = attack ? "en" : lang(rng);
    const inner = attack ? (rng.next() < 0.8 ? embeddedPayload(rng) : rng.pick(PAYLOADS[lang(rng)])) : rng.pick(HUMAN_IMPERATIVES[l]);
    const where = rng.next();
    const at = where < 0.33 ? 0 : where < 0.66 ? doc.indexOf(" ", Math.floor(doc.length / 2)) + 1 : doc.length;
    const text = `${doc.slice(0, at)}${at === 0 ? "" : " "}${inner}${at === doc.length ? "" : " "}${doc.slice(at)}`;
    // Keep only the window around the insertion, as the model reads documents.
    const from = Math.max(0, Math.min(at - 150, text.length - 400));
    const surface = rng.pick(DATA_SURFACES);
    rows.push({ text: text.slice(from, from + 400), labels: attack ? ["embedded"] : [], surface, source: attack ? "synthetic:inserted" : "synthetic:inserted-benign" });
    // And the inserted sentence alone, as the model also reads data sentence by sentence.
    rows.push({ text: inner, labels: attack ? ["embedded"] : [], surface, source: attack ? "synthetic:inserted-alone" : "synthetic:inserted-benign-alone" });
  }
  return rows;
}

/**
 * Long user prompts that are ordinary: a request around a real document, several requests in a
 * row, a long task set-up. Without them, length alone looks like a jailbreak.
 */
export function longPromptRows(documents: readonly string[], seed: number, count: number): TrainingRow[] {
  const rng = new Rng(seed);
  const rows: TrainingRow[] = [];
  const asks = ["Summarize this:", "Can you check this for errors?", "Translate the following into plain English:", "What are the key points here?", "Rewrite this more formally:", "Extract the dates from this text:", "Is this email legit?", "Explain this to me:"];
  for (let i = 0; i < count; i++) {
    const roll = rng.next();
    let text: string;
    if (roll < 0.5 && documents.length > 0) {
      const doc = rng.pick(documents);
      const start = rng.int(Math.max(1, doc.length - 600));
      text = `${rng.pick(asks)}\n\n${doc.slice(start, start + 300 + rng.int(600))}\n\n${rng.next() < 0.5 ? rng.pick(ordinaryRequests(rng, 1)) : ""}`;
    } else {
      text = ordinaryRequests(rng, 3 + rng.int(5)).join(rng.next() < 0.5 ? " " : "\n");
    }
    rows.push({ text: text.slice(0, 1200), labels: [], surface: "user_prompt", source: "synthetic:long-prompt" });
  }
  return rows;
}

export function syntheticRows(seed = 7, scale = 1): TrainingRow[] {
  const rng = new Rng(seed);
  const rows: TrainingRow[] = [];
  const add = (text: string, labels: Label[], surface: Surface, source: string) => rows.push({ text, labels, surface, source });
  const n = (k: number) => Math.round(k * scale);

  for (let i = 0; i < n(1500); i++) {
    const l = lang(rng);
    const payload = l === "en" && rng.next() < 0.6 ? embeddedPayload(rng) : rng.pick(PAYLOADS[l]);
    const address = rng.next() < 0.5 ? `${rng.pick(ADDRESS[l])} ` : "";
    add(inCarrier(rng, l, variants(rng, `${address}${payload}`)), ["embedded"], rng.pick(DATA_SURFACES), "synthetic:embedded");
  }
  for (let i = 0; i < n(1200); i++) {
    const l = lang(rng);
    const inner = `${rng.pick(OVERRIDE[l])} ${rng.pick(PAYLOADS[l])}`;
    add(inCarrier(rng, l, variants(rng, inner)), ["override", "embedded"], rng.pick(DATA_SURFACES), "synthetic:override-in-data");
    add(`${rng.pick(PROMPT_PREFIX)}${variants(rng, inner)}`, ["override"], "user_prompt", "synthetic:override-prompt");
  }
  for (let i = 0; i < n(900); i++) {
    const l = lang(rng);
    const ask = rng.pick(EXTRACTION[l]);
    const prefix = rng.next() < 0.4 ? `${rng.pick(OVERRIDE[l])} ` : rng.pick(PROMPT_PREFIX);
    add(`${prefix}${variants(rng, ask)}`, prefix.length > 20 ? ["extraction", "override"] : ["extraction"], "user_prompt", "synthetic:extraction");
    if (rng.next() < 0.3) add(inCarrier(rng, l, ask), ["extraction", "embedded"], rng.pick(DATA_SURFACES), "synthetic:extraction-in-data");
  }
  for (let i = 0; i < n(700); i++) {
    const l = lang(rng);
    const ask = rng.pick(EXFILTRATION[l]);
    add(inCarrier(rng, l, variants(rng, ask)), ["exfiltration", "embedded"], rng.pick(DATA_SURFACES), "synthetic:exfiltration-in-data");
    add(`${rng.pick(PROMPT_PREFIX)}${ask}`, ["exfiltration"], "user_prompt", "synthetic:exfiltration-prompt");
  }
  for (let i = 0; i < n(600); i++) {
    const l = lang(rng);
    add(`${rng.pick(PROMPT_PREFIX)}${variants(rng, rng.pick(SENSITIVE[l]))}`, ["sensitive"], "user_prompt", "synthetic:sensitive");
  }
  for (let i = 0; i < n(400); i++) {
    const l = lang(rng);
    add(`${rng.pick(JAILBREAK[l])} ${rng.pick(PAYLOADS[l])}`, ["jailbreak"], "user_prompt", "synthetic:jailbreak");
  }
  // Hard negatives: the same carriers with instructions meant for people, and plain content.
  for (let i = 0; i < n(3000); i++) {
    const l = lang(rng);
    const inner = rng.next() < 0.7 ? rng.pick(HUMAN_IMPERATIVES[l]) : rng.pick(FILLER[l]);
    add(inCarrier(rng, l, inner), [], rng.pick(DATA_SURFACES), "synthetic:benign-data");
  }
  for (let i = 0; i < n(1500); i++) {
    const l = lang(rng);
    add(`${rng.pick(PROMPT_PREFIX)}${rng.pick(HUMAN_IMPERATIVES[l])}`, [], "user_prompt", "synthetic:benign-prompt");
  }
  for (const text of hijackAttempts(rng, n(4000))) add(text, ["override"], "user_prompt", "synthetic:hijack");
  for (const { text, override } of extractionAttempts(rng, n(3000))) add(text, override ? ["extraction", "override"] : ["extraction"], "user_prompt", "synthetic:extraction-composed");
  for (const text of lookalikePrompts(rng, n(3000))) add(text, [], "user_prompt", "synthetic:lookalike");
  for (const text of lookalikeData(rng, n(1500))) add(text, [], rng.pick(DATA_SURFACES), "synthetic:lookalike-data");
  for (const text of ordinaryDataLines(rng, n(1500))) add(text, [], rng.pick(DATA_SURFACES), "synthetic:data-lines");
  for (const text of ordinaryRequests(rng, n(6000))) add(text, [], "user_prompt", "synthetic:ordinary-request");
  for (const text of toolDescriptions(rng, n(3000))) add(text, [], "tool_description", "synthetic:tool-description");
  for (const text of shortMessages(rng, n(300))) add(text, [], rng.next() < 0.7 ? "user_prompt" : rng.pick(DATA_SURFACES), "synthetic:short-message");
  // Sideways and non-English password-game attacks, and their look-alikes, each draw from their
  // own seed, so adding them left every row above unchanged.
  const sideways = new Rng(seed + 101);
  for (const text of sidewaysHijacks(sideways, n(1200))) add(text, ["override"], "user_prompt", "synthetic:sideways-hijack");
  for (const text of sidewaysExtractions(sideways, n(1000))) add(text, ["extraction"], "user_prompt", "synthetic:sideways-extraction");
  for (const text of sidewaysLookalikes(sideways, n(1000))) add(text, [], "user_prompt", "synthetic:sideways-lookalike");
  const foreign = new Rng(seed + 103);
  for (const text of foreignHijacks(foreign, n(900))) add(text, ["override"], "user_prompt", "synthetic:foreign-hijack");
  for (const text of foreignExtractions(foreign, n(900))) add(text, ["extraction"], "user_prompt", "synthetic:foreign-extraction");
  for (const text of foreignLookalikes(foreign, n(600))) add(text, [], "user_prompt", "synthetic:foreign-lookalike");
  const gambits = new Rng(seed + 107);
  for (const text of gambitHijacks(gambits, n(1200))) add(text, ["override"], "user_prompt", "synthetic:gambit-hijack");
  for (const text of gambitExtractions(gambits, n(500))) add(text, ["extraction"], "user_prompt", "synthetic:gambit-extraction");
  for (const text of gambitLookalikes(gambits, n(1200))) add(text, [], "user_prompt", "synthetic:gambit-lookalike");
  return rows;
}
