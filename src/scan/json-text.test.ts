import { describe, expect, it } from "vitest";
import { Rng } from "../rng.js";
import { MAX_DEPTH, parseJsonText, plainValue, rawOffset, type JsonNode } from "./json-text.js";

function strings(node: JsonNode, out: Array<Extract<JsonNode, { kind: "string" }>> = []): typeof out {
  if (node.kind === "string") out.push(node);
  else if (node.kind === "array") for (const item of node.items) strings(item, out);
  else if (node.kind === "object") {
    for (const e of node.entries) {
      out.push({ kind: "string", value: e.key, raw: e.keyRaw });
      strings(e.value, out);
    }
  }
  return out;
}

const PIECES = ["a", "é", "中", "😀", '"', "\\", "\n", "\t", "\u0001", "/", " ", "ghp_", "\u2028", "\ud83c\udff4"];

function randomString(rng: Rng): string {
  let s = "";
  const n = rng.int(12);
  for (let i = 0; i < n; i++) s += PIECES[rng.int(PIECES.length)];
  return s;
}

function randomValue(rng: Rng, depth: number): unknown {
  const pick = rng.int(depth > 3 ? 3 : 6);
  if (pick === 0) return randomString(rng);
  if (pick === 1) return rng.int(1000) - 500;
  if (pick === 2) return [true, false, null][rng.int(3)];
  if (pick === 3) return Array.from({ length: rng.int(4) }, () => randomValue(rng, depth + 1));
  const obj: Record<string, unknown> = {};
  for (let i = rng.int(4); i > 0; i--) obj[randomString(rng)] = randomValue(rng, depth + 1);
  return obj;
}

describe("JSON text with positions", () => {
  it("decodes like JSON.parse, and every decoded character maps to where it sits in the raw text", () => {
    const rng = new Rng(7);
    for (let round = 0; round < 400; round++) {
      const value = { v: randomValue(rng, 0) };
      for (const text of [JSON.stringify(value), JSON.stringify(value, null, 2), JSON.stringify(value).replace(/[\u00e9\u4e2d]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`)]) {
        const node = parseJsonText(text);
        expect(node, text).toBeDefined();
        expect(plainValue(node as JsonNode)).toEqual(JSON.parse(text));
        for (const s of strings(node as JsonNode)) {
          // Re-decoding the raw slice of each character gives the character back.
          const rebuilt = [...Array(s.value.length).keys()].map((k) => JSON.parse(`"${text.slice(rawOffset(s.raw, k), rawOffset(s.raw, k + 1))}"`) as string).join("");
          // A \uXXXX escape of a surrogate half decodes alone; the pieces join to the same string.
          expect(rebuilt, text).toBe(s.value);
          expect(rawOffset(s.raw, s.value.length)).toBe(s.raw.end);
        }
      }
    }
  });

  it("keeps duplicate keys, in order", () => {
    const node = parseJsonText('{"a": "1", "a": "2"}');
    expect(node?.kind === "object" && node.entries.map((e) => e.key)).toEqual(["a", "a"]);
  });

  it("is not JSON: text, scalars, trailing garbage, bad escapes, nesting past the limit", () => {
    for (const text of ["hello", '"a string"', "42", '{"a": 1} x', '{"a": "\\q"}', "{a: 1}", "[1, 2,]", '{"a": "b\nc"}', `${"[".repeat(MAX_DEPTH + 2)}${"]".repeat(MAX_DEPTH + 2)}`]) {
      expect(parseJsonText(text), text).toBeUndefined();
    }
    expect(parseJsonText(`${"[".repeat(MAX_DEPTH)}${"]".repeat(MAX_DEPTH)}`)).toBeDefined();
  });
});
