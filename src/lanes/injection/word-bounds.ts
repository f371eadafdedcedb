// Word boundaries for patterns in any script: JavaScript's `\b` only knows ASCII letters, so a
// word is bounded by what is not a letter or a digit in Unicode's sense (with the `u` flag).

/** Not preceded by a letter or digit. */
export const L = String.raw`(?<![\p{L}\p{N}])`;
/** Not followed by a letter or digit. */
export const R = String.raw`(?![\p{L}\p{N}])`;
/** An alternation of words, each bounded on both sides. */
export const words = (list: string): string => String.raw`${L}(?:${list})${R}`;
