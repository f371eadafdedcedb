// Sidecar figure: round trip of one request through `bulwark inspect-jsonl` (what the Python
// wrapper and other languages pay per call).
import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import { SHORT_MESSAGE } from "./corpus.js";

const CLI = fileURLToPath(new URL("../cli/main.js", import.meta.url));

export async function sidecarBench(n = 3000): Promise<{ p50_us: number; p99_us: number }> {
  const child = spawn(process.execPath, [CLI, "inspect-jsonl"], { stdio: ["pipe", "pipe", "ignore"] });
  child.stdout.setEncoding("utf8");
  let buffer = "";
  let waiter: (() => void) | undefined;
  child.stdout.on("data", (chunk: string) => {
    buffer += chunk;
    if (buffer.includes("\n")) {
      buffer = buffer.slice(buffer.lastIndexOf("\n") + 1);
      waiter?.();
    }
  });
  const request = `${JSON.stringify({ id: 1, text: SHORT_MESSAGE })}\n`;
  const once = () =>
    new Promise<void>((resolve) => {
      waiter = resolve;
      child.stdin.write(request);
    });
  for (let i = 0; i < 300; i++) await once();
  const times: number[] = [];
  for (let i = 0; i < n; i++) {
    const t0 = performance.now();
    await once();
    times.push((performance.now() - t0) * 1000);
  }
  child.stdin.end();
  times.sort((a, b) => a - b);
  const r = (x: number) => Math.round(x * 10) / 10;
  return { p50_us: r(times[Math.floor(n / 2)] as number), p99_us: r(times[Math.floor(n * 0.99)] as number) };
}
