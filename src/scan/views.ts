// Views of a text for the detectors: the same words with obfuscation undone. Each view says what
// it undid (that is evidence: `obfuscation:<kind>`) and where in the original it comes from.
// Bounded: decoded runs and hidden HTML add at most MAX_EXTRA characters in all.
import { createRequire } from "node:module";
import { decodings, type DecodedKind } from "./decoders.js";
import { hiddenHtml } from "./hidden-html.js";
import { work } from "./work.js";

export type ViewKind =
  | "raw"
  | "nfkc"
  | "invisible_unicode"
  | "hidden_text"
  | "homoglyphs"
  | "leetspeak"
  | "encoded_payload"
  | "hidden_html"
  | DecodedKind;

export interface View {
  kind: ViewKind;
  text: string;
  /** Where the view's text sits in the original (whole text for whole-text views). */
  span: [number, number];
}

export interface Obfuscation {
  kind: string;
  span: [number, number];
  detail: string;
}

const MAX_EXTRA = 256 * 1024;

// ── invisible characters ─────────────────────────────────────────────────────────────────────

const ZERO_WIDTH = /[\u200b-\u200f\u2060-\u2064\ufeff\u180e\u00ad\u034f]/;
const BIDI = /[\u202a-\u202e\u2066-\u2069]/;

interface Invisible {
  clean: string;
  hidden: string;
  zeroWidth: number;
  bidi: number;
  tags: number;
  firstAt: number;
}

/** Removes zero-width and bidi controls; Unicode tag characters (U+E0000–E007F) become hidden ASCII. */
function stripInvisible(text: string): Invisible | undefined {
  if (!ZERO_WIDTH.test(text) && !BIDI.test(text) && !/[\udb40]/.test(text)) return undefined;
  let clean = "";
  let hidden = "";
  let zeroWidth = 0;
  let bidi = 0;
  let tags = 0;
  let firstAt = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0xdb40 && i + 1 < text.length) {
      const low = text.charCodeAt(i + 1);
      const cp = 0x10000 + ((c - 0xd800) << 10) + (low - 0xdc00);
      if (cp >= 0xe0000 && cp <= 0xe007f) {
        if (cp >= 0xe0020 && cp <= 0xe007e) hidden += String.fromCharCode(cp - 0xe0000);
        tags++;
        if (firstAt < 0) firstAt = i;
        i++;
        continue;
      }
    }
    const ch = text[i] as string;
    if (ZERO_WIDTH.test(ch)) {
      zeroWidth++;
      if (firstAt < 0) firstAt = i;
      continue;
    }
    if (BIDI.test(ch)) {
      bidi++;
      if (firstAt < 0) firstAt = i;
      continue;
    }
    clean += ch;
  }
  return { clean, hidden, zeroWidth, bidi, tags, firstAt };
}

// ── homoglyphs and leetspeak ─────────────────────────────────────────────────────────────────

let confusables: Map<string, string> | undefined;
/** The confusables as a table from a code unit to its ASCII look-alike (0: none); every key is one BMP code unit. */
let foldCodes: Uint16Array | undefined;
function foldTable(): Uint16Array {
  if (!foldCodes) {
    foldCodes = new Uint16Array(0x10000);
    for (const [from, to] of confusablesMap()) if (from.length === 1) foldCodes[from.charCodeAt(0)] = to.charCodeAt(0);
  }
  return foldCodes;
}

function confusablesMap(): Map<string, string> {
  if (!confusables) {
    const require = createRequire(import.meta.url);
    const mod = require("confusables") as { confusablesMap: Map<string, string> };
    confusables = new Map();
    for (const [from, to] of mod.confusablesMap) if (to.length === from.length && /^[\x20-\x7e]$/.test(to)) confusables.set(from, to);
    // Capital I look-alikes read as I in words (the table maps them to l, which they also resemble).
    for (const capitalI of ["\u0406", "\u0399", "\u04c0", "\u2160"]) confusables.set(capitalI, "I");
  }
  return confusables;
}

const LATIN = /\p{Script=Latin}/u;
const NON_LATIN_LOOKALIKE = /[\p{Script=Cyrillic}\p{Script=Greek}\p{Script=Armenian}\p{Script=Cherokee}]/u;

/**
 * What each BMP code point is, worked out the first time a text holds it: bit 1 known, 2 a
 * letter or digit (what WORD matches), 4 Latin, 8 a look-alike script. Astral code points ask
 * the regexes each time (they are rare and none is in the confusables' Latin targets' scripts).
 */
const CHAR_KIND = new Uint8Array(0x10000);
const KNOWN = 1;
const WORDY = 2;
const IS_LATIN = 4;
const LOOKALIKE = 8;
const WORD_CHAR = /[\p{L}\p{N}]/u;

function kindOf(cp: number): number {
  if (cp < 0x10000) {
    const k = CHAR_KIND[cp] as number;
    if (k !== 0) return k;
  }
  const ch = String.fromCodePoint(cp);
  const k = KNOWN | (WORD_CHAR.test(ch) ? WORDY : 0) | (LATIN.test(ch) ? IS_LATIN : 0) | (NON_LATIN_LOOKALIKE.test(ch) ? LOOKALIKE : 0);
  if (cp < 0x10000) CHAR_KIND[cp] = k;
  return k;
}

/**
 * Folds look-alike letters in words that mix Latin with Cyrillic or Greek ("іgnоre"). One pass
 * over code points with a table per character (a regex per word cost ten times more).
 */
function foldHomoglyphs(text: string): { text: string; words: number; firstAt: number } | undefined {
  if (!NON_LATIN_LOOKALIKE.test(text)) return undefined;
  const fold = foldTable();
  let words = 0;
  let firstAt = -1;
  let out: Uint16Array | undefined;
  const n = text.length;
  let i = 0;
  while (i < n) {
    const start = i;
    let kinds = 0;
    while (i < n) {
      const c = text.charCodeAt(i);
      let k: number;
      let width = 1;
      if (c < 128) k = (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) ? KNOWN | WORDY | (c >= 65 ? IS_LATIN : 0) : KNOWN;
      else {
        const cp = text.codePointAt(i) as number;
        if (cp > 0xffff) width = 2;
        k = kindOf(cp);
      }
      if ((k & WORDY) === 0) break;
      kinds |= k;
      i += width;
    }
    if (i === start) {
      i += (text.codePointAt(i) as number) > 0xffff ? 2 : 1;
      continue;
    }
    if ((kinds & (IS_LATIN | LOOKALIKE)) !== (IS_LATIN | LOOKALIKE)) continue;
    let changed = false;
    for (let j = start; j < i; j++) {
      const c = text.charCodeAt(j);
      const to = fold[c] as number;
      if (to === 0 || to === c) continue;
      if (!out) {
        out = new Uint16Array(n);
        for (let x = 0; x < n; x++) out[x] = text.charCodeAt(x);
      }
      out[j] = to;
      changed = true;
    }
    if (!changed) continue;
    words++;
    if (firstAt < 0) firstAt = start;
  }
  if (!out) return undefined;
  const chunks: string[] = [];
  for (let x = 0; x < n; x += 8192) chunks.push(String.fromCharCode(...out.subarray(x, Math.min(n, x + 8192))));
  return { text: chunks.join(""), words, firstAt };
}

const LEET: Record<string, string> = { "0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t", "@": "a", $: "s", "!": "i", "|": "l", "€": "e" };

/** ASCII character classes for the scanners below (bit flags), so their loops stay table lookups. */
const LETTER = 1;
const LEET_CHAR = 2;
const B64 = 4;
const HEXC = 8;
const CLASS = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  const letter = (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  const digit = c >= 48 && c <= 57;
  CLASS[c] =
    (letter ? LETTER : 0) |
    (digit || c === 64 || c === 36 || c === 33 || c === 124 ? LEET_CHAR : 0) |
    (letter || digit || c === 43 || c === 47 ? B64 : 0) |
    (digit || (c >= 97 && c <= 102) || (c >= 65 && c <= 70) ? HEXC : 0);
}

/**
 * A digit or leet symbol next to a letter: every word that could fold holds one. Matching the
 * symbol first and then looking around is twice as fast on ordinary text as matching the pair.
 */
const LEET_EDGE = /[0-9@$!|€](?:(?<=[A-Za-z].)|(?=[A-Za-z]))/g;

function leetClass(c: number): number {
  return c < 128 ? (CLASS[c] as number) : c === 0x20ac ? LEET_CHAR : 0;
}

/**
 * "1gn0r3 pr3v10u5" → "ignore previous": only words that mix letters with digits or symbols, and
 * only when at least two do. A regex finds the letter–symbol edges, so plain text is skimmed at
 * the regex engine's speed and only words holding an edge are read; the text is copied only if
 * something folds.
 */
function foldLeet(text: string): { text: string; words: number; firstAt: number } | undefined {
  let words = 0;
  let firstAt = -1;
  let out: string[] | undefined;
  let copied = 0;
  const n = text.length;
  LEET_EDGE.lastIndex = 0;
  for (let edge = LEET_EDGE.exec(text); edge; edge = LEET_EDGE.exec(text)) {
    // The whole word around the edge: the run of letters and leet characters holding it.
    let start = edge.index;
    while (start > 0 && (leetClass(text.charCodeAt(start - 1)) & (LETTER | LEET_CHAR)) !== 0) start--;
    let i = start;
    let letters = 0;
    let leet = 0;
    let leadingDigits = 0;
    let trailingDigits = 0;
    for (; i < n; i++) {
      const d = text.charCodeAt(i);
      const cls = leetClass(d);
      if ((cls & LETTER) !== 0) {
        letters++;
        trailingDigits = 0;
      } else if ((cls & LEET_CHAR) !== 0) {
        leet++;
        if (letters === 0) leadingDigits++;
        if (d >= 48 && d <= 57) trailingDigits++;
      } else break;
    }
    LEET_EDGE.lastIndex = i;
    const len = i - start;
    // Skip ordinary tokens ("3rd", "v2", "utf8", "h264") and random keys.
    if (len < 3 || len > 20 || letters < 2 || leet > letters * 2 || leadingDigits === leet || trailingDigits === leet) continue;
    words++;
    if (firstAt < 0) firstAt = start;
    out ??= [];
    out.push(text.slice(copied, start));
    let folded = "";
    for (let k = start; k < i; k++) folded += LEET[text[k] as string] ?? text[k];
    out.push(folded);
    copied = i;
  }
  if (!out || words < 2) return undefined;
  out.push(text.slice(copied));
  return { text: out.join(""), words, firstAt };
}

// ── encoded runs ─────────────────────────────────────────────────────────────────────────────

const MIN_RUN = 24;

function isBase64Char(c: number): boolean {
  return c < 128 && ((CLASS[c] as number) & B64) !== 0;
}

function isHexChar(c: number): boolean {
  return c < 128 && ((CLASS[c] as number) & HEXC) !== 0;
}

type EncodedRun = { kind: "base64" | "hex" | "url"; start: number; end: number };

/**
 * Runs of base64 (or hex) characters: a run worth decoding has at least MIN_RUN - 2 of them (up
 * to two `=` pad it), so the scan probes every (MIN_RUN - 2)th character and reads only the runs
 * its probes land in. Ordinary words are shorter than that, so most characters are never read.
 */
function base64Runs(text: string, runs: EncodedRun[]): void {
  const reach = MIN_RUN - 3;
  let i = 0;
  while (i + reach < text.length) {
    const probe = i + reach;
    if (!isBase64Char(text.charCodeAt(probe))) {
      i = probe + 1;
      continue;
    }
    let start = probe;
    let allHex = isHexChar(text.charCodeAt(probe));
    while (start > i && isBase64Char(text.charCodeAt(start - 1))) {
      start--;
      if (!isHexChar(text.charCodeAt(start))) allHex = false;
    }
    let stop = probe + 1;
    while (stop < text.length && isBase64Char(text.charCodeAt(stop))) {
      if (!isHexChar(text.charCodeAt(stop))) allHex = false;
      stop++;
    }
    let end = stop;
    while (end < text.length && end - stop < 2 && text.charCodeAt(end) === 61) end++;
    if (end - start >= MIN_RUN) runs.push({ kind: allHex && (end - start) % 2 === 0 ? "hex" : "base64", start, end });
    i = end;
  }
}

/** Runs of non-space characters with at least six %XX escapes, each from its first `%`. */
function urlRuns(text: string, runs: EncodedRun[]): void {
  for (let at = text.indexOf("%"); at !== -1; ) {
    let i = at;
    let escapes = 0;
    while (i < text.length && text.charCodeAt(i) > 32) {
      if (text.charCodeAt(i) === 37 && isHexChar(text.charCodeAt(i + 1)) && isHexChar(text.charCodeAt(i + 2))) {
        escapes++;
        i += 3;
      } else i++;
    }
    if (escapes >= 6) runs.push({ kind: "url", start: at, end: i });
    at = text.indexOf("%", i);
  }
}

/** Base64, hex and %-escaped runs, in order of where they start. */
export function encodedRuns(text: string): EncodedRun[] {
  const runs: EncodedRun[] = [];
  base64Runs(text, runs);
  if (text.includes("%")) {
    urlRuns(text, runs);
    runs.sort((x, y) => x.start - y.start);
  }
  return runs;
}

/** Decoded text that reads as text: mostly printable, some letters and spaces. */
function readable(decoded: string): boolean {
  if (decoded.length < 8) return false;
  let printable = 0;
  let letters = 0;
  let spaces = 0;
  for (const ch of decoded) {
    const c = ch.codePointAt(0) as number;
    if (c === 0xfffd) return false;
    if (c >= 32 || c === 10 || c === 9 || c === 13) printable++;
    if (/\p{L}/u.test(ch)) letters++;
    if (c === 32) spaces++;
  }
  return printable / decoded.length > 0.95 && letters / decoded.length > 0.5 && spaces > 0;
}

function decodedRuns(text: string, budget: { left: number }): View[] {
  const out: View[] = [];
  const push = (decoded: string, start: number, end: number) => {
    if (budget.left <= 0 || !readable(decoded)) return;
    budget.left -= decoded.length;
    out.push({ kind: "encoded_payload", text: decoded, span: [start, end] });
  };
  for (const run of encodedRuns(text)) {
    const raw = text.slice(run.start, run.end);
    if (run.kind === "url") {
      try {
        // Encoded twice (or three times) to get past a single decode: undo each layer.
        let decoded = decodeURIComponent(raw);
        for (let layer = 1; layer < 3 && (decoded.match(/%[0-9a-fA-F]{2}/g)?.length ?? 0) >= 3; layer++) decoded = decodeURIComponent(decoded);
        push(decoded, run.start, run.end);
      } catch {
        // Not valid percent-encoding: nothing hidden there.
      }
    } else if (run.kind === "hex") {
      push(Buffer.from(raw, "hex").toString("utf8"), run.start, run.end);
    } else if (raw.length % 4 !== 1) {
      push(Buffer.from(raw, "base64").toString("utf8"), run.start, run.end);
    }
  }
  return out;
}

/**
 * Characters NFKC rewrites: spaces and super/subscripts in Latin-1, ligatures, letterlike and
 * enclosed forms, compatibility CJK, presentation forms, fullwidth forms, mathematical
 * alphanumerics (surrogates D835). Text without them is already NFKC, so normalising is skipped.
 */
const NFKC_CANDIDATES = /[\u00a0\u00a8\u00aa\u00af\u00b2-\u00b5\u00b8-\u00ba\u00bc-\u00be\u0132\u0133\u013f\u0140\u0149\u017f\u01c4-\u01cc\u01f1-\u01f3\u02b0-\u02b8\u02d8-\u02dd\u02e0-\u02e4\u037a\u037e\u0384\u0385\u0387\u1d2c-\u1dbf\u1e9a\u1fbd-\u1fc1\u1fcd-\u1fcf\u1fdd-\u1fdf\u1fed\u1fee\u1ffd\u1ffe\u2000-\u200a\u2011\u2017\u2024-\u2026\u202f\u2033-\u2037\u203c\u203e\u2047-\u2049\u2057\u205f\u2070-\u209f\u20a8\u2100-\u218b\u222c-\u2230\u2460-\u24ff\u2a0c\u2a74-\u2a76\u2c7c\u2c7d\u2d6f\u2e9f\u2ef3\u2f00-\u2fd5\u3000\u3036-\u303a\u309b\u309c\u309f\u30ff\u3131-\u318e\u3192-\u319f\u3200-\u33ff\ua69c\ua69d\ua770\ua7f8\ua7f9\uab5c-\uab5f\uf900-\ufaff\ufb00-\ufb4f\ufb50-\ufdff\ufe10-\ufe19\ufe30-\ufe6f\ufe70-\ufeff\uff00-\uffef]|\ud835|\ud83c[\udd00-\udd4f]/;

// ── all views ────────────────────────────────────────────────────────────────────────────────

export interface Views {
  views: View[];
  obfuscations: Obfuscation[];
}

export function buildViews(text: string): Views {
  const whole: [number, number] = [0, text.length];
  const views: View[] = [{ kind: "raw", text, span: whole }];
  const obfuscations: Obfuscation[] = [];
  const budget = { left: MAX_EXTRA };

  let base = text;
  const invisible = stripInvisible(text);
  if (invisible) {
    base = invisible.clean;
    views.push({ kind: "invisible_unicode", text: base, span: whole });
    const at: [number, number] = [invisible.firstAt, invisible.firstAt + 1];
    if (invisible.tags > 0) {
      obfuscations.push({ kind: "invisible_unicode", span: at, detail: `${invisible.tags} Unicode tag characters carrying hidden text` });
      if (invisible.hidden.trim()) views.push({ kind: "hidden_text", text: invisible.hidden, span: whole });
    }
    if (invisible.bidi > 0) obfuscations.push({ kind: "invisible_unicode", span: at, detail: `${invisible.bidi} bidirectional control characters` });
    if (invisible.zeroWidth > 2) obfuscations.push({ kind: "invisible_unicode", span: at, detail: `${invisible.zeroWidth} zero-width characters` });
  }
  const nfkc = NFKC_CANDIDATES.test(base) ? base.normalize("NFKC") : base;
  if (nfkc !== base) {
    views.push({ kind: "nfkc", text: nfkc, span: whole });
    base = nfkc;
  }
  const homoglyphs = foldHomoglyphs(base);
  if (homoglyphs) {
    views.push({ kind: "homoglyphs", text: homoglyphs.text, span: whole });
    obfuscations.push({ kind: "homoglyphs", span: [homoglyphs.firstAt, homoglyphs.firstAt + 1], detail: `${homoglyphs.words} words mixing Latin with look-alike letters` });
    base = homoglyphs.text;
  }
  const leet = foldLeet(base);
  if (leet) views.push({ kind: "leetspeak", text: leet.text, span: whole });
  views.push(...decodedRuns(text, budget), ...hiddenHtml(text, budget));
  for (const decoded of decodings(text, budget)) views.push(decoded);
  for (const view of views) work.steps += view.text.length;
  return { views, obfuscations };
}
