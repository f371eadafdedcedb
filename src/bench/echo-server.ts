// A minimal stdio JSON-RPC server for proxy benchmarks and wire tests: answers tools/call with
// an echo, initialize and tools/list with fixed results, and batches with a batch. No SDK, so
// the baseline measures the pipe only.
import { createInterface } from "node:readline";

interface Request {
  id?: number;
  method?: string;
  params?: { arguments?: { message?: string } };
}

function answer(m: Request): unknown {
  if (m.id === undefined) return undefined;
  let result: unknown = {};
  if (m.method === "tools/call") result = { content: [{ type: "text", text: `Echo: ${m.params?.arguments?.message ?? ""}` }] };
  else if (m.method === "tools/list") result = { tools: [{ name: "echo", description: "Echoes the message.", inputSchema: { type: "object", properties: { message: { type: "string" } } } }] };
  return { jsonrpc: "2.0", id: m.id, result };
}

const rl = createInterface({ input: process.stdin });
rl.on("line", (line) => {
  const parsed = JSON.parse(line) as Request | Request[];
  const out = Array.isArray(parsed) ? parsed.map(answer).filter((a) => a !== undefined) : answer(parsed);
  if (out !== undefined && (!Array.isArray(out) || out.length > 0)) process.stdout.write(`${JSON.stringify(out)}\n`);
});
