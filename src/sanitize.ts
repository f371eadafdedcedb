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

