// Hashed word features for the classifier: lower-cased word unigrams and bigrams, with Chinese,
// Japanese and Korean split into characters (unigrams and bigrams). One pass over char codes,
// no regex, no per-token strings: the hot path of the model.

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
  indices: Int32Array;
  count: number;
  value: number;
}

function isCjk(c: number): boolean {
  return (
    (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0x3040 && c <= 0x30ff) ||
    (c >= 0xac00 && c <= 0xd7af) || (c >= 0x1100 && c <= 0x11ff) || (c >= 0xf900 && c <= 0xfaff)
  );
}

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
  // Latin-1, Greek and Cyrillic capitals (enough for features; NFKC view handles the rest).
  if ((c >= 0xc0 && c <= 0xde && c !== 0xd7) || (c >= 0x410 && c <= 0x42f)) return c + 32;
  if (c >= 0x400 && c <= 0x40f) return c + 80;
  if (c >= 0x391 && c <= 0x3a9) return c + 32;
  return c;
}

function mix(a: number, b: number): number {
  return Math.imul(a ^ Math.imul(b, 0x9e3779b1), FNV_PRIME) >>> 0;
}

/** Reused scratch space: the scan path is synchronous, so one buffer serves every call. */
const stamp = new Int32Array(DIM);
let generation = 0;
let scratch = new Int32Array(4096);

/** ASCII: 1 word character, 0 separator; lower-casing table alongside. */
const ASCII_WORD = new Uint8Array(128);
const ASCII_LOWER = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  ASCII_WORD[c] = isWordChar(c) ? 1 : 0;
  ASCII_LOWER[c] = lower(c);
}

/** Features collected by the current featurize call (module state: no closures on the hot path). */
let count = 0;

function emit(x: number): void {
  const idx = x & MASK;
  if (stamp[idx] === generation) return;
  stamp[idx] = generation;
  if (count === scratch.length) {
    const bigger = new Int32Array(scratch.length * 2);
    bigger.set(scratch);
    scratch = bigger;
  }
  scratch[count++] = idx;
}

/** A word ended: emit it (or the random-token feature) and its bigram with the previous token; returns the new previous token. */
function endWord(prev: number, h: number, wordLength: number, wordDigits: number): number {
  const t = wordLength >= RANDOM_MIN_LENGTH && wordDigits > 1 && wordDigits < wordLength ? RANDOM_TOKEN : h;
  emit(t);
  if (prev) emit(mix(prev, t));
  return t;
}

export function featurize(text: string, start = 0, end = text.length): Features {
  generation++;
  if (generation === 0x7fffffff) {
    stamp.fill(0);
    generation = 1;
  }
  count = 0;
  // Plain locals (no closure captures them), so the per-character loop keeps them in registers.
  let prev = 0; // hash of the previous token (0: none)
  let h = FNV_OFFSET;
  let inWord = false;
  let prevCjk = 0;
  let wordLength = 0;
  let wordDigits = 0;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c < 128) {
      prevCjk = 0;
      if (ASCII_WORD[c] === 1) {
        if (!inWord) {
          h = FNV_OFFSET;
          inWord = true;
          wordLength = 0;
          wordDigits = 0;
        }
        wordLength++;
        if (c >= 48 && c <= 57) wordDigits++;
        h = Math.imul(h ^ (ASCII_LOWER[c] as number), FNV_PRIME) >>> 0;
      } else if (inWord) {
        prev = endWord(prev, h, wordLength, wordDigits);
        inWord = false;
      }
      continue;
    }
    if (isCjk(c)) {
      if (inWord) {
        prev = endWord(prev, h, wordLength, wordDigits);
        inWord = false;
      }
      const ch = Math.imul(FNV_OFFSET ^ c, FNV_PRIME) >>> 0;
      emit(ch);
      if (prevCjk) emit(mix(prevCjk, ch) ^ 0x5bd1e995);
      if (prev) emit(mix(prev, ch));
      prev = ch;
      prevCjk = ch;
      continue;
    }
    prevCjk = 0;
    if (isWordChar(c)) {
      if (!inWord) {
        h = FNV_OFFSET;
        inWord = true;
        wordLength = 0;
        wordDigits = 0;
      }
      wordLength++;
      h = Math.imul(h ^ lower(c), FNV_PRIME) >>> 0;
    } else if (inWord) {
      prev = endWord(prev, h, wordLength, wordDigits);
      inWord = false;
    }
  }
  if (inWord) endWord(prev, h, wordLength, wordDigits);
  // Short texts are floored at MIN_FEATURES so a single word cannot carry a verdict on its own.
  return { indices: scratch.subarray(0, count), count, value: count > 0 ? 1 / Math.sqrt(Math.max(count, MIN_FEATURES)) : 0 };
}
