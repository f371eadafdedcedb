// More ways text hides words from a reader that matches words, each undone into a view:
// HTML character references, letters spaced out or split by punctuation, reversed text, ROT13,
// \x and \u escapes, base32, doubly %-encoded text and stacked combining marks. Each decoder
// runs only when its sign is in the text, reads it once, and spends the shared budget.

export type DecodedKind = "html_entities" | "spaced_letters" | "reversed" | "rot13" | "escaped" | "base32" | "combining_marks";

export interface Decoded {
  kind: DecodedKind;
  text: string;
  span: [number, number];
}

type Budget = { left: number };

function spend(budget: Budget, text: string): boolean {
  if (budget.left < text.length) return false;
  budget.left -= text.length;
  return true;
}

// ── HTML character references ────────────────────────────────────────────────────────────────

const NAMED: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: " ", shy: "", eacute: "é", egrave: "è", agrave: "à", ccedil: "ç", uuml: "ü", ouml: "ö", auml: "ä", szlig: "ß", ntilde: "ñ" };
const REFERENCE = /&(?:#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|([a-zA-Z]{2,8}));/g;

function htmlEntities(text: string): string | undefined {
  let count = 0;
  REFERENCE.lastIndex = 0;
  for (let m = REFERENCE.exec(text); m !== null && count < 4; m = REFERENCE.exec(text)) if (m[1] || m[2]) count++;
  if (count < 4) return undefined;
  // One pass, pieces joined once; a reference seen before is not decoded again (a text of
  // `&#65;` repeated is a million of the same one).
  const seen = new Map<string, string>();
  const parts: string[] = [];
  let copied = 0;
  REFERENCE.lastIndex = 0;
  for (let m = REFERENCE.exec(text); m !== null; m = REFERENCE.exec(text)) {
    const whole = m[0];
    let out = seen.get(whole);
    if (out === undefined) {
      const [, dec, hex, name] = m;
      const cp = dec ? Number(dec) : hex ? Number.parseInt(hex, 16) : undefined;
      if (cp !== undefined) out = cp > 0 && cp <= 0x10ffff && !(cp >= 0xd800 && cp <= 0xdfff) ? String.fromCodePoint(cp) : whole;
      else out = NAMED[(name as string).toLowerCase()] ?? whole;
      if (seen.size < 4096) seen.set(whole, out);
    }
    if (m.index > copied) parts.push(text.slice(copied, m.index));
    parts.push(out);
    copied = m.index + whole.length;
  }
  parts.push(text.slice(copied));
  return parts.join("");
}

// ── letters spaced out or split by punctuation ──────────────────────────────────────────────

/** Six or more single letters, each followed by the same one-character separator (word gaps may repeat it or use " / "). */
const SPACED_RUN = /(?<![\p{L}\p{N}])\p{L}(?:(?:[ .\-_*|·+~]{1,3}|\s\/\s)\p{L}(?![\p{L}\p{N}])){5,}/gu;

/** Separators of spaced-out letters, by character code (space . - _ * | + ~ ·). */
const IS_SEPARATOR = new Uint8Array(256);
for (const c of " .-_*|+~\u00b7") IS_SEPARATOR[c.charCodeAt(0)] = 1;
const separator = (code: number) => code < 256 && IS_SEPARATOR[code] === 1;

/** Cheap sign of a spaced run, in one pass: five single characters, each followed by a separator. */
function spacedSign(text: string): boolean {
  let run = 0;
  for (let i = 1; i < text.length; i += 2) {
    const sep = separator(text.charCodeAt(i));
    if (sep && !separator(text.charCodeAt(i - 1))) {
      if (++run >= 5) return true;
    } else {
      run = 0;
      if (!sep) i--; // realign: the next pair starts one character later
    }
  }
  return false;
}

function spacedLetters(text: string): string | undefined {
  if (!spacedSign(text)) return undefined;
  let changed = false;
  const out = text.replace(SPACED_RUN, (run) => {
    changed = true;
    // The most frequent gap separates letters; any other gap ("   ", " / ", a space between dotted letters) separates words.
    const counts = new Map<string, number>();
    for (const gap of run.match(/[^\p{L}]+/gu) ?? []) counts.set(gap, (counts.get(gap) ?? 0) + 1);
    let letterGap = "";
    let most = 0;
    for (const [gap, n] of counts) if (n > most) [letterGap, most] = [gap, n];
    return run.replace(/[^\p{L}]+/gu, (gap) => (gap === letterGap ? "" : " "));
  });
  return changed ? out : undefined;
}

// ── reversed text and ROT13 ─────────────────────────────────────────────────────────────────

/** Common words of the languages most attacks are written in; a decoding that reads as text has many. */
const COMMON = new Set(
  "the and you your to of all ignore previous instructions system prompt now new send print reveal please this that with for from are is not".split(" ")
    .concat("el la los las que de y todas instrucciones anteriores le les et toutes précédentes der die und alle vorherigen anweisungen".split(" ")),
);

/** A cheap look for the commonest words: a text that has them is not reversed or ROT13 as a whole. */
const READS_AS_ENGLISH = /\b(?:the|and|you|your|to|of|is|are|for|with|this|that)\b/i;

function commonWords(text: string): number {
  let n = 0;
  for (const word of text.toLowerCase().match(/\p{L}+/gu) ?? []) if (COMMON.has(word)) n++;
  return n;
}

/** `text` with each line that `decode` turns into readable words decoded; undefined when none is. */
function linesDecoded(text: string, decode: (line: string) => string | undefined): string | undefined {
  let changed = false;
  const out = text.split("\n").map((line) => {
    if (line.length < 20 || READS_AS_ENGLISH.test(line)) return line;
    const decoded = decode(line);
    if (decoded === undefined) return line;
    changed = true;
    return decoded;
  });
  return changed ? out.join("\n") : undefined;
}

function reversedText(text: string): string | undefined {
  const reversed = [...text].reverse().join("");
  return commonWords(reversed) >= 3 && commonWords(reversed) > 2 * commonWords(text) ? reversed : undefined;
}

function rot13(text: string): string | undefined {
  const rotated = text.replace(/[a-zA-Z]/g, (c) => {
    const base = c <= "Z" ? 65 : 97;
    return String.fromCharCode(((c.charCodeAt(0) - base + 13) % 26) + base);
  });
  return commonWords(rotated) >= 3 && commonWords(rotated) > 2 * commonWords(text) ? rotated : undefined;
}

// ── escapes, base32 ─────────────────────────────────────────────────────────────────────────

const ESCAPE_RUN = /(?:\\x[0-9a-fA-F]{2}|\\u[0-9a-fA-F]{4}|\\u\{[0-9a-fA-F]{1,6}\}|\\[0-7]{3}|[ \t])+/g;

function unescapeRun(run: string): string {
  const bytes: number[] = [];
  let out = "";
  const flush = () => {
    if (bytes.length) out += Buffer.from(bytes).toString("utf8");
    bytes.length = 0;
  };
  for (const m of run.matchAll(/\\x([0-9a-fA-F]{2})|\\u([0-9a-fA-F]{4})|\\u\{([0-9a-fA-F]{1,6})\}|\\([0-7]{3})|([ \t])/g)) {
    if (m[1] || m[4]) bytes.push(m[1] ? Number.parseInt(m[1], 16) : Number.parseInt(m[4] as string, 8) & 0xff);
    else {
      flush();
      const cp = m[2] ? Number.parseInt(m[2], 16) : m[3] ? Number.parseInt(m[3], 16) : undefined;
      out += cp === undefined ? (m[5] as string) : cp <= 0x10ffff ? String.fromCodePoint(cp) : "";
    }
  }
  flush();
  return out;
}

/** Bounded: an unbounded run of one class overflows the regex stack on a few megabytes of it. */
const BASE32_RUN = /[A-Z2-7]{24,4096}={0,6}/g;
const TOKEN_CHAR = /[A-Za-z0-9]/;
const B32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

function fromBase32(run: string): string {
  let bits = 0;
  let value = 0;
  const bytes: number[] = [];
  for (const c of run.replace(/=+$/, "")) {
    value = (value << 5) | B32.indexOf(c);
    bits += 5;
    if (bits >= 8) {
      bytes.push((value >>> (bits - 8)) & 0xff);
      bits -= 8;
    }
  }
  return Buffer.from(bytes).toString("utf8");
}

// ── combining marks ─────────────────────────────────────────────────────────────────────────

const MARK = /\p{M}/gu;
const MARK_SIGN = /\p{M}/u;
const NOT_LETTER = /\P{L}+/gu;

/** Stacked marks ("Z̷a̷l̷g̷o̷"): more marks than letters carry, so they are removed, not read. */
function combiningMarks(text: string): string | undefined {
  if (!MARK_SIGN.test(text)) return undefined;
  const stripped = text.replace(MARK, "");
  const marks = text.length - stripped.length;
  if (marks < 8) return undefined;
  const letters = stripped.replace(NOT_LETTER, "").length;
  return marks >= letters * 0.8 ? stripped : undefined;
}

// ── all of them ─────────────────────────────────────────────────────────────────────────────

/** Reads as text: mostly letters and spaces, no replacement characters. */
function readable(decoded: string): boolean {
  if (decoded.length < 8 || decoded.includes("\ufffd")) return false;
  const letters = decoded.match(/\p{L}/gu)?.length ?? 0;
  return letters / decoded.length > 0.5 && decoded.includes(" ");
}

/** Whole-text and run decodings of `text` that undo something; each at most once. */
export function decodings(text: string, budget: Budget): Decoded[] {
  const out: Decoded[] = [];
  const whole: [number, number] = [0, text.length];
  const add = (kind: DecodedKind, decoded: string | undefined, span = whole) => {
    if (decoded !== undefined && decoded !== text && spend(budget, decoded)) out.push({ kind, text: decoded, span });
  };
  if (text.includes("&#") || text.includes("&")) add("html_entities", htmlEntities(text));
  add("spaced_letters", spacedLetters(text));
  add("combining_marks", combiningMarks(text));
  // Line by line, for texts short enough to be one message: a line that does not read as common
  // words may be reversed or ROT13 (an email can carry one such line among ordinary ones).
  if (text.length <= 20_000) {
    add("reversed", linesDecoded(text, reversedText));
    add("rot13", linesDecoded(text, rot13));
  }
  if (text.includes("\\")) {
    ESCAPE_RUN.lastIndex = 0;
    for (let m = ESCAPE_RUN.exec(text); m !== null; m = ESCAPE_RUN.exec(text)) {
      if ((m[0].match(/\\/g)?.length ?? 0) < 6) continue;
      const decoded = unescapeRun(m[0]);
      if (readable(decoded)) add("escaped", decoded, [m.index, m.index + m[0].length]);
    }
  }
  BASE32_RUN.lastIndex = 0;
  for (let m = BASE32_RUN.exec(text); m !== null; m = BASE32_RUN.exec(text)) {
    // A whole run: not the tail of a longer token, not followed by one.
    if (TOKEN_CHAR.test(text[m.index - 1] ?? "") || TOKEN_CHAR.test(text[m.index + m[0].length] ?? "")) continue;
    const decoded = fromBase32(m[0]);
    if (readable(decoded)) add("base32", decoded, [m.index, m.index + m[0].length]);
  }
  return out;
}
