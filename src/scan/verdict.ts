// Assembles the verdict: redacts secrets, cuts evidence from the redacted text, stamps ids.
import { createHash, hash } from "node:crypto";
import { applyRedactions, mapOffset, type Redaction } from "./redact.js";
import type { Finding, Verdict } from "../types.js";
import type { ScanInput } from "./input.js";
import type { Decision } from "./policy.js";

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

function evidenceOf(finding: Finding, sanitized: string, redactions: readonly Redaction[]): string {
  const start = mapOffset(finding.span[0], redactions, "start");
  const end = mapOffset(finding.span[1], redactions, "end");
  const slice = sanitized.slice(start, end);
  return slice.length > MAX_EVIDENCE ? `${slice.slice(0, MAX_EVIDENCE - 1)}…` : slice;
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

export function buildVerdict(
  input: ScanInput,
  findings: Finding[],
  decision: Decision,
  stamp: VersionStamp,
  startedAt: number,
): Verdict {
  const redactions = redactionsOf(findings);
  const sanitized = applyRedactions(input.text, redactions);
  for (const finding of findings) finding.evidence = evidenceOf(finding, sanitized, redactions);
  findings.sort((a, b) => a.span[0] - b.span[0] || a.lane.localeCompare(b.lane));
  return {
    suspicious: decision.action !== "allow",
    action: decision.action,
    reasons: decision.reasons,
    confidence: Math.round(decision.confidence * 1000) / 1000,
    findings,
    sanitized_text: sanitized,
    scan_id: scanId(input),
    model_version: stamp.model_version,
    learning_version: stamp.learning_version,
    elapsed_ms: Math.round((performance.now() - startedAt) * 1000) / 1000,
  };
}

/** One line for people and models: the reasons, the rules behind them, and the scan id. */
export function describeVerdict(v: Verdict): string {
  const rules = [...new Set(v.findings.map((f) => f.rule))].slice(0, 6).join(", ");
  return `${v.reasons.join(", ")}${rules ? ` (rules: ${rules})` : ""}; scan_id ${v.scan_id}`;
}
