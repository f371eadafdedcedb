// Examples the type checker compiles (and a test runs), so the README cannot drift from the API.
import { assertSafeToolCall, BulwarkError, detectCredentials, guardMcpServer, inspect, inspectToolCall, inspectToolResult, sanitize, type Verdict } from "./index.js";

/** Scan a retrieved web page before it reaches the model. */
export function checkPage(html: string): Verdict {
  return inspect(html, { eval_surface: "retrieved_content" });
}

/** Gate an agent's shell tool. */
export function runShell(command: string, exec: (cmd: string) => string): string {
  try {
    assertSafeToolCall("Bash", { command });
  } catch (err) {
    if (err instanceof BulwarkError && err.code === "blocked") return `refused: ${err.verdict?.reasons.join(", ")}`;
    throw err;
  }
  return exec(command);
}

/** Redact before logging, and list what was found. */
export function logSafely(line: string, log: (s: string) => void): string[] {
  log(sanitize(line));
  return detectCredentials(line).map((f) => `${f.type} → move it to ${f.env_var}`);
}

/** Check a tool call and its result around your own dispatcher. */
export async function callTool(name: string, args: Record<string, unknown>, dispatch: (n: string, a: unknown) => Promise<unknown>): Promise<unknown> {
  const before = inspectToolCall(name, args);
  if (before.action === "block") return { isError: true, content: [{ type: "text", text: before.reasons.join(", ") }] };
  const result = await dispatch(name, args);
  const after = inspectToolResult(result);
  return after.action === "allow" ? result : JSON.parse(after.sanitized_text.length > 0 ? JSON.stringify({ content: [{ type: "text", text: after.sanitized_text }] }) : "{}");
}

/** Guard an MCP server built with @modelcontextprotocol/sdk: `guardMcpServer(new McpServer(...))`. */
export function guard<T extends Parameters<typeof guardMcpServer>[0]>(server: T): T {
  return guardMcpServer(server, { onVerdict: (tool, phase, v) => console.error(`bulwark: ${tool} ${phase} ${v.action}`) });
}
