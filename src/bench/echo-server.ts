// A minimal stdio JSON-RPC server for proxy benchmarks: answers tools/call with an echo, and
// initialize and tools/list with fixed results. No SDK, so the baseline measures the pipe only.
import { createInterface } from "node:readline";

const rl = createInterface({ input: process.stdin });
rl.on("line", (line) => {
  const m = JSON.parse(line) as { id?: number; method?: string; params?: { arguments?: { message?: string } } };
  if (m.id === undefined) return;
  let result: unknown = {};
  if (m.method === "tools/call") result = { content: [{ type: "text", text: `Echo: ${m.params?.arguments?.message ?? ""}` }] };
  else if (m.method === "tools/list") result = { tools: [{ name: "echo", description: "Echoes the message.", inputSchema: { type: "object", properties: { message: { type: "string" } } } }] };
  process.stdout.write(`${JSON.stringify({ jsonrpc: "2.0", id: m.id, result })}\n`);
});
