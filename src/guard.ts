// guardMcpServer: checks an @modelcontextprotocol/sdk McpServer's tool calls and results in
// process. Typed structurally so the SDK stays an optional peer, not a dependency.
import { inspectToolCall, inspectValue } from "./api.js";
import type { Verdict } from "./types.js";

type ToolCallback = (...args: unknown[]) => unknown;

/**
 * An McpServer (SDK v1). Typed as any object: the guard reaches its `tool`/`registerTool` methods
 * and its (private) registered-tool table at run time, so the SDK need not be a dependency.
 */
export type GuardableServer = object;

interface ServerInternals {
  /** SDK 1.2x keeps the function as `callback`, 1.3x as `handler`. */
  _registeredTools?: Record<string, { callback?: ToolCallback; handler?: ToolCallback | object }>;
}

export interface GuardOptions {
  /** "enforce" (default) blocks; "monitor" only reports. */
  mode?: "enforce" | "monitor";
  /** Called for every verdict that is not `allow`. */
  onVerdict?: (tool: string, phase: "call" | "result", verdict: Verdict) => void;
}

function blockedResult(text: string): Record<string, unknown> {
  return { content: [{ type: "text", text }], isError: true };
}

function guarded(name: string, callback: ToolCallback, options: GuardOptions): ToolCallback {
  const enforce = options.mode !== "monitor";
  return async (...args: unknown[]) => {
    // McpServer passes (args, extra) for tools with a schema and (extra) for tools without one.
    const input = args.length > 1 ? args[0] : {};
    const call = inspectToolCall(name, input);
    if (call.action !== "allow") {
      options.onVerdict?.(name, "call", call);
      if (enforce) return blockedResult(`[bulwark] The call to ${name} was NOT executed: ${call.reasons.join(", ")} (scan ${call.scan_id}).`);
    }
    const result = await callback(...args);
    const { verdict, sanitized } = inspectValue(result ?? null, { eval_surface: "tool_result", tool_name: name });
    if (verdict.action === "allow") return result;
    options.onVerdict?.(name, "result", verdict);
    if (!enforce) return result;
    if (verdict.reasons.some((r) => r !== "detected:credential") && verdict.action === "block") {
      return blockedResult(`[bulwark] The result of ${name} was withheld: ${verdict.reasons.join(", ")} (scan ${verdict.scan_id}).`);
    }
    return sanitized;
  };
}

/** Wraps the handlers of every tool registered on `server`, now and later. Returns the server. */
export function guardMcpServer<T extends GuardableServer>(server: T, options: GuardOptions = {}): T {
  for (const [name, entry] of Object.entries((server as ServerInternals)._registeredTools ?? {})) {
    if (typeof entry.handler === "function") entry.handler = guarded(name, entry.handler as ToolCallback, options);
    else if (typeof entry.callback === "function") entry.callback = guarded(name, entry.callback, options);
  }
  const methods = server as unknown as Record<string, unknown>;
  for (const method of ["tool", "registerTool"]) {
    const original = methods[method];
    if (typeof original !== "function") continue;
    methods[method] = (...args: unknown[]) => {
      const name = args[0] as string;
      const last = args.length - 1;
      if (typeof args[last] === "function") args[last] = guarded(name, args[last] as ToolCallback, options);
      return (original as (...a: unknown[]) => unknown).apply(server, args);
    };
  }
  return server;
}
