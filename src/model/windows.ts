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
