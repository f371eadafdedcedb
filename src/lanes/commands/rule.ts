// A command rule is data with its evidence: what it recognises, how bad it is, and examples of
// commands it must and must not match (run for every rule by rules.test.ts).
import type { Reason, Severity } from "../../types.js";
import type { Invocation, Resolution } from "./resolve.js";

export type CommandReason = Extract<Reason, "semantic:destructive_command" | "semantic:data_exfiltration">;

export interface CommandRule {
  readonly id: string;
  readonly description: string;
  readonly severity: Severity;
  readonly reason: CommandReason;
  /** Command names the rule looks at; absent: every invocation. */
  readonly names?: readonly string[];
  /** True (or a severity that overrides the default) when the invocation matches. */
  check(inv: Invocation, all: Resolution): boolean | Severity;
  readonly examples: { readonly positive: readonly string[]; readonly negative: readonly string[] };
}

/** A rule over the whole script (sequences such as read-a-secret then send). */
export interface ScriptRule {
  readonly id: string;
  readonly description: string;
  readonly severity: Severity;
  readonly reason: CommandReason;
  /** The invocation to report, when the script matches. */
  check(all: Resolution): Invocation | undefined;
  readonly examples: { readonly positive: readonly string[]; readonly negative: readonly string[] };
}
