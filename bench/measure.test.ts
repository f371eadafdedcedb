import { describe, expect, it } from "vitest";
import { throughput, timeAfterIdle, timeEach } from "./measure.js";

describe("bench timing helpers", () => {
  it("timeEach warms up, then times every run", () => {
    let calls = 0;
    const t = timeEach("x", () => calls++, 20, 5);
    expect(calls).toBe(25);
    expect(t).toMatchObject({ name: "x", runs: 20 });
    expect(t.p99_us).toBeGreaterThanOrEqual(t.p50_us);
  });

  it("throughput warms up, then times each pass and reports the median pass beside the mean", () => {
    let calls = 0;
    // One pass (the fifth call: the third timed one) is slow; the median must not see it.
    const slowPass = () => {
      if (++calls !== 5) return;
      const until = performance.now() + 40;
      while (performance.now() < until);
    };
    const t = throughput("y", "x".repeat(2_000_000), slowPass, 7, 2);
    expect(calls).toBe(9);
    expect(t.name).toBe("y");
    expect(t.mean_ms_per_mb).toBeGreaterThanOrEqual(40 / 7 / 2);
    expect(t.ms_per_mb).toBeLessThan(t.mean_ms_per_mb / 2);
  });

  it("timeAfterIdle times the first call after each pause and the one right after it", () => {
    let calls = 0;
    const [first, again] = timeAfterIdle("scan", () => calls++, 1, 4);
    expect(calls).toBe(500 + 2 * 4);
    expect(first.name).toBe("scan, first call after 1 ms idle");
    expect(again.name).toBe("scan, the call right after that one");
    expect(first.runs).toBe(4);
  });
});
