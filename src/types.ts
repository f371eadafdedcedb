// The public shapes of Bulwark: what callers send and what every entry point answers.
// Field names here are part of the contract (docs/CONTRACT.md); add, never rename.

export const SURFACES = [
  "user_prompt",
  "retrieved_content",
  "tool_result",
  "tool_call_args",
  "tool_description",
  "model_output",
  "memory_write",
  "outbound_message",
  /** A command line about to run: judged as a shell tool's command. */
  "shell_command",
  /** Source code being written or read: secrets, commands it runs, comments aimed at an agent. */
  "code",
] as const;
export type Surface = (typeof SURFACES)[number];

export const TRACE_STAGES = ["pre_context", "action", "observation", "output"] as const;
export type TraceStage = (typeof TRACE_STAGES)[number];

export const PROFILES = ["balanced", "strict", "permissive"] as const;
export type Profile = (typeof PROFILES)[number];

export interface Context {
  eval_surface?: Surface;
  trace_stage?: TraceStage;
  tool_name?: string;
  destination?: string;
  policy_scope?: string;
  profile?: Profile;
}

export type Action = "allow" | "review" | "block";

export const REASONS = [
  "detected:credential",
  "semantic:prompt_injection",
  "semantic:system_prompt_extraction",
  "semantic:data_exfiltration",
  "semantic:sensitive_data_request",
  "semantic:safety_bypass",
  "semantic:destructive_command",
  "policy:dangerous_tool_call",
  "policy:credential_disclosure",
  "policy:tool_poisoning",
  "policy:tool_definition_changed",
  /** An action held because of what the session read before; the finding names the earlier result. */
  "policy:untrusted_flow",
  "learning:local_allow_match",
  "learning:local_block_match",
  "learning:local_review_match",
] as const;
/** A reason label; `obfuscation:<kind>` labels are open-ended. */
export type Reason = (typeof REASONS)[number] | `obfuscation:${string}`;

export type Severity = "low" | "medium" | "high" | "critical";

/** What a lane reports: a rule that matched a span of the scanned text. */
export interface Finding {
  lane: string;
  reason: Reason;
  rule: string;
  confidence: number;
  /** [start, end) in UTF-16 code units of the scanned text. */
  span: [number, number];
  severity: Severity;
  /** Further reasons the finding implies (e.g. a dangerous call is also a destructive command). */
  also?: Reason[];
  /** Set by credential findings: the span is a secret and is redacted from every output. */
  secret?: { type: string; env_var: string };
  /** Filled by the verdict step from the sanitized text: never contains a secret. */
  evidence?: string;
}

export interface Verdict {
  suspicious: boolean;
  action: Action;
  reasons: Reason[];
  confidence: number;
  findings: Finding[];
  sanitized_text: string;
  scan_id: string;
  model_version: string;
  learning_version: string;
  elapsed_ms: number;
  /** Values shaped like secrets skipped as known placeholders (AWS's AKIAIOSFODNN7EXAMPLE, `your_api_key`…); absent when none. */
  placeholders_skipped?: number;
}

export interface CredentialFinding {
  type: string;
  description: string;
  span: [number, number];
  confidence: number;
  env_var: string;
  redacted: string;
}
