// Proxy figures: added round-trip latency against a direct connection, pipelined pass-through
// rate, and the proxy's resident memory (Linux /proc).
import { spawn, type ChildProcessWithoutNullStreams } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const ECHO = fileURLToPath(new URL("../test/fixtures/echo-server.mjs", import.meta.url));
const CLI = fileURLToPath(new URL("../dist/bundle/main.js", import.meta.url));

class Peer {
  private buffer = "";
  private waiting = new Map<number, () => void>();
  private nextId = 1;
  constructor(readonly child: ChildProcessWithoutNullStreams) {
    child.stdout.setEncoding("utf8");
    child.stdout.on("data", (chunk: string) => {
      this.buffer += chunk;
      for (let nl = this.buffer.indexOf("\n"); nl !== -1; nl = this.buffer.indexOf("\n")) {
        const line = this.buffer.slice(0, nl);
        this.buffer = this.buffer.slice(nl + 1);
        const id = (JSON.parse(line) as { id?: number }).id;
        if (id !== undefined) this.waiting.get(id)?.();
      }
    });
  }
  request(method: string, params: unknown): Promise<void> {
    const id = this.nextId++;
    return new Promise((resolve) => {
      this.waiting.set(id, () => {
        this.waiting.delete(id);
        resolve();
      });
      this.child.stdin.write(`${JSON.stringify({ jsonrpc: "2.0", id, method, params })}\n`);
    });
  }
  close(): void {
    this.child.stdin.end();
    this.child.kill();
  }
}

function start(proxied: boolean): Peer {
  const home = mkdtempSync(join(tmpdir(), "bulwark-bench-"));
  const args = proxied ? [CLI, "mcp-proxy", "--", process.execPath, ECHO] : [ECHO];
  return new Peer(spawn(process.execPath, args, { env: { ...process.env, BULWARK_HOME: home }, stdio: ["pipe", "pipe", "pipe"] }));
}

async function roundTrips(peer: Peer, n: number): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < n; i++) {
    const t0 = performance.now();
    await peer.request("tools/call", { name: "echo", arguments: { message: `hello ${i}` } });
    times.push(performance.now() - t0);
  }
  return times.sort((a, b) => a - b);
}

function rssMb(pid: number | undefined): number | undefined {
  try {
    const status = readFileSync(`/proc/${pid}/status`, "utf8");
    const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1]);
    return Math.round((kb / 1024) * 10) / 10;
  } catch {
    return undefined;
  }
}

export interface ProxyBench {
  direct_p50_ms: number;
  proxied_p50_ms: number;
  added_p50_ms: number;
  passthrough_messages_per_s: number;
  proxy_rss_mb: number | undefined;
  proxy_rss_after_burst_mb: number | undefined;
}

export async function proxyBench(n = 2000, pipelined = 20000): Promise<ProxyBench> {
  const direct = start(false);
  const proxied = start(true);
  await direct.request("tools/list", {});
  await proxied.request("tools/list", {});
  await roundTrips(direct, 200);
  await roundTrips(proxied, 200);
  const d = await roundTrips(direct, n);
  const p = await roundTrips(proxied, n);
  const steady = rssMb(proxied.child.pid);
  const t0 = performance.now();
  await Promise.all(Array.from({ length: pipelined }, (_, i) => proxied.request("tools/call", { name: "echo", arguments: { message: `m${i}` } })));
  const seconds = (performance.now() - t0) / 1000;
  const rss = rssMb(proxied.child.pid);
  direct.close();
  proxied.close();
  const p50 = (xs: number[]) => xs[Math.floor(xs.length / 2)] as number;
  const r = (x: number) => Math.round(x * 1000) / 1000;
  return {
    direct_p50_ms: r(p50(d)),
    proxied_p50_ms: r(p50(p)),
    added_p50_ms: r(p50(p) - p50(d)),
    passthrough_messages_per_s: Math.round((pipelined * 2) / seconds),
    proxy_rss_mb: steady,
    proxy_rss_after_burst_mb: rss,
  };
}
