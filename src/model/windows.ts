// Long texts are read in overlapping windows so one injected sentence in a long document is not
// diluted by the rest of it; the document's score is its strongest window.

export const WINDOW = 400;
export const STRIDE = 300;

/** [start, end) windows of about WINDOW characters, cut at whitespace when one is near. */
export function windows(text: string, from = 0, to = text.length): Array<[number, number]> {
  if (to - from <= WINDOW + STRIDE / 2) return [[from, to]];
  const out: Array<[number, number]> = [];
  for (let start = from; start < to; start += STRIDE) {
    let end = Math.min(to, start + WINDOW);
    if (end < to) {
      const space = text.lastIndexOf(" ", end);
      if (space > start + WINDOW / 2) end = space;
    }
    out.push([start, end]);
    if (end >= to) break;
  }
  return out;
}

/** Shortest and longest span `sentences` returns. */
export const MIN_SENTENCE = 16;
export const MAX_SENTENCE = 300;

/**
 * Sentences, lines and table cells of [from, to): a short instruction inserted into a document
 * fills one of them, where in a 400-character window the text around it dilutes it. One pass.
 */
export function sentences(text: string, from = 0, to = text.length): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  const push = (s: number, e: number) => {
    while (s < e && text.charCodeAt(s) <= 32) s++;
    while (e > s && text.charCodeAt(e - 1) <= 32) e--;
    if (e - s >= MIN_SENTENCE) out.push([s, e]);
  };
  let start = from;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    const next = i + 1 < to ? text.charCodeAt(i + 1) : 32;
    const boundary = c === 10 || c === 124 || ((c === 46 || c === 33 || c === 63) && (next === 32 || next === 10 || next === 13 || next === 9));
    if (boundary || i + 1 - start >= MAX_SENTENCE) {
      push(start, boundary ? i + (c === 10 || c === 124 ? 0 : 1) : i + 1);
      start = i + 1;
    }
  }
  push(start, to);
  return out;
}
