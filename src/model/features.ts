// Hashed word features for the classifier: lower-cased word unigrams and bigrams, with Chinese,
// Japanese and Korean split into characters (unigrams and bigrams). One pass over char codes,
// no regex, no per-token strings: the hot path of the model.
import { work } from "../scan/work.js";

/** Number of hash buckets (2^18). */
export const DIM = 1 << 18;
const MASK = DIM - 1;
const FNV_OFFSET = 0x811c9dc5;
/** Every random-looking token (keys, hashes, ids) shares one feature: its bits carry no meaning. */
const RANDOM_TOKEN = 0x2545f491;
const RANDOM_MIN_LENGTH = 16;
const MIN_FEATURES = 12;
const FNV_PRIME = 0x01000193;

/** Features of one text: bucket indices (deduplicated) and the value each carries (1/sqrt(n)). */
export interface Features {
  /** The buckets are its first `count` entries (a reused buffer: read them before the next call). */
  indices: Int32Array;
  count: number;
  value: number;
}

/** The one Features object every call fills (no allocation per span on the scan path). */
const FEATURES: Features = { indices: new Int32Array(0), count: 0, value: 0 };

function isCjk(c: number): boolean {
  return (
    (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0x3040 && c <= 0x30ff) ||
    (c >= 0xac00 && c <= 0xd7af) || (c >= 0x1100 && c <= 0x11ff) || (c >= 0xf900 && c <= 0xfaff)
  );
}

/** U+2019, the typographic apostrophe: read as `'` inside a word ("don’t" is "don't"). */
const RIGHT_QUOTE = 0x2019;

/** Letters and digits of any script count as word characters; ASCII punctuation and spaces do not. */
function isWordChar(c: number): boolean {
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95 || c === 39;
  // General punctuation, CJK symbols, fullwidth ASCII punctuation: separators.
  if ((c >= 0x2000 && c <= 0x206f) || (c >= 0x3000 && c <= 0x303f) || (c >= 0xff00 && c <= 0xff0f) || c === 0xa0) return false;
  return true;
}

function lower(c: number): number {
  if (c >= 65 && c <= 90) return c + 32;
  if (c < 128) return c;
  if (c === RIGHT_QUOTE) return 39;
  // Latin-1, Greek and Cyrillic capitals (enough for features; NFKC view handles the rest).
  if ((c >= 0xc0 && c <= 0xde && c !== 0xd7) || (c >= 0x410 && c <= 0x42f)) return c + 32;
  if (c >= 0x400 && c <= 0x40f) return c + 80;
  if (c >= 0x391 && c <= 0x3a9) return c + 32;
  return c;
}

function mix(a: number, b: number): number {
  return Math.imul(a ^ Math.imul(b, 0x9e3779b1), FNV_PRIME) >>> 0;
}

/**
 * Buckets already emitted by the current span, one bit each (32 kB, so it stays in cache where a
 * stamp per bucket took 1 MB); the next span clears the bits it finds in `scratch`.
 */
const seen = new Uint32Array(DIM >>> 5);
/** Reused scratch space: the scan path is synchronous, so one buffer serves every call. */
let scratch = new Int32Array(4096);

/** ASCII: a word character maps to its lower case, a separator to 0 (one load per character). */
const ASCII_WORD_LOWER = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  ASCII_WORD_LOWER[c] = isWordChar(c) ? lower(c) : 0;
}

/** How many buckets the last span put in `scratch` (the next span clears their bits in `seen`). */
let count = 0;

/** Adds a feature's bucket to out[n] unless the span has it already; the new length. */
function add(out: Int32Array, n: number, x: number): number {
  const idx = x & MASK;
  const word = idx >>> 5;
  const bit = 1 << (idx & 31);
  const bits = seen[word] as number;
  if ((bits & bit) !== 0) return n;
  seen[word] = bits | bit;
  out[n] = idx;
  return n + 1;
}

/** Tokens of a text: words and CJK characters, in order, with their spans and feature hashes. */
export interface Tokens {
  count: number;
  start: Int32Array;
  end: Int32Array;
  /** The token's own feature (a word's hash, or RANDOM_TOKEN for a random-looking one). */
  hash: Uint32Array;
  /** 1 for a CJK character, 0 for a word. */
  cjk: Uint8Array;
  /** 1 for a word of ASCII letters, digits and `_` only (one regex `\w+` word), 2 for digits only, else 0. */
  plain: Uint8Array;
}

/** Reused token table (module state, like the feature scratch). */
const table: Tokens = { count: 0, start: new Int32Array(1024), end: new Int32Array(1024), hash: new Uint32Array(1024), cjk: new Uint8Array(1024), plain: new Uint8Array(1024) };

function pushToken(start: number, end: number, hash: number, cjk: number, plain: number): void {
  const n = table.count;
  if (n === table.start.length) {
    const size = n * 2;
    const grow = <T extends Int32Array | Uint32Array | Uint8Array>(old: T, fresh: T): T => (fresh.set(old), fresh);
    table.start = grow(table.start, new Int32Array(size));
    table.end = grow(table.end, new Int32Array(size));
    table.hash = grow(table.hash, new Uint32Array(size));
    table.cjk = grow(table.cjk, new Uint8Array(size));
    table.plain = grow(table.plain, new Uint8Array(size));
  }
  table.start[n] = start;
  table.end[n] = end;
  table.hash[n] = hash;
  table.cjk[n] = cjk;
  table.plain[n] = plain;
  table.count = n + 1;
}

function wordToken(h: number, wordLength: number, wordDigits: number): number {
  return wordLength >= RANDOM_MIN_LENGTH && wordDigits > 1 && wordDigits < wordLength ? RANDOM_TOKEN : h;
}

/** A word token: its feature, and whether it is one plain ASCII word, a number, or neither. */
function pushWord(start: number, end: number, h: number, digits: number, plain: number): void {
  pushToken(start, end, wordToken(h, end - start, digits), 0, digits === end - start ? 2 : plain);
}

/**
 * One pass over text[from, to): every word and CJK character with its hash. The table is reused
 * by the next call, so read it before tokenizing again.
 */
export function tokenize(text: string, from = 0, to = text.length): Tokens {
  table.count = 0;
  work.steps += to - from;
  // Plain locals (no closure captures them), so the per-character loop keeps them in registers.
  let h = FNV_OFFSET;
  let inWord = false;
  let wordStart = 0;
  let wordDigits = 0;
  let plain = 1;
  // The word's last apostrophe and its hash before it: a closing "'s" is dropped ("user's" is "user").
  let apostrophe = -1;
  let stem = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c < 128) {
      const lc = ASCII_WORD_LOWER[c] as number;
      if (lc !== 0) {
        if (!inWord) {
          h = FNV_OFFSET;
          inWord = true;
          wordStart = i;
          wordDigits = 0;
          plain = 1;
        }
        if (c >= 48 && c <= 57) wordDigits++;
        else if (c === 39) {
          plain = 0;
          apostrophe = i;
          stem = h;
        }
        h = Math.imul(h ^ lc, FNV_PRIME) >>> 0;
      } else if (inWord) {
        endWord(text, wordStart, i, h, stem, apostrophe, wordDigits, plain);
        inWord = false;
      }
      continue;
    }
    if (c === RIGHT_QUOTE) {
      // A typographic apostrophe inside a word ("don’t") reads as `'`; anywhere else it is a quote.
      if (inWord && i + 1 < to && followsApostrophe(text.charCodeAt(i + 1))) {
        plain = 0;
        apostrophe = i;
        stem = h;
        h = Math.imul(h ^ 39, FNV_PRIME) >>> 0;
      } else if (inWord) {
        endWord(text, wordStart, i, h, stem, apostrophe, wordDigits, plain);
        inWord = false;
      }
      continue;
    }
    if (isCjk(c)) {
      if (inWord) {
        endWord(text, wordStart, i, h, stem, apostrophe, wordDigits, plain);
        inWord = false;
      }
      pushToken(i, i + 1, Math.imul(FNV_OFFSET ^ c, FNV_PRIME) >>> 0, 1, 0);
      continue;
    }
    if (isWordChar(c)) {
      if (!inWord) {
        h = FNV_OFFSET;
        inWord = true;
        wordStart = i;
        wordDigits = 0;
      }
      plain = 0;
      h = Math.imul(h ^ lower(c), FNV_PRIME) >>> 0;
    } else if (inWord) {
      endWord(text, wordStart, i, h, stem, apostrophe, wordDigits, plain);
      inWord = false;
    }
  }
  if (inWord) endWord(text, wordStart, to, h, stem, apostrophe, wordDigits, plain);
  return table;
}

/** Can this character follow an apostrophe inside a word (a letter or digit, not another quote)? */
function followsApostrophe(c: number): boolean {
  return c < 128 ? c !== 39 && ASCII_WORD_LOWER[c] !== 0 : isWordChar(c) && !isCjk(c);
}

/** Ends a word: one that closes with "'s" (its last apostrophe at `apostrophe`) counts as its stem. */
function endWord(text: string, start: number, end: number, h: number, stem: number, apostrophe: number, digits: number, plain: number): void {
  if (apostrophe > start && apostrophe === end - 2 && (text.charCodeAt(end - 1) | 32) === 115) pushToken(start, end, wordToken(stem, end - 2 - start, digits), 0, 0);
  else pushWord(start, end, h, digits, plain);
}

/**
 * The feature of the part [from, to) of a word that a span cuts, as `tokenize` reads that part
 * alone: a typographic apostrophe at its edge is a quote, a closing "'s" is dropped. 0 if
 * nothing is left.
 */
function partialWord(text: string, from: number, to: number): number {
  while (from < to && text.charCodeAt(from) === RIGHT_QUOTE) from++;
  while (to > from && text.charCodeAt(to - 1) === RIGHT_QUOTE) to--;
  if (to - from >= 3 && isApostrophe(text.charCodeAt(to - 2)) && (text.charCodeAt(to - 1) | 32) === 115) to -= 2;
  if (from === to) return 0;
  let h = FNV_OFFSET;
  let digits = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) digits++;
    h = Math.imul(h ^ (c < 128 ? (ASCII_WORD_LOWER[c] as number) : lower(c)), FNV_PRIME) >>> 0;
  }
  return wordToken(h, to - from, digits);
}

function isApostrophe(c: number): boolean {
  return c === 39 || c === RIGHT_QUOTE;
}

/** Index of the first token starting at or after `at`. */
function firstTokenFrom(tokens: Tokens, at: number): number {
  let lo = 0;
  let hi = tokens.count;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((tokens.start[mid] as number) < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Features of text[start, end) from tokens of a range that covers it: exactly what featurizing
 * the span alone gives (a word the span cuts counts as the part inside), without re-reading the
 * characters of whole words. Overlapping windows and sentences share one tokenization this way.
 */
export function spanFeatures(text: string, tokens: Tokens, start: number, end: number): Features {
  work.steps += end - start;
  for (let k = 0; k < count; k++) seen[(scratch[k] as number) >>> 5] = 0;
  count = 0;
  // A span of n characters has at most n tokens, each making a unigram and at most two bigrams
  // (CJK characters), plus a cut word at its start: room for them all up front.
  if (scratch.length < 3 * (end - start) + 4) scratch = new Int32Array(3 * (end - start) + 4);
  const out = scratch;
  let n = 0;
  let k = firstTokenFrom(tokens, start);
  let prev = 0; // the previous token's feature inside the span (0: none)
  if (k > 0 && start < end && (tokens.end[k - 1] as number) > start) {
    // A word begins before the span: its part inside counts as a word of its own.
    const t = partialWord(text, start, Math.min(end, tokens.end[k - 1] as number));
    if (t !== 0) {
      n = add(out, n, t);
      prev = t;
    }
  }
  const starts = tokens.start;
  const ends = tokens.end;
  const hashes = tokens.hash;
  const cjk = tokens.cjk;
  for (const last = tokens.count; k < last; k++) {
    const s = starts[k] as number;
    if (s >= end) break;
    const e = ends[k] as number;
    const t = e > end ? partialWord(text, s, end) : (hashes[k] as number);
    if (t === 0) continue;
    n = add(out, n, t);
    // Adjacent CJK characters (both inside the span) also make a character bigram.
    if (cjk[k] === 1 && k > 0 && cjk[k - 1] === 1 && starts[k - 1] === s - 1 && s - 1 >= start && prev !== 0) {
      n = add(out, n, mix(prev, t) ^ 0x5bd1e995);
    }
    if (prev !== 0) n = add(out, n, mix(prev, t));
    prev = t;
  }
  count = n;
  // Short texts are floored at MIN_FEATURES so a single word cannot carry a verdict on its own.
  FEATURES.indices = out;
  FEATURES.count = n;
  FEATURES.value = n > 0 ? 1 / Math.sqrt(Math.max(n, MIN_FEATURES)) : 0;
  return FEATURES;
}

export function featurize(text: string, start = 0, end = text.length): Features {
  return spanFeatures(text, tokenize(text, start, end), start, end);
}

/** The hash tokens carry for a lower-case ASCII word (what `tokenize` computes for it). */
export function asciiWordHash(word: string): number {
  let h = FNV_OFFSET;
  for (let i = 0; i < word.length; i++) h = Math.imul(h ^ word.charCodeAt(i), FNV_PRIME) >>> 0;
  return h;
}

/**
 * Marks in `bits` (a bitset of 2^k bits, cleared first) every word a regular expression's `\b`
 * sees in the text, numbers aside: runs of ASCII letters, digits and `_`, lower-cased. Plain
 * tokens are such words already; the rare others (with `'` or other scripts) are split again
 * here. Tokens too long and random to keep their own hash are never a dictionary word.
 */
export function markAsciiWords(text: string, tokens: Tokens, bits: Uint32Array): void {
  bits.fill(0);
  const mask = bits.length * 32 - 1;
  for (let k = 0; k < tokens.count; k++) {
    const plain = tokens.plain[k] as number;
    if (tokens.cjk[k] === 1 || plain === 2) continue;
    if (plain === 1) {
      const h = (tokens.hash[k] as number) & mask;
      bits[h >>> 5] = (bits[h >>> 5] as number) | (1 << (h & 31));
      continue;
    }
    let h = FNV_OFFSET;
    let inWord = false;
    const end = tokens.end[k] as number;
    for (let i = tokens.start[k] as number; i <= end; i++) {
      const c = i < end ? text.charCodeAt(i) : 0;
      if (c < 128 && c !== 39 && (ASCII_WORD_LOWER[c] as number) !== 0) {
        if (!inWord) h = FNV_OFFSET;
        inWord = true;
        h = Math.imul(h ^ (ASCII_WORD_LOWER[c] as number), FNV_PRIME) >>> 0;
      } else if (inWord) {
        inWord = false;
        const b = h & mask;
        bits[b >>> 5] = (bits[b >>> 5] as number) | (1 << (b & 31));
      }
    }
  }
}
