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
    // The last space in the window's second half, if any. Searched within it only: a text
    // without spaces made lastIndexOf read back to its start for every window (quadratic:
    // 460 ms for 1 MB of short lines).
    if (end < to) {
      for (let i = end; i > start + WINDOW / 2; i--) {
        if (text.charCodeAt(i) === 32) {
          end = i;
          break;
        }
      }
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
 * A sentence ends at a line break or a table bar (not kept), or at `.`, `!` or `?` before
 * whitespace or the end (kept). One character class and a one-character lookahead: linear, and
 * about three times faster than reading the characters one by one in JavaScript.
 */
const BOUNDARY = /[\n|]|[.!?](?=[ \n\r\t]|$)/g;

/**
 * Sentence spans, flat: [start0, end0, start1, end1, …] in `spans`, `count` of them. One object,
 * reused by every call (the scan path is synchronous): read it before the next call.
 */
export interface Spans {
  spans: Int32Array;
  count: number;
}

const SPANS: Spans = { spans: new Int32Array(1024), count: 0 };

/** Adds [s, e) without its surrounding whitespace, if MIN_SENTENCE characters or more are left. */
function pushTrimmed(text: string, s: number, e: number): void {
  while (s < e && text.charCodeAt(s) <= 32) s++;
  while (e > s && text.charCodeAt(e - 1) <= 32) e--;
  if (e - s < MIN_SENTENCE) return;
  if (2 * SPANS.count + 2 > SPANS.spans.length) {
    const bigger = new Int32Array(SPANS.spans.length * 2);
    bigger.set(SPANS.spans);
    SPANS.spans = bigger;
  }
  SPANS.spans[2 * SPANS.count] = s;
  SPANS.spans[2 * SPANS.count + 1] = e;
  SPANS.count++;
}

/**
 * Sentences, lines and table cells of a text: a short instruction inserted into a document
 * fills one of them, where in a 400-character window the text around it dilutes it. One pass,
 * no allocation per sentence (the scan path reads this; `sentences` gives the same as pairs).
 */
export function sentenceSpans(text: string): Spans {
  SPANS.count = 0;
  let start = 0;
  BOUNDARY.lastIndex = 0;
  for (;;) {
    // A boundary is one character (the lookahead reads without consuming), so it sits just
    // before lastIndex; test() allocates no match object.
    const found = BOUNDARY.test(text);
    const at = found ? BOUNDARY.lastIndex - 1 : text.length;
    // A run without a boundary is cut every MAX_SENTENCE characters.
    while (start + MAX_SENTENCE <= at) {
      pushTrimmed(text, start, start + MAX_SENTENCE);
      start += MAX_SENTENCE;
    }
    if (!found) break;
    const c = text.charCodeAt(at);
    pushTrimmed(text, start, c === 10 || c === 124 ? at : at + 1);
    start = at + 1;
  }
  pushTrimmed(text, start, text.length);
  return SPANS;
}

/** The sentences of a text as [start, end) pairs (see sentenceSpans). */
export function sentences(text: string): Array<[number, number]> {
  const { spans, count } = sentenceSpans(text);
  return Array.from({ length: count }, (_, i): [number, number] => [spans[2 * i] as number, spans[2 * i + 1] as number]);
}
