// Credential detection and redaction on their own: no verdict, no lanes, no learning.
import { credentialDetector, toCredentialFinding } from "./lanes/credentials/detect.js";
import { applyRedactions } from "./scan/redact.js";
import type { CredentialFinding } from "./types.js";

/** Every credential in `text`, with its type, span and suggested environment variable. */
export function detectCredentials(text: string): CredentialFinding[] {
  return credentialDetector.detect(text).map(toCredentialFinding);
}

/** `text` with every credential replaced by `[REDACTED:<type>]`. */
export function sanitize(text: string): string {
  const matches = credentialDetector.detect(text);
  return applyRedactions(
    text,
    matches.map((m) => ({ start: m.start, end: m.end, type: m.rule.id })),
  );
}


/** Every string in a JSON value with its credentials redacted; structure and other values kept. */
export function sanitizeJson(value: unknown): unknown {
  if (typeof value === "string") return sanitize(value);
  if (Array.isArray(value)) return value.map(sanitizeJson);
  if (value !== null && typeof value === "object") {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = sanitizeJson(v);
    return out;
  }
  return value;
}
