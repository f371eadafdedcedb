// JSON text read with its positions: each string is decoded and remembers where its characters
// sit in the raw text, so a secret found in a decoded value can be redacted in the original bytes
// and the rest of the text (spacing, key order, duplicate keys) stays exactly as it was.
// One pass, linear in the text; nesting deeper than MAX_DEPTH is not read as JSON.

export type JsonNode =
  | { kind: "string"; value: string; raw: RawString }
  | { kind: "number" | "boolean" | "null"; text: string }
  | { kind: "array"; items: JsonNode[] }
  | { kind: "object"; entries: Array<{ key: string; keyRaw: RawString; value: JsonNode }> };

/** Where a decoded string sits in the raw text. */
export interface RawString {
  /** Offset of the first character after the opening quote. */
  start: number;
  /** Offset of the closing quote. */
  end: number;
  /**
   * For a string with escapes: the raw offset of each decoded UTF-16 unit, plus one for its end
   * (`value.length + 1` entries). Absent when the value is the raw slice itself.
   */
  offsets?: Int32Array;
}

export const MAX_DEPTH = 64;
/** Larger texts are scanned as text: JSON of this size is not a tool's arguments or a result item. */
export const MAX_JSON_TEXT = 8 * 1024 * 1024;

class Reader {
  i = 0;
  constructor(readonly text: string) {}

  fail(): never {
    throw NOT_JSON;
  }

  skipSpace(): void {
    const t = this.text;
    let i = this.i;
    for (;;) {
      const c = t.charCodeAt(i);
      if (c === 32 || c === 10 || c === 13 || c === 9) i++;
      else break;
    }
    this.i = i;
  }

  value(depth: number): JsonNode {
    if (depth > MAX_DEPTH) this.fail();
    this.skipSpace();
    const c = this.text.charCodeAt(this.i);
    if (c === 34) return { kind: "string", ...this.string() };
    if (c === 123) return this.object(depth);
    if (c === 91) return this.array(depth);
    return this.literal();
  }

  object(depth: number): JsonNode {
    this.i++;
    const entries: Array<{ key: string; keyRaw: RawString; value: JsonNode }> = [];
    this.skipSpace();
    if (this.text.charCodeAt(this.i) === 125) {
      this.i++;
      return { kind: "object", entries };
    }
    for (;;) {
      this.skipSpace();
      if (this.text.charCodeAt(this.i) !== 34) this.fail();
      const key = this.string();
      this.skipSpace();
      if (this.text.charCodeAt(this.i) !== 58) this.fail();
      this.i++;
      entries.push({ key: key.value, keyRaw: key.raw, value: this.value(depth + 1) });
      this.skipSpace();
      const c = this.text.charCodeAt(this.i++);
      if (c === 125) return { kind: "object", entries };
      if (c !== 44) this.fail();
    }
  }

  array(depth: number): JsonNode {
    this.i++;
    const items: JsonNode[] = [];
    this.skipSpace();
    if (this.text.charCodeAt(this.i) === 93) {
      this.i++;
      return { kind: "array", items };
    }
    for (;;) {
      items.push(this.value(depth + 1));
      this.skipSpace();
      const c = this.text.charCodeAt(this.i++);
      if (c === 93) return { kind: "array", items };
      if (c !== 44) this.fail();
    }
  }

  literal(): JsonNode {
    const m = LITERAL.exec(this.text.slice(this.i, this.i + 64)) ?? NUMBER_AT(this.text, this.i);
    if (!m) this.fail();
    const text = m[0];
    this.i += text.length;
    if (text === "true" || text === "false") return { kind: "boolean", text };
    if (text === "null") return { kind: "null", text };
    return { kind: "number", text };
  }

  string(): { value: string; raw: RawString } {
    const t = this.text;
    const start = this.i + 1;
    // Fast path: no escape before the closing quote, the value is the raw slice.
    let j = start;
    for (;;) {
      const c = t.charCodeAt(j);
      if (c === 34) {
        this.i = j + 1;
        return { value: t.slice(start, j), raw: { start, end: j } };
      }
      if (c === 92) break;
      if (c < 32 || Number.isNaN(c)) this.fail();
      j++;
    }
    // With escapes: decode, and record each decoded unit's raw offset.
    const parts: string[] = [t.slice(start, j)];
    const offsets: number[] = [];
    for (let k = start; k < j; k++) offsets.push(k);
    for (;;) {
      const c = t.charCodeAt(j);
      if (c === 34) break;
      if (c < 32 || Number.isNaN(c)) this.fail();
      if (c !== 92) {
        parts.push(t[j] as string);
        offsets.push(j);
        j++;
        continue;
      }
      const e = t.charCodeAt(j + 1);
      let decoded: string;
      let width = 2;
      switch (e) {
        case 34: decoded = '"'; break;
        case 92: decoded = "\\"; break;
        case 47: decoded = "/"; break;
        case 98: decoded = "\b"; break;
        case 102: decoded = "\f"; break;
        case 110: decoded = "\n"; break;
        case 114: decoded = "\r"; break;
        case 116: decoded = "\t"; break;
        case 117: {
          const hex = t.slice(j + 2, j + 6);
          if (!/^[0-9a-fA-F]{4}$/.test(hex)) this.fail();
          decoded = String.fromCharCode(Number.parseInt(hex, 16));
          width = 6;
          break;
        }
        default:
          this.fail();
      }
      parts.push(decoded);
      offsets.push(j);
      j += width;
    }
    offsets.push(j);
    this.i = j + 1;
    return { value: parts.join(""), raw: { start, end: j, offsets: Int32Array.from(offsets) } };
  }
}

const LITERAL = /^(?:true|false|null)/;
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
function NUMBER_AT(text: string, at: number): RegExpExecArray | null {
  NUMBER.lastIndex = at;
  return NUMBER.exec(text);
}

const NOT_JSON = new Error("not JSON");

/** Could this text be a JSON object or array? A cheap look at its first and last characters. */
export function looksLikeJson(text: string): boolean {
  if (text.length < 2 || text.length > MAX_JSON_TEXT) return false;
  let a = 0;
  while (a < text.length && /\s/.test(text[a] as string)) a++;
  let b = text.length - 1;
  while (b > a && /\s/.test(text[b] as string)) b--;
  const first = text.charCodeAt(a);
  const last = text.charCodeAt(b);
  return (first === 123 && last === 125) || (first === 91 && last === 93);
}

/** The JSON object or array `text` holds, with positions; undefined when it is not one. */
export function parseJsonText(text: string): JsonNode | undefined {
  if (!looksLikeJson(text)) return undefined;
  const reader = new Reader(text);
  try {
    const node = reader.value(0);
    reader.skipSpace();
    return reader.i === text.length && (node.kind === "object" || node.kind === "array") ? node : undefined;
  } catch (err) {
    if (err === NOT_JSON) return undefined;
    throw err;
  }
}

/** Raw offset of decoded offset `k` of a string (0 ≤ k ≤ value length). */
export function rawOffset(raw: RawString, k: number): number {
  return raw.offsets ? (raw.offsets[k] as number) : raw.start + k;
}

/** The plain JavaScript value of a node (duplicate keys: the last wins, as JSON.parse does). */
export function plainValue(node: JsonNode): unknown {
  switch (node.kind) {
    case "string":
      return node.value;
    case "number":
      return Number(node.text);
    case "boolean":
      return node.text === "true";
    case "null":
      return null;
    case "array":
      return node.items.map(plainValue);
    case "object": {
      const out: Record<string, unknown> = {};
      for (const e of node.entries) out[e.key] = plainValue(e.value);
      return out;
    }
  }
}
