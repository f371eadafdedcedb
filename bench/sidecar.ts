// Sidecar figures: round trip of one request through `bulwark inspect-jsonl`, which is what the
// Python wrapper and other languages pay per call.
// - Through the shipped Python wrapper (python/), as a user calls it: it polls the pipe briefly
//   for the answer and starts its sidecar polling too (--spin-us); the same wrapper with polling
//   off (spin_us=0) sleeps, as does its sidecar; and its batch call, inspect_many, per message.
// - Through a Node client that sleeps in its event loop (its sidecar does not poll), next to the
//   same client talking to a process that only echoes its input: the pipe and wake-up floor of
//   this machine, measured in alternating rounds so both see the same machine.
import { execFileSync, spawn, type ChildProcessByStdio } from "node:child_process";
import { existsSync } from "node:fs";
import type { Readable, Writable } from "node:stream";
import { fileURLToPath } from "node:url";
import { SHORT_MESSAGE } from "./corpus.js";

const CLI = fileURLToPath(new URL("../dist/bundle/main.js", import.meta.url));
const PYTHON_BENCH = fileURLToPath(new URL("../python/bench_sidecar.py", import.meta.url));
const ECHO = "process.stdin.on('data', (c) => process.stdout.write(c));";

interface Percentiles {
  p50_us: number;
  p99_us: number;
}

export interface SidecarBench extends Percentiles {
  /** The same round trip through a do-nothing echo process. */
  floor_p50_us: number;
  /**
   * Through the Python wrapper: polling (its default) and sleeping; and `inspect_many` of 100
   * messages, per message (median of the batches); a call after 10 ms idle. Absent without python3.
   */
  python?: { polling: Percentiles; sleeping: Percentiles; batch_us_per_item: number; after_idle: Percentiles };
  python_missing?: string;
}

class Peer {
  private buffer = "";
  private waiter: (() => void) | undefined;
  readonly times: number[] = [];

  constructor(private readonly child: ChildProcessByStdio<Writable, Readable, null>) {
    child.stdout.setEncoding("utf8");
    child.stdout.on("data", (chunk: string) => {
      this.buffer += chunk;
      if (this.buffer.includes("\n")) {
        this.buffer = this.buffer.slice(this.buffer.lastIndexOf("\n") + 1);
        this.waiter?.();
      }
    });
  }

  once(request: string): Promise<void> {
    return new Promise((resolve) => {
      this.waiter = resolve;
      this.child.stdin.write(request);
    });
  }

  async timed(request: string, n: number): Promise<void> {
    for (let i = 0; i < n; i++) {
      const t0 = performance.now();
      await this.once(request);
      this.times.push((performance.now() - t0) * 1000);
    }
  }

  close(): void {
    this.child.stdin.end();
  }
}

function percentile(sorted: number[], p: number): number {
  return Math.round((sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] as number) * 10) / 10;
}

const round1 = (x: number): number => Math.round(x * 10) / 10;

function pythonBench(n: number): Pick<SidecarBench, "python" | "python_missing"> {
  if (!existsSync(PYTHON_BENCH)) return { python_missing: "python/ is not beside dist/ (an installed package)" };
  let out: string;
  try {
    out = execFileSync("python3", [PYTHON_BENCH, String(n), "500", "0"], { input: SHORT_MESSAGE, encoding: "utf8", timeout: 120_000 });
  } catch (err) {
    return { python_missing: `python3 did not run: ${(err as Error).message.split("\n")[0]}` };
  }
  const parsed = JSON.parse(out) as Record<"500" | "0" | "after_idle", Percentiles> & { batch_us_per_item: number };
  const pick = (p: Percentiles): Percentiles => ({ p50_us: round1(p.p50_us), p99_us: round1(p.p99_us) });
  return { python: { polling: pick(parsed["500"]), sleeping: pick(parsed["0"]), batch_us_per_item: round1(parsed.batch_us_per_item), after_idle: pick(parsed.after_idle) } };
}

export async function sidecarBench(n = 3000, rounds = 6): Promise<SidecarBench> {
  const request = `${JSON.stringify({ id: 1, text: SHORT_MESSAGE })}\n`;
  const sidecar = new Peer(spawn(process.execPath, [CLI, "inspect-jsonl"], { stdio: ["pipe", "pipe", "ignore"] }));
  const echo = new Peer(spawn(process.execPath, ["-e", ECHO], { stdio: ["pipe", "pipe", "ignore"] }));
  for (let i = 0; i < 2000; i++) {
    await sidecar.once(request);
    await echo.once(request);
  }
  const per = Math.ceil(n / rounds);
  for (let r = 0; r < rounds; r++) {
    await sidecar.timed(request, per);
    await echo.timed(request, per);
  }
  sidecar.close();
  echo.close();
  const s = [...sidecar.times].sort((a, b) => a - b);
  const e = [...echo.times].sort((a, b) => a - b);
  return { p50_us: percentile(s, 0.5), p99_us: percentile(s, 0.99), floor_p50_us: percentile(e, 0.5), ...pythonBench(n) };
}
