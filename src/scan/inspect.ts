// The scan pipeline: request → input → lanes → policy → verdict. Synchronous and pure.
import { BulwarkError } from "../errors.js";
import type { Context, Finding, Verdict } from "../types.js";
import type { ScanInput } from "./input.js";
import { lanes } from "./lanes.js";
import { decide } from "./policy.js";
import { plainTextInput, requestInput, UNRECOGNISED_REQUEST } from "./request.js";
import { buildVerdict } from "./verdict.js";
import { shippedModel } from "../model/model.js";
import { learner } from "./learning.js";

/** Read on first scan, not at import: `train` must run even when models/ does not match the build. */
function modelVersion(): string {
  return shippedModel()?.card.version ?? "rules-only";
}

export function runLanes(input: ScanInput): Finding[] {
  const findings: Finding[] = [];
  for (const lane of lanes) {
    for (const finding of lane.scan(input)) findings.push(finding);
  }
  return findings;
}

export function scanInput(input: ScanInput, startedAt = performance.now()): Verdict {
  let findings = runLanes(input);
  const learning = learner();
  if (learning) findings = learning.adjust(input, findings);
  const stamp = { model_version: modelVersion(), learning_version: learning ? learning.version() : "none" };
  return buildVerdict(input, findings, decide(findings, input), stamp, startedAt);
}

/**
 * Scans text or any request shape of CONTRACT.md. A string is always plain text; an object must
 * be one of the known shapes (a BulwarkError otherwise).
 */
export function inspect(request: string | object, context: Context = {}): Verdict {
  const startedAt = performance.now();
  const input = typeof request === "string" ? plainTextInput(request, context) : requestInput(request, context);
  if (!input) throw new BulwarkError("invalid_request", UNRECOGNISED_REQUEST);
  return scanInput(input, startedAt);
}
