// Timing helpers for `bulwark bench`. Benchmarks print numbers; they never fail a build.

export interface Timing {
  name: string;
  p50_us: number;
  p99_us: number;
  runs: number;
}

/** The value at fraction `p` of a sorted sample (p50: 0.5). */
export function percentile(sorted: ArrayLike<number>, p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] as number;
}

/** Times `fn` once per run after a warm-up; returns p50 and p99 in microseconds. */
export function timeEach(name: string, fn: () => unknown, runs = 5000, warmup = 500): Timing {
  for (let i = 0; i < warmup; i++) fn();
  const samples = new Float64Array(runs);
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    samples[i] = (performance.now() - t0) * 1000;
  }
  return summary(name, samples);
}

/** p50 and p99 of samples in microseconds (sorts them in place). */
function summary(name: string, samples: Float64Array): Timing {
  samples.sort();
  const round = (n: number) => Math.round(n * 100) / 100;
  return { name, p50_us: round(percentile(samples, 0.5)), p99_us: round(percentile(samples, 0.99)), runs: samples.length };
}

const pause = new Int32Array(new SharedArrayBuffer(4));

/**
 * Latency after the process has slept `idleMs` (as a gate between an agent's calls does): each
 * run sleeps, times `fn` once, then times it again right away. Two rows: the first call and the
 * one after it.
 */
export function timeAfterIdle(name: string, fn: () => unknown, idleMs: number, runs = 200): [Timing, Timing] {
  for (let i = 0; i < 500; i++) fn();
  const first = new Float64Array(runs);
  const again = new Float64Array(runs);
  for (let i = 0; i < runs; i++) {
    Atomics.wait(pause, 0, 0, idleMs);
    let t0 = performance.now();
    fn();
    first[i] = (performance.now() - t0) * 1000;
    t0 = performance.now();
    fn();
    again[i] = (performance.now() - t0) * 1000;
  }
  return [summary(`${name}, first call after ${idleMs} ms idle`, first), summary(`${name}, the call right after that one`, again)];
}

export interface Throughput {
  name: string;
  /** From the median pass. */
  mb_per_s: number;
  ms_per_mb: number;
  /** The mean pass, for comparison: it carries the occasional garbage collection. */
  mean_ms_per_mb: number;
}

/**
 * Megabytes (10^6 bytes of UTF-8) per second of `fn(text)`, from the median of `rounds` passes
 * after `warmup` passes. One warm-up pass is not enough: the JIT is still compiling during the
 * second (about twice as slow on 1 MB), and a long-lived gate scans warm.
 */
export function throughput(name: string, text: string, fn: (t: string) => unknown, rounds = 15, warmup = 3): Throughput {
  for (let i = 0; i < warmup; i++) fn(text);
  const mb = Buffer.byteLength(text) / 1e6;
  const ms = new Float64Array(rounds);
  for (let i = 0; i < rounds; i++) {
    const t0 = performance.now();
    fn(text);
    ms[i] = performance.now() - t0;
  }
  const mean = ms.reduce((a, b) => a + b, 0) / rounds;
  ms.sort();
  const median = percentile(ms, 0.5);
  return { name, mb_per_s: Math.round((mb / (median / 1000)) * 10) / 10, ms_per_mb: Math.round((median / mb) * 100) / 100, mean_ms_per_mb: Math.round((mean / mb) * 100) / 100 };
}
