// `bulwark bench` / `npm run bench`: latency and throughput of each part of the scan path.
import { detectCredentials, inspect, sanitize } from "../src/api.js";
import { shippedModel, scoreSpan } from "../src/model/model.js";
import { ordinaryText, SHORT_MESSAGE } from "./corpus.js";
import { throughput, timeAfterIdle, timeEach, type Throughput } from "./measure.js";
import { proxyBench, type ProxyBench } from "./proxy.js";
import { learningTimings } from "./learning.js";
import { sidecarBench, type SidecarBench } from "./sidecar.js";
import { adversarialTimings, shellTimings, treeSitterTimings, type WorstCase } from "./shell.js";
import { shapeTimings, SIZES, type ShapeTiming } from "./shapes.js";
import { measureTargets, type Targets } from "./targets.js";

export interface BenchReport {
  node: string;
  timings: ReturnType<typeof timeEach>[];
  throughput: Throughput[];
  worst_cases: WorstCase[];
  proxy: ProxyBench;
  sidecar: SidecarBench;
  targets: Targets;
  shapes: ShapeTiming[];
}

export async function runBench(): Promise<BenchReport> {
  // The sidecar first: its clients and the sidecar need both cores, and after the in-process
  // runs below this process's garbage collector would still be busy competing for them.
  const sidecar = await sidecarBench();
  const targets = await measureTargets();
  const treeSitter = await treeSitterTimings();
  const mb = ordinaryText(1_000_000);
  const leak = `${SHORT_MESSAGE.slice(0, 150)} key ghp_Zq8vB2nL5mK9pR3tX7wY1cF4hJ6gD0sA2eQ8`;
  return {
    node: process.version,
    timings: [
      timeEach("credentials: detect, 200-char message", () => detectCredentials(SHORT_MESSAGE), 20000),
      timeEach("credentials: sanitize, message with a token", () => sanitize(leak), 20000),
      timeEach("inspect: 200-char message (full pipeline)", () => inspect(SHORT_MESSAGE), 20000),
      ...timeAfterIdle("inspect: 200-char message", () => inspect(SHORT_MESSAGE), 10),
      ...classifierTimings(),
      ...learningTimings(),
      ...shellTimings(),
      ...(treeSitter?.timings ?? []),
    ],
    throughput: [
      throughput("credentials: detect, 1 MB ordinary text", mb, detectCredentials),
      throughput("inspect: 1 MB ordinary text (full pipeline)", mb, (t) => inspect(t), 9),
      // The same text as a retrieved document, which is also read sentence by sentence.
      throughput("inspect: 1 MB ordinary text as a retrieved document", mb, (t) => inspect(t, { eval_surface: "retrieved_content" }), 9),
      // No space to cut a window at: windows once searched back to the start for one (460 ms).
      throughput("inspect: 1 MB of 16-letter lines, no spaces", "abcdefghijklmnop\n".repeat(58_824), (t) => inspect(t), 5),
    ],
    worst_cases: [...adversarialTimings(), ...(treeSitter?.worst ?? [])],
    proxy: await proxyBench(),
    sidecar,
    targets,
    shapes: shapeTimings(),
  };
}

function classifierTimings(): ReturnType<typeof timeEach>[] {
  const model = shippedModel();
  if (!model) return [];
  const text = SHORT_MESSAGE.slice(0, 100);
  return [timeEach("classifier alone: 100 characters", () => scoreSpan(model, text, 0, text.length), 20000)];
}

export function formatBench(report: BenchReport): string {
  const lines = [`bulwark bench (node ${report.node})`, "", "| measure | p50 µs | p99 µs |", "|---|---|---|"];
  for (const t of report.timings) lines.push(`| ${t.name} | ${t.p50_us} | ${t.p99_us} |`);
  lines.push("", "| measure | MB/s | ms per MB (median pass) | ms per MB (mean) |", "|---|---|---|---|");
  for (const t of report.throughput) lines.push(`| ${t.name} | ${t.mb_per_s} | ${t.ms_per_mb} | ${t.mean_ms_per_mb} |`);
  lines.push("", "| worst case (one run) | ms |", "|---|---|");
  for (const w of report.worst_cases) lines.push(`| ${w.name} | ${w.ms} |`);
  const p = report.proxy;
  lines.push("", "| MCP proxy | value |", "|---|---|");
  lines.push(`| tools/call round trip, direct, p50 | ${p.direct_p50_ms} ms |`, `| tools/call round trip, through the proxy, p50 | ${p.proxied_p50_ms} ms |`);
  lines.push(`| added latency, p50 | ${p.added_p50_ms} ms |`, `| pass-through (requests and responses, pipelined) | ${p.passthrough_messages_per_s} messages/s |`, `| proxy resident memory, steady (after ${2200} sequential calls) | ${p.proxy_rss_mb ?? "n/a"} MB |`, `| proxy resident memory after ${20000} requests in flight at once | ${p.proxy_rss_after_burst_mb ?? "n/a"} MB |`);
  lines.push(...formatSidecar(report.sidecar));
  lines.push("", ...formatTargets(report.targets), "", ...formatShapes(report.shapes));
  return `${lines.join("\n")}\n`;
}

function formatSidecar(s: SidecarBench): string[] {
  const lines = ["", "| sidecar (inspect-jsonl), 200-char message | p50 µs | p99 µs |", "|---|---|---|"];
  if (s.python) {
    lines.push(`| round trip, Python wrapper (both ends poll, the default) | ${s.python.polling.p50_us} | ${s.python.polling.p99_us} |`);
    lines.push(`| round trip, Python wrapper with spin_us=0 (both ends sleep) | ${s.python.sleeping.p50_us} | ${s.python.sleeping.p99_us} |`);
    lines.push(`| Python wrapper, inspect_many of 100 messages, per message (median batch) | ${s.python.batch_us_per_item} | – |`);
    lines.push(`| round trip, Python wrapper, first call after 10 ms idle | ${s.python.after_idle.p50_us} | ${s.python.after_idle.p99_us} |`);
  } else {
    lines.push(`| round trip, Python wrapper | not measured: ${s.python_missing ?? "unknown"} | – |`);
  }
  lines.push(`| round trip, Node client sleeping in its event loop | ${s.p50_us} | ${s.p99_us} |`);
  lines.push(`| the same Node client through a do-nothing echo process (the floor) | ${s.floor_p50_us} | – |`);
  return lines;
}

/** The start-up and resident-mode measures, each beside the floor it is compared with. */
export function formatTargets(t: Targets): string[] {
  return [
    "| measure | Bulwark | floor | ratio |",
    "|---|---|---|---|",
    `| \`bulwark hook claude-code\`, one PreToolUse Bash event (median of 15) | ${t.hook_ms} ms | \`node -e 0\`: ${t.node_ms} ms | ${t.hook_ratio} × |`,
    `| \`bulwark serve\`, one PreToolUse event over keep-alive loopback HTTP, p50 / p99 | ${t.serve_p50_ms} / ${t.serve_p99_ms} ms | – | – |`,
    `| 10,000 short requests through \`inspect-jsonl\`, start-up included (median of 3) | ${t.jsonl_10k_ms} ms | node echoing the lines: ${t.echo_10k_ms} ms | ${t.jsonl_ratio} × |`,
  ];
}

/** Per shape, the surface where it costs most at 1 MB, with its growth from 100 kB to 1 MB. */
export function formatShapes(shapes: readonly ShapeTiming[]): string[] {
  const sizes = SIZES.map((n) => (n >= 1_000_000 ? `${n / 1_000_000} MB` : `${n / 1000} kB`));
  const lines = [`| hostile shape (worst surface) | ${sizes.map((s) => `${s} ms`).join(" | ")} | growth 100 kB → 1 MB (1 = linear) |`, `|---|${sizes.map(() => "---|").join("")}---|`];
  const worst = new Map<string, ShapeTiming>();
  for (const s of shapes) {
    const w = worst.get(s.shape);
    if (!w || (s.ms.at(-1) ?? 0) > (w.ms.at(-1) ?? 0)) worst.set(s.shape, s);
  }
  for (const s of worst.values()) lines.push(`| ${s.shape} (${s.surface}) | ${s.ms.join(" | ")} | ${s.growth} |`);
  return lines;
}
