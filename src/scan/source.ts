// From the scanned text back to the request: a redaction found in the flattened text is made in
// the string of the request its characters came from (a JSON value's string, an argv word, a
// JSON text's bytes), so every output keeps the request's own shape with the secrets gone.
import type { FieldPiece, LeafPath, ScanInput, TextField } from "./input.js";
import { applyRedactions, type Redaction } from "./redact.js";

/** Fields in order of `start`, with the one holding an offset found by binary search. */
function fieldAt(fields: readonly TextField[], offset: number): number {
  let lo = 0;
  let hi = fields.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const f = fields[mid] as TextField;
    if (offset < f.start) hi = mid - 1;
    else if (offset >= f.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}

function rawAt(piece: FieldPiece, k: number): number {
  return piece.offsets ? (piece.offsets[k] as number) : piece.at + k;
}

interface LeafRedaction extends Redaction {
  isKey: boolean;
}

function leafKey(leaf: LeafPath): string {
  return JSON.stringify(leaf);
}

/** Every redaction of the scanned text, as ranges of the request's own strings. */
export function redactionsBySource(input: ScanInput, redactions: readonly Redaction[]): Map<string, { leaf: LeafPath; ranges: LeafRedaction[] }> {
  const out = new Map<string, { leaf: LeafPath; ranges: LeafRedaction[] }>();
  const add = (piece: FieldPiece, start: number, end: number, type: string) => {
    const key = `${piece.isKey ? "k" : "v"}${leafKey(piece.leaf)}`;
    let entry = out.get(key);
    if (!entry) out.set(key, (entry = { leaf: piece.leaf, ranges: [] }));
    entry.ranges.push({ start, end, type, isKey: piece.isKey === true });
  };
  for (const r of redactions) {
    // A redaction may span several fields (rare): each field's part is redacted in its own string.
    let i = fieldAt(input.fields, r.start);
    if (i < 0) i = input.fields.findIndex((f) => f.end > r.start);
    for (; i >= 0 && i < input.fields.length; i++) {
      const f = input.fields[i] as TextField;
      if (f.start >= r.end) break;
      const from = Math.max(r.start, f.start) - f.start;
      const to = Math.min(r.end, f.end) - f.start;
      for (const piece of f.pieces ?? []) {
        if (piece.to <= from || piece.from >= to) continue;
        if (piece.wholeEnd !== undefined) {
          add(piece, rawAt(piece, 0), piece.wholeEnd, r.type);
          continue;
        }
        const a = Math.max(from, piece.from) - piece.from;
        const b = Math.min(to, piece.to) - piece.from;
        add(piece, rawAt(piece, a), rawAt(piece, b), r.type);
      }
    }
  }
  for (const entry of out.values()) entry.ranges.sort((x, y) => x.start - y.start);
  return out;
}

/** The redactions that fall in a text request's own text, in its offsets, sorted and merged. */
export function callerTextRedactions(input: ScanInput, redactions: readonly Redaction[]): Redaction[] {
  if (!("text" in input.source)) return [];
  const own = redactionsBySource(input, redactions).get(`v${leafKey([])}`);
  return own ? merged(own.ranges, input.source.text.length) : [];
}

function merged(ranges: readonly LeafRedaction[], length: number): Redaction[] {
  const out: Redaction[] = [];
  for (const r of ranges) {
    const end = Math.min(r.end, length);
    const last = out[out.length - 1];
    if (last && r.start < last.end) {
      last.end = Math.max(last.end, end);
      continue;
    }
    out.push({ start: r.start, end, type: r.type });
  }
  return out;
}

function redactString(value: string, ranges: readonly LeafRedaction[]): string {
  return applyRedactions(value, merged(ranges, value.length));
}

/** A copy of `value` with the strings (and keys) at the given leaves redacted; the rest shared. */
function redactValue(value: unknown, edits: Map<string, { leaf: LeafPath; ranges: LeafRedaction[] }>): unknown {
  let out = value;
  // Values before keys, deeper keys first: a rename never moves a path another edit still uses.
  const ordered = [...edits.values()].sort((a, b) => Number(a.ranges[0]?.isKey) - Number(b.ranges[0]?.isKey) || b.leaf.length - a.leaf.length);
  for (const { leaf, ranges } of ordered) {
    const isKey = ranges[0]?.isKey === true;
    out = replaceAt(out, leaf, 0, (old, parent, name) => {
      if (isKey && parent && typeof name === "string") return { rename: redactString(name, ranges) };
      return typeof old === "string" ? { value: redactString(old, ranges) } : { value: old };
    });
  }
  return out;
}

type Replacement = { value: unknown } | { rename: string };

function replaceAt(node: unknown, leaf: LeafPath, depth: number, edit: (old: unknown, parent: unknown, name: string | number | undefined) => Replacement): unknown {
  if (depth === leaf.length) {
    const r = edit(node, undefined, undefined);
    return "value" in r ? r.value : node;
  }
  const step = leaf[depth] as string | number;
  if (Array.isArray(node) && typeof step === "number") {
    const copy = node.slice();
    copy[step] = replaceAt(node[step], leaf, depth + 1, edit);
    return copy;
  }
  if (typeof node === "object" && node !== null && typeof step === "string") {
    const obj = node as Record<string, unknown>;
    if (depth === leaf.length - 1) {
      const r = edit(obj[step], obj, step);
      if ("rename" in r) {
        // Keep the key order: rebuild the object with the key renamed in its place.
        const copy: Record<string, unknown> = {};
        for (const k of Object.keys(obj)) copy[k === step ? r.rename : k] = obj[k];
        return copy;
      }
      return { ...obj, [step]: r.value };
    }
    return { ...obj, [step]: replaceAt(obj[step], leaf, depth + 1, edit) };
  }
  return node;
}

/**
 * The request with every redaction made in place: for a text request, its text (a JSON text keeps
 * its bytes around the secrets); for a structured request, a copy of the JSON value.
 */
export function sanitizedSource(input: ScanInput, redactions: readonly Redaction[]): { text: string } | { value: unknown } {
  if ("text" in input.source) {
    if (redactions.length === 0) return input.source;
    if (input.source.text === input.text) return { text: applyRedactions(input.text, redactions) };
    return { text: applyRedactions(input.source.text, callerTextRedactions(input, redactions)) };
  }
  if (redactions.length === 0) return input.source;
  return { value: redactValue(input.source.value, redactionsBySource(input, redactions)) };
}

/** An offset of the scanned text in the text of a text request (a field's first character when between fields). */
export function sourceOffset(input: ScanInput, offset: number, side: "start" | "end"): number | undefined {
  if (!("text" in input.source)) return undefined;
  if (input.source.text === input.text) return offset;
  const fields = input.fields;
  let i = fieldAt(fields, side === "end" && offset > 0 ? offset - 1 : offset);
  if (i < 0) {
    // Between fields (a `key: ` prefix): the nearest field on the side the span lies.
    i = side === "start" ? fields.findIndex((f) => f.start >= offset) : findLast(fields, (f) => f.end <= offset);
    if (i < 0) return undefined;
    const f = fields[i] as TextField;
    offset = side === "start" ? f.start : f.end;
  }
  const f = fields[i] as TextField;
  const k = offset - f.start;
  const piece = f.pieces?.find((p) => p.from <= k && k <= p.to && p.leaf.length === 0);
  if (!piece) return undefined;
  if (piece.wholeEnd !== undefined) return side === "start" ? rawAt(piece, 0) : piece.wholeEnd;
  return rawAt(piece, k - piece.from);
}

function findLast<T>(items: readonly T[], test: (item: T) => boolean): number {
  for (let i = items.length - 1; i >= 0; i--) if (test(items[i] as T)) return i;
  return -1;
}
