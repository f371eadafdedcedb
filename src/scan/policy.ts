// Context decides: the same finding is allowed, reviewed or blocked depending on where the text
// is headed and the caller's profile.
import type { Action, Finding, Reason } from "../types.js";
import type { ScanInput } from "./input.js";
import { requestBodySpans } from "./request-body.js";
import { isOutbound } from "./tool-kind.js";

export interface Decision {
  action: Action;
  reasons: Reason[];
  confidence: number;
}

const RANK: Record<Action, number> = { allow: 0, review: 1, block: 2 };

export function strongest(a: Action, b: Action): Action {
  return RANK[a] >= RANK[b] ? a : b;
}

/**
 * Text that leaves the machine or persists: secrets here are disclosures, not just sightings.
 * A tool that declares `openWorldHint` talks to the outside world (hints may only raise the level).
 */
export function isOutboundInput(input: ScanInput): boolean {
  const surface = input.context.eval_surface;
  if (surface === "outbound_message" || surface === "memory_write") return true;
  if (surface !== "tool_call_args") return false;
  if (input.context.destination) return true;
  const call = input.toolCall;
  return call !== undefined && (isOutbound(call.kind) || call.annotations?.openWorldHint === true);
}

const CREDENTIAL_NAME = /pass(?:word|wd|phrase)?|pwd|secret|token|api[_-]?key|access[_-]?key|auth|credential|private[_-]?key/i;

/**
 * A secret handed to a local tool under a credential-named argument (`login(password=…)`,
 * `{"access_token": …}`) is going where it belongs: allowed, still redacted everywhere.
 */
function credentialArgument(finding: Finding, input: ScanInput): boolean {
  if (input.context.eval_surface !== "tool_call_args") return false;
  if (finding.rule.startsWith("generic-")) return true; // matched as `<credential name> = value`
  const [start, end] = finding.span;
  const field = input.fields.find((f) => f.start <= start && end <= f.end);
  return field?.key !== undefined && CREDENTIAL_NAME.test(field.key);
}

/** The classifier's labels for text addressed to the model itself (not data, not commands). */
const ADDRESS_LABELS = new Set<Reason>(["semantic:safety_bypass"]);
/** On a user's own prompt, the classifier alone must be this sure before it is worth a look. */
export const USER_PROMPT_MODEL_BAR = 0.9;

/**
 * A user's own prompt that role-plays, asks the assistant to take a persona or start over, or asks
 * about system prompts is the user's business: the classifier alone, without a rule that knows
 * the template, at most asks for review there (block in strict), and only when it is very sure.
 * Text aimed at the agent inside data keeps the classifier's full weight.
 */
function userPromptModelOnly(finding: Finding, findings: readonly Finding[], input: ScanInput): Action | undefined {
  if (input.context.eval_surface !== "user_prompt" || !finding.rule.startsWith("model:") || !ADDRESS_LABELS.has(finding.reason)) return undefined;
  if (findings.some((f) => f.reason === finding.reason && !f.rule.startsWith("model:"))) return undefined;
  const profile = input.context.profile;
  if (profile === "permissive") return "allow";
  if (finding.confidence < USER_PROMPT_MODEL_BAR) return profile === "strict" ? "review" : "allow";
  return profile === "strict" ? "block" : "review";
}

function actionFor(finding: Finding, input: ScanInput, outbound: boolean, findings: readonly Finding[]): Action {
  const profile = input.context.profile;
  const ownPrompt = userPromptModelOnly(finding, findings, input);
  if (ownPrompt) return ownPrompt;
  if (finding.reason === "detected:credential") {
    // A secret being read is redacted and reviewed; a secret being sent is stopped.
    if (outbound || profile === "strict") return "block";
    return credentialArgument(finding, input) ? "allow" : "review";
  }
  switch (finding.severity) {
    case "critical":
      return "block";
    case "high":
      return profile === "permissive" ? "review" : "block";
    case "medium":
      return profile === "strict" ? "block" : "review";
    case "low":
      return profile === "strict" ? "review" : "allow";
  }
}

/** A secret in the body of an HTTP request a shell command makes (`curl -d token=…`) is being sent out. */
function inRequestBody(finding: Finding, input: ScanInput): boolean {
  if (input.context.eval_surface !== "tool_call_args" || input.commands.length === 0) return false;
  const [start, end] = finding.span;
  return input.commands.some((i) => {
    const field = input.fields[i];
    if (!field || start < field.start || end > field.end) return false;
    const text = input.text.slice(field.start, field.end);
    return requestBodySpans(text).some(([a, b]) => start - field.start >= a && end - field.start <= b);
  });
}

export function decide(findings: readonly Finding[], input: ScanInput): Decision {
  const outbound = isOutboundInput(input);
  let action: Action = "allow";
  let confidence = 0;
  const reasons = new Set<Reason>();
  for (const finding of findings) {
    const sent = outbound || (finding.reason === "detected:credential" && inRequestBody(finding, input));
    const own = actionFor(finding, input, sent, findings);
    // Local feedback is always named in the reasons, even when it lets the text through.
    if (finding.reason.startsWith("learning:")) reasons.add(finding.reason);
    if (own === "allow") continue;
    action = strongest(action, own);
    confidence = Math.max(confidence, finding.confidence);
    reasons.add(finding.reason);
    for (const reason of finding.also ?? []) reasons.add(reason);
    if (finding.reason === "detected:credential" && sent) reasons.add("policy:credential_disclosure");
  }
  return { action, reasons: [...reasons], confidence };
}
