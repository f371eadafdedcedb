// Assembles the verdict: redacts secrets, cuts evidence from the redacted text, stamps ids.
// A text request is answered in its own terms (spans, evidence and sanitized_text refer to the
// caller's text, even when it was read as JSON); a structured one in its flattened text.
import { createHash, hash } from "node:crypto";
import { applyRedactions, offsetMap, type Redaction } from "./redact.js";
import type { Finding, Verdict } from "../types.js";
import type { ScanInput } from "./input.js";
import type { ScanNotes } from "./lane.js";
import type { Decision } from "./policy.js";
import { callerTextRedactions, sanitizedSource, sourceOffset } from "./source.js";

export const MAX_EVIDENCE = 200;

export interface VersionStamp {
  model_version: string;
  learning_version: string;
}

/** Non-overlapping secret spans, sorted by start. */
export function redactionsOf(findings: readonly Finding[]): Redaction[] {
  const spans = findings
    .filter((f) => f.secret !== undefined)
    .map((f) => ({ start: f.span[0], end: f.span[1], type: f.secret?.type ?? "secret" }))
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Redaction[] = [];
  for (const span of spans) {
    const last = out[out.length - 1];
    if (last && span.start < last.end) {
      last.end = Math.max(last.end, span.end);
      continue;
    }
    out.push(span);
  }
  return out;
}

const HIGH = (c: number) => c >= 0xd800 && c <= 0xdbff;
const LOW = (c: number) => c >= 0xdc00 && c <= 0xdfff;

/** Does offset `i` fall between the two halves of a surrogate pair? */
function splitsPair(text: string, i: number): boolean {
  return i > 0 && i < text.length && LOW(text.charCodeAt(i)) && HIGH(text.charCodeAt(i - 1));
}

/** `[start, end)` widened so it never cuts a surrogate pair (UTF-16 offsets): a span keeps its characters whole. */
export function codePointSpan(text: string, start: number, end: number): [number, number] {
  let a = Math.max(0, Math.min(start, text.length));
  let b = Math.max(a, Math.min(end, text.length));
  if (splitsPair(text, a)) a--;
  if (splitsPair(text, b)) b++;
  return [a, b];
}

/** At most `max` UTF-16 units of `text`, cut between code points, with `…` when cut. */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  const end = splitsPair(text, max - 1) ? max - 2 : max - 1;
  return `${text.slice(0, end)}…`;
}

const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** Lone surrogates (from `\ud800` escapes in JSON input) become U+FFFD: output is valid UTF-8. */
export function wellFormed(text: string): string {
  return /[\ud800-\udfff]/.test(text) ? text.replace(LONE_SURROGATE, "\ufffd") : text;
}

function evidenceOf(span: [number, number], sanitized: string, map: ReturnType<typeof offsetMap>): string {
  const [start, end] = codePointSpan(sanitized, map(span[0], "start"), map(span[1], "end"));
  return wellFormed(truncate(sanitized.slice(start, end), MAX_EVIDENCE));
}

/** A text request read as JSON: its spans and redactions in the caller's own text. */
function inCallerText(input: ScanInput, findings: Finding[], redactions: readonly Redaction[], sanitized: string): void {
  const text = (input.source as { text: string }).text;
  const own = offsetMap(callerTextRedactions(input, redactions));
  for (const finding of findings) {
    const start = sourceOffset(input, finding.span[0], "start") ?? 0;
    const end = sourceOffset(input, finding.span[1], "end") ?? text.length;
    finding.span = codePointSpan(text, start, Math.max(start, end));
    finding.evidence = evidenceOf(finding.span, sanitized, own);
  }
}

/** Above this, the text is streamed into the hash rather than copied into one string with the context. */
const STREAM_HASH_FROM = 64 * 1024;

export function scanId(input: ScanInput): string {
  const tail = `\u0000${JSON.stringify(input.context)}`;
  // Short texts: a one-shot hash has less overhead. Long ones: the same digest, streamed, without
  // joining (and so copying) the whole text first.
  if (input.text.length < STREAM_HASH_FROM) return `sha256:${hash("sha256", `${input.text}${tail}`, "hex")}`;
  return `sha256:${createHash("sha256").update(input.text).update(tail).digest("hex")}`;
}

export interface Scanned {
  verdict: Verdict;
  /** The request with its secrets redacted in place: its text, or a copy of its JSON value. */
  sanitized: { text: string } | { value: unknown };
  /** The action that was scanned (flow control reads what the call does from it). */
  input: ScanInput;
}

export function buildVerdict(
  input: ScanInput,
  findings: Finding[],
  decision: Decision,
  stamp: VersionStamp,
  startedAt: number,
  notes?: ScanNotes,
): Scanned {
  const redactions = redactionsOf(findings);
  const sanitized = sanitizedSource(input, redactions);
  let sanitizedText: string;
  if ("text" in sanitized && "text" in input.source && input.source.text !== input.text) {
    sanitizedText = sanitized.text;
    inCallerText(input, findings, redactions, sanitizedText);
  } else {
    sanitizedText = "text" in sanitized && "text" in input.source ? sanitized.text : applyRedactions(input.text, redactions);
    const map = offsetMap(redactions);
    for (const finding of findings) {
      finding.span = codePointSpan(input.text, finding.span[0], finding.span[1]);
      finding.evidence = evidenceOf(finding.span, sanitizedText, map);
    }
  }
  findings.sort((a, b) => a.span[0] - b.span[0] || a.lane.localeCompare(b.lane));
  const verdict: Verdict = {
    suspicious: decision.action !== "allow",
    action: decision.action,
    reasons: decision.reasons,
    confidence: Math.round(decision.confidence * 1000) / 1000,
    findings,
    sanitized_text: wellFormed(sanitizedText),
    scan_id: scanId(input),
    model_version: stamp.model_version,
    learning_version: stamp.learning_version,
    elapsed_ms: Math.round((performance.now() - startedAt) * 1000) / 1000,
  };
  if (notes && notes.placeholders_skipped > 0) verdict.placeholders_skipped = notes.placeholders_skipped;
  return { verdict, sanitized, input };
}

/** One line for people and models: the reasons, the rules behind them, and the scan id. */
export function describeVerdict(v: Verdict): string {
  const rules = [...new Set(v.findings.map((f) => f.rule))].slice(0, 6).join(", ");
  return `${v.reasons.join(", ")}${rules ? ` (rules: ${rules})` : ""}; scan_id ${v.scan_id}`;
}
