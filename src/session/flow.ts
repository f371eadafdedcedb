// Flow control: what a session has read decides what it may do next. Once it has read untrusted
// content and holds private data, an outbound call is held for review, and blocked if it carries
// one of the private values the session read (in any encoding); a destructive call after
// untrusted content is held. Each decision names the earlier results that caused it.
import type { Finding, Verdict } from "../types.js";
import type { Capability } from "./capabilities.js";
import { carriedFingerprints, fingerprintsOf, MAX_FINGERPRINTS } from "./fingerprints.js";

/** An earlier result that tainted the session: which tool, when, and the scan that saw it. */
export interface Source {
  tool: string;
  time: string;
  scan_id: string;
}

export type SessionEvent =
  | ({ kind: "untrusted" } & Source)
  | ({ kind: "private"; fingerprints: string[] } & Source);

export class SessionState {
  readonly untrusted: Source[] = [];
  readonly private: Source[] = [];
  readonly fingerprints = new Set<string>();

  apply(event: SessionEvent): void {
    const { tool, time, scan_id } = event;
    if (event.kind === "untrusted") this.untrusted.push({ tool, time, scan_id });
    else {
      this.private.push({ tool, time, scan_id });
      for (const f of event.fingerprints) {
        if (this.fingerprints.size >= MAX_FINGERPRINTS) break;
        this.fingerprints.add(f);
      }
    }
  }
}

export interface FlowRule {
  /** Capabilities the session must have read (all of them) for the rule to apply. */
  after: Array<"reads_untrusted" | "reads_private">;
  review?: Capability[];
  deny?: Capability[];
}

export interface FlowPolicy {
  mode: "enforce" | "monitor" | "off";
  /** Tools whose calls flow rules never hold. */
  exempt: string[];
  rules: FlowRule[];
}

export const DEFAULT_FLOW: FlowPolicy = { mode: "enforce", exempt: [], rules: [] };

export interface FlowDecision {
  action: "review" | "block";
  rule: string;
  because: Source[];
  /** For people: what was read and what the call would do. Never the data. */
  detail: string;
}

function named(sources: readonly Source[]): string {
  const last = sources.slice(-2);
  return last.map((s) => `${s.tool} at ${s.time} (${s.scan_id.slice(0, 19)}…)`).join(", ");
}

/** The decision for a call with these capabilities and argument strings, if flow control holds it. */
export function judgeCall(state: SessionState, tool: string, capabilities: readonly Capability[], argStrings: readonly string[], policy: FlowPolicy = DEFAULT_FLOW): FlowDecision | undefined {
  if (policy.mode === "off" || policy.exempt.includes(tool)) return undefined;
  const caps = new Set(capabilities);
  const untrusted = state.untrusted.length > 0;
  const holdsPrivate = state.private.length > 0;
  if (caps.has("egress") && untrusted) {
    const carried = carriedFingerprints(argStrings, state.fingerprints);
    if (carried.length > 0) {
      return { action: "block", rule: "private-value-egress", because: [...state.untrusted.slice(-1), ...state.private.slice(-1)], detail: `${tool} would send ${carried.length} value(s) this session read from ${named(state.private)}, after untrusted content from ${named(state.untrusted)}` };
    }
    if (holdsPrivate) {
      return { action: "review", rule: "untrusted-private-egress", because: [...state.untrusted.slice(-1), ...state.private.slice(-1)], detail: `${tool} sends data out after this session read untrusted content (${named(state.untrusted)}) and private data (${named(state.private)})` };
    }
  }
  if (caps.has("destructive") && untrusted) {
    return { action: "review", rule: "untrusted-destructive", because: state.untrusted.slice(-1), detail: `${tool} is destructive and this session read untrusted content (${named(state.untrusted)})` };
  }
  for (const [i, rule] of policy.rules.entries()) {
    const read = rule.after.every((c) => (c === "reads_untrusted" ? untrusted : holdsPrivate));
    if (!read) continue;
    const because = [...(rule.after.includes("reads_untrusted") ? state.untrusted.slice(-1) : []), ...(rule.after.includes("reads_private") ? state.private.slice(-1) : [])];
    const after = rule.after.join(" + ");
    if (rule.deny?.some((c) => caps.has(c))) return { action: "block", rule: `policy-flow-rule-${i + 1}`, because, detail: `policy: after ${after}, deny ${rule.deny.join(", ")} (${tool})` };
    if (rule.review?.some((c) => caps.has(c))) return { action: "review", rule: `policy-flow-rule-${i + 1}`, because, detail: `policy: after ${after}, review ${rule.review.join(", ")} (${tool})` };
  }
  return undefined;
}

/** What a tool's result adds to the session: untrusted content, private data (with fingerprints), both or nothing. */
export function observeResult(tool: string, capabilities: readonly Capability[], verdict: Verdict, resultStrings: readonly string[], time = new Date().toISOString()): SessionEvent[] {
  const events: SessionEvent[] = [];
  const source = { tool, time, scan_id: verdict.scan_id };
  const injected = verdict.reasons.some((r) => r.startsWith("semantic:") || r === "policy:tool_poisoning" || r.startsWith("obfuscation:"));
  if (capabilities.includes("reads_untrusted") || injected) events.push({ kind: "untrusted", ...source });
  if (capabilities.includes("reads_private") || verdict.reasons.includes("detected:credential")) {
    events.push({ kind: "private", ...source, fingerprints: fingerprintsOf(resultStrings) });
  }
  return events;
}

/** The verdict with the flow decision added: its finding, its reason, the stronger action. */
export function withFlow(verdict: Verdict, decision: FlowDecision): Verdict {
  const finding: Finding = {
    lane: "flow",
    reason: "policy:untrusted_flow",
    rule: decision.rule,
    confidence: decision.action === "block" ? 0.95 : 0.8,
    span: [0, 0],
    severity: decision.action === "block" ? "critical" : "medium",
    evidence: decision.detail,
  };
  const action = verdict.action === "block" || decision.action === "block" ? "block" : "review";
  return {
    ...verdict,
    suspicious: true,
    action,
    reasons: verdict.reasons.includes("policy:untrusted_flow") ? verdict.reasons : [...verdict.reasons, "policy:untrusted_flow"],
    confidence: Math.max(verdict.confidence, finding.confidence),
    // First, so the audit's first pieces of evidence name the chain.
    findings: [finding, ...verdict.findings],
  };
}
