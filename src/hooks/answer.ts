// What every agent adapter answers, and the answer when Bulwark cannot judge an event.
//
// A hook answers in one of three ways: JSON on stdout (the agent's own decision fields), nothing
// (the agent's normal permission flow goes on), or exit code 2 with a reason on stderr, which
// Claude Code, Cursor, Gemini CLI and Codex all read as "block this". A hook never answers
// "allow": in every agent that skips the agent's own permission prompt.

export interface HookAnswer {
  /** JSON for stdout, or undefined to stay silent. */
  output?: Record<string, unknown>;
  /** One line for stderr: a note when the exit code is 0, the blocking reason when it is 2. */
  warning?: string;
  /** 0 (default), or 2 to block through the exit code. */
  exitCode?: 0 | 2;
}

/** Pre-action events run before something happens and can stop it; post events come after. */
export type Phase = "pre" | "post";

/** What to do with an event Bulwark cannot judge (unknown, malformed, or a scan that failed). */
export type FailMode = "open" | "closed";

export const FAIL_MODES: readonly FailMode[] = ["open", "closed"];

export interface HookOptions {
  /** The user's choice; by default closed for pre-action events and open for the rest. */
  fail?: FailMode;
}

/** An event that names a known hook but lacks what its check needs. */
export class HookEventError extends Error {}

/** Unknown events are judged by their name: before*, Pre*, Before* run before an action. */
export function phaseOfName(name: string | undefined): Phase {
  return name === undefined || /^(pre|before)/i.test(name) ? "pre" : "post";
}

/** An event name as it may appear in a message: a plain identifier, never arbitrary input. */
export function nameForMessage(name: string | undefined): string {
  // Event names are words of letters (PreToolUse, beforeShellExecution): anything else may be a
  // token pasted into the field, and stderr reaches the model.
  if (name === undefined) return "an unnamed event";
  return /^[A-Za-z]{1,48}$/.test(name) ? `"${name}"` : `an event with an unexpected name (${name.length} characters)`;
}

/**
 * The answer for an event Bulwark cannot judge: closed blocks through exit code 2 (which every
 * supported agent honours, whatever the event), open says nothing and notes why on stderr.
 * `silent` is the agent's way of saying nothing (no output, or `{}` where the agent wants JSON).
 */
export function unjudged(agent: string, phase: Phase, opts: HookOptions, why: string, silent?: Record<string, unknown>): HookAnswer {
  const mode = opts.fail ?? (phase === "pre" ? "closed" : "open");
  if (mode === "closed") {
    return { exitCode: 2, warning: `Bulwark (${agent} hook): ${why}; blocked (--fail closed). Run \`bulwark doctor\` or pass --fail open to let such events through.` };
  }
  const answer: HookAnswer = { warning: `Bulwark (${agent} hook): ${why}; allowing (--fail open)` };
  if (silent) answer.output = silent;
  return answer;
}
