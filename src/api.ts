// The typed library surface: synchronous where the scan is.
import { BulwarkError } from "./errors.js";
import { credentialDetector, toCredentialFinding } from "./lanes/credentials/detect.js";
import { inspect } from "./scan/inspect.js";
import { applyRedactions } from "./scan/redact.js";
import type { Context, CredentialFinding, Verdict } from "./types.js";

export { inspect, scanInput } from "./scan/inspect.js";

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

/** A tool call about to run: shell, SQL, file writes and outbound sends are judged by the tool's name. */
export function inspectToolCall(name: string, args: unknown, context: Context = {}): Verdict {
  return inspect({ tool_name: name, tool_input: args ?? {} }, context);
}

/** A tool's result before the model reads it (an MCP CallToolResult, or any JSON or text). */
export function inspectToolResult(result: unknown, context: Context = {}): Verdict {
  if (typeof result === "string") return inspect(result, { ...context, eval_surface: context.eval_surface ?? "tool_result" });
  return inspect({ text: JSON.stringify(result ?? null), context: { ...context, eval_surface: context.eval_surface ?? "tool_result" } });
}

/** Throws a BulwarkError (code "blocked", carrying the verdict) unless the call is allowed. */
export function assertSafeToolCall(name: string, args: unknown, context: Context = {}): Verdict {
  const verdict = inspectToolCall(name, args, context);
  if (verdict.action !== "allow") {
    throw new BulwarkError("blocked", `tool call ${name} ${verdict.action === "block" ? "blocked" : "needs review"}: ${verdict.reasons.join(", ")}`, verdict);
  }
  return verdict;
}
