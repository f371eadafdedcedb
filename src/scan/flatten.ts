// A request's values as one text to scan: each string leaf on a line of its own as `key: value`,
// in document order. Every field remembers which string of the request its characters came from
// (and where in it), so a redaction in the scanned text can be made in place in the request:
// in a JSON value, in a JSON text (keeping its bytes), or in the argv an array was joined from.
import type { FieldPiece, LeafPath, TextField } from "./input.js";
import { MAX_DEPTH, parseJsonText, rawOffset, type JsonNode, type RawString } from "./json-text.js";

/** Keys whose array of strings is an argv: `{"command": ["rm", "-rf", "/"]}`. */
const ARGV_KEYS = new Set(["command", "cmd", "argv", "commandline", "shellcommand", "exec", "run"]);
/** Keys that carry the arguments of a `command` / `cmd` given beside them. */
const ARGS_KEYS = new Set(["args", "arguments", "argv"]);
/** Object keys that read as names; any other key (a sentence, a token) is scanned as text of its own. */
const PLAIN_KEY = /^[\w$@.:\-/ ]{0,40}$/;
/** A long run of letters and digits mixed, as in a token or an id. */
const TOKEN_RUN = /(?=[A-Za-z]*\d)(?=\d*[A-Za-z])[A-Za-z0-9]{16,4096}/;

function plainKey(key: string): boolean {
  return PLAIN_KEY.test(key) && !TOKEN_RUN.test(key);
}

/** `fooBar`, `foo_bar`, `Foo-Bar` → `foobar`: keys compared by their letters. */
export function normalKey(key: string): string {
  return key.toLowerCase().replace(/[_\-\s.]/g, "");
}

/** Maps a decoded offset of a string to an offset in the request string it came from. */
interface Mapping {
  leaf: LeafPath;
  at: number;
  offsets?: Int32Array;
}

function through(m: Mapping, raw: RawString): Mapping {
  if (!m.offsets && !raw.offsets) return { leaf: m.leaf, at: m.at + raw.start };
  const length = raw.offsets ? raw.offsets.length : raw.end - raw.start + 1;
  const offsets = new Int32Array(length);
  for (let k = 0; k < length; k++) {
    const inner = rawOffset(raw, k);
    offsets[k] = m.offsets ? (m.offsets[inner] as number) : m.at + inner;
  }
  return { leaf: m.leaf, at: 0, offsets };
}

/** One word of an argv and where it came from. */
type Word = { word: string } & Mapping;

/** A node of either tree the flattener walks: a JavaScript value or JSON text read with positions. */
type Node = { js: unknown; leaf: LeafPath } | { json: JsonNode; map: Mapping };

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function shellWord(word: string): { text: string; shift: number; exact: boolean } {
  if (word !== "" && !/[\s'"\\]/.test(word)) return { text: word, shift: 0, exact: true };
  if (!word.includes("'")) return { text: `'${word}'`, shift: 1, exact: true };
  return { text: `"${word.replace(/["\\$`]/g, "\\$&")}"`, shift: 1, exact: false };
}

export interface FlattenOptions {
  /** Read string values that hold a JSON object or array as that JSON (tool results, documents). */
  expandJson: boolean;
}

export class Flattener {
  text = "";
  readonly fields: TextField[] = [];
  constructor(private readonly options: FlattenOptions) {}

  private open(key: string | undefined): number {
    if (this.text.length > 0) this.text += "\n";
    if (key !== undefined) this.text += `${key}: `;
    return this.text.length;
  }

  private field(path: string, key: string | undefined, value: string, pieces: FieldPiece[]): void {
    const start = this.open(key);
    this.text += value;
    this.fields.push({ path, key, start, end: this.text.length, pieces });
  }

  /** A JavaScript value (an agent's event, an MCP message) whose strings live at `leaf`. */
  addValue(value: unknown, path: string, key: string | undefined, leaf: LeafPath = []): void {
    this.walk({ js: value, leaf }, path, key, 0);
  }

  /** A JSON text already read, whose strings live in the request string `leaf`. */
  addJson(node: JsonNode, path: string, key: string | undefined, leaf: LeafPath): void {
    this.walk({ json: node, map: { leaf, at: 0 } }, path, key, 0);
  }

  private string(value: string, path: string, key: string | undefined, map: Mapping, depth: number): void {
    if (this.options.expandJson && depth < MAX_DEPTH) {
      const inner = parseJsonText(value);
      if (inner) {
        this.walk({ json: inner, map }, `${path}::`, key, depth + 1);
        return;
      }
    }
    const piece: FieldPiece = { from: 0, to: value.length, leaf: map.leaf, at: map.at };
    if (map.offsets) piece.offsets = map.offsets;
    this.field(path, key, value, [piece]);
  }

  private walk(node: Node, path: string, key: string | undefined, depth: number): void {
    if (depth > MAX_DEPTH) return;
    if ("js" in node) {
      const v = node.js;
      if (typeof v === "string") return this.string(v, path, key, { leaf: node.leaf, at: 0 }, depth);
      if (Array.isArray(v)) {
        if (key !== undefined && ARGV_KEYS.has(normalKey(key)) && v.length > 0 && v.every((x) => typeof x === "string")) {
          return this.argv(v.map((word, i) => ({ word, leaf: [...node.leaf, i] as LeafPath, at: 0 })), path, key);
        }
        v.forEach((item, i) => this.walk({ js: item, leaf: [...node.leaf, i] }, `${path}[${i}]`, key, depth + 1));
        return;
      }
      if (isPlainObject(v)) {
        const keys = Object.keys(v);
        const wordsOf = (k: string): Word[] | undefined => {
          const x = v[k];
          if (typeof x === "string") return [{ word: x, leaf: [...node.leaf, k], at: 0 }];
          if (Array.isArray(x) && x.every((w) => typeof w === "string")) return x.map((word: string, i) => ({ word, leaf: [...node.leaf, k, i], at: 0 }));
          return undefined;
        };
        const joined = this.commandWithArgs(keys, wordsOf, path);
        for (const k of keys) {
          if (joined.has(k)) continue;
          this.keyText(k, { leaf: [...node.leaf, k], at: 0 }, path, true);
          this.walk({ js: v[k], leaf: [...node.leaf, k] }, path ? `${path}.${k}` : k, k, depth + 1);
        }
      }
      return;
    }
    const n = node.json;
    switch (n.kind) {
      case "string":
        return this.string(n.value, path, key, through(node.map, n.raw), depth);
      case "array":
        if (key !== undefined && ARGV_KEYS.has(normalKey(key)) && n.items.length > 0 && n.items.every((x) => x.kind === "string")) {
          return this.argv(
            n.items.map((x) => {
              const str = x as Extract<JsonNode, { kind: "string" }>;
              return { word: str.value, ...through(node.map, str.raw) };
            }),
            path,
            key,
          );
        }
        n.items.forEach((item, i) => this.walk({ json: item, map: node.map }, `${path}[${i}]`, key, depth + 1));
        return;
      case "object": {
        const byKey = new Map(n.entries.map((e) => [e.key, e.value]));
        const wordsOf = (k: string): Word[] | undefined => {
          const x = byKey.get(k);
          if (x?.kind === "string") return [{ word: x.value, ...through(node.map, x.raw) }];
          if (x?.kind !== "array" || !x.items.every((w) => w.kind === "string")) return undefined;
          return x.items.map((w) => {
            const s = w as Extract<JsonNode, { kind: "string" }>;
            return { word: s.value, ...through(node.map, s.raw) };
          });
        };
        const joined = this.commandWithArgs([...byKey.keys()], wordsOf, path);
        for (const e of n.entries) {
          if (joined.has(e.key)) continue;
          this.keyText(e.key, through(node.map, e.keyRaw), path, false);
          this.walk({ json: e.value, map: node.map }, path ? `${path}.${e.key}` : e.key, e.key, depth + 1);
        }
        return;
      }
      default:
        return;
    }
  }

  /** A key that does not read as a name (a sentence, a token) is scanned as text too. */
  private keyText(key: string, map: Mapping, path: string, jsKey: boolean): void {
    if (plainKey(key)) return;
    // A key of a JavaScript object is replaced whole when redacted; a JSON text's key in place.
    const piece: FieldPiece = { from: 0, to: key.length, leaf: map.leaf, at: map.at };
    if (jsKey) piece.isKey = true;
    if (map.offsets) piece.offsets = map.offsets;
    this.field(`${path}{key}`, undefined, key, [piece]);
  }

  /**
   * `{"command": "rm", "args": ["-rf", "/"]}`: one command line, judged whole. Returns the keys
   * it consumed (none when the object is not that shape).
   */
  private commandWithArgs(keys: readonly string[], wordsOf: (k: string) => Word[] | undefined, path: string): Set<string> {
    const command = keys.find((k) => (normalKey(k) === "command" || normalKey(k) === "cmd") && wordsOf(k)?.length === 1);
    const args = keys.find((k) => ARGS_KEYS.has(normalKey(k)) && wordsOf(k) !== undefined);
    if (command === undefined || args === undefined) return new Set();
    const commandWords = wordsOf(command) as Word[];
    const argWords = wordsOf(args) as Word[];
    this.argv([...commandWords, ...argWords], path ? `${path}.${command}` : command, command);
    return new Set([command, args]);
  }

  /** An argv joined into the command line a shell would run, each word mapped to its string. */
  private argv(words: readonly Word[], path: string, key: string): void {
    let line = "";
    const pieces: FieldPiece[] = [];
    for (const w of words) {
      if (line.length > 0) line += " ";
      const quoted = shellWord(w.word);
      const from = line.length + quoted.shift;
      const piece: FieldPiece = { from, to: from + w.word.length, leaf: w.leaf, at: w.at };
      if (w.offsets) piece.offsets = w.offsets;
      if (!quoted.exact) {
        piece.to = from + quoted.text.length - 2;
        piece.wholeEnd = w.offsets ? (w.offsets[w.word.length] as number) : w.at + w.word.length;
      }
      pieces.push(piece);
      line += quoted.text;
    }
    this.field(path, key, line, pieces);
  }
}
