// The typed library surface: synchronous where the scan is.
import { BulwarkError } from "./errors.js";
import { FeedbackLearner } from "./feedback/learner.js";
import { FeedbackStore } from "./feedback/store.js";
import { bulwarkHome } from "./home.js";
import { setLearner } from "./scan/learning.js";
import { inspect, inspectValue } from "./scan/inspect.js";
import type { Context, Verdict } from "./types.js";

export { detectCredentials, sanitize } from "./sanitize.js";

export { inspect, inspectValue, scanInput } from "./scan/inspect.js";

// Local feedback (BULWARK_HOME/feedback) adjusts every scan unless BULWARK_LEARNING=off.
if (process.env.BULWARK_LEARNING !== "off") {
  const home = bulwarkHome(process.env, false);
  setLearner(new FeedbackLearner(new FeedbackStore(home)));
}

/** A tool call about to run: shell, SQL, file writes and outbound sends are judged by the tool's name. */
export function inspectToolCall(name: string, args: unknown, context: Context = {}): Verdict {
  return inspect({ tool_name: name, tool_input: args ?? {} }, context);
}

/**
 * A tool's result before the model reads it (an MCP CallToolResult, or any JSON or text): every
 * string is scanned as itself with its key; `inspectValue` also returns the result redacted in place.
 */
export function inspectToolResult(result: unknown, context: Context = {}): Verdict {
  return inspectValue(result ?? null, { ...context, eval_surface: context.eval_surface ?? "tool_result" }).verdict;
}

/** Throws a BulwarkError (code "blocked", carrying the verdict) unless the call is allowed. */
export function assertSafeToolCall(name: string, args: unknown, context: Context = {}): Verdict {
  const verdict = inspectToolCall(name, args, context);
  if (verdict.action !== "allow") {
    throw new BulwarkError("blocked", `tool call ${name} ${verdict.action === "block" ? "blocked" : "needs review"}: ${verdict.reasons.join(", ")}`, verdict);
  }
  return verdict;
}
