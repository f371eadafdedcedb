// The scan pipeline: request → action → lanes → learning → policy → verdict. Synchronous and pure.
import { BulwarkError } from "../errors.js";
import type { Context, Finding, Verdict } from "../types.js";
import type { ScanInput } from "./input.js";
import type { ScanNotes } from "./lane.js";
import { lanes } from "./lanes.js";
import { decide } from "./policy.js";
import { plainTextInput, requestInput, UNRECOGNISED_REQUEST, valueInput } from "./request.js";
import { buildVerdict, type Scanned } from "./verdict.js";
import { shippedModel } from "../model/model.js";
import { learner } from "./learning.js";

/** Read on first scan, not at import: `train` must run even when models/ does not match the build. */
function modelVersion(): string {
  return shippedModel()?.card.version ?? "rules-only";
}

export function runLanes(input: ScanInput, notes?: ScanNotes): Finding[] {
  const findings: Finding[] = [];
  for (const lane of lanes) {
    for (const finding of lane.scan(input, notes)) findings.push(finding);
  }
  return findings;
}

/** The verdict and the request with its secrets redacted in place. */
export function scanAction(input: ScanInput, startedAt = performance.now()): Scanned {
  const notes: ScanNotes = { placeholders_skipped: 0 };
  let findings = runLanes(input, notes);
  const learning = learner();
  if (learning) findings = learning.adjust(input, findings);
  const stamp = { model_version: modelVersion(), learning_version: learning ? learning.version() : "none" };
  return buildVerdict(input, findings, decide(findings, input), stamp, startedAt, notes);
}

export function scanInput(input: ScanInput, startedAt = performance.now()): Verdict {
  return scanAction(input, startedAt).verdict;
}

/**
 * Scans text or any request shape of CONTRACT.md. A string is always plain text; an object must
 * be one of the known shapes (a BulwarkError otherwise).
 */
export function inspect(request: string | object, context: Context = {}): Verdict {
  return inspectRequest(request, context).verdict;
}

/** `inspect`, and the request itself with its secrets redacted in place (a copy; the request is not changed). */
export function inspectRequest(request: string | object, context: Context = {}): Scanned {
  const startedAt = performance.now();
  const input = typeof request === "string" ? plainTextInput(request, context) : requestInput(request, context);
  if (!input) throw new BulwarkError("invalid_request", UNRECOGNISED_REQUEST);
  return scanAction(input, startedAt);
}

/**
 * Any JSON value (a tool result, a resource, an error's data) scanned as itself, on the surface
 * the context names (`tool_result` by default), and returned with its secrets redacted in place.
 */
export function inspectValue<T>(value: T, context: Context = {}): { verdict: Verdict; sanitized: T } {
  const scanned = scanAction(valueInput(value, context));
  const sanitized = "value" in scanned.sanitized ? scanned.sanitized.value : scanned.sanitized.text;
  return { verdict: scanned.verdict, sanitized: sanitized as T };
}
