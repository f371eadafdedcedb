import { describe, expect, it } from "vitest";
import { timeAfterIdle, timeEach } from "./measure.js";

describe("bench timing helpers", () => {
  it("timeEach warms up, then times every run", () => {
    let calls = 0;
    const t = timeEach("x", () => calls++, 20, 5);
    expect(calls).toBe(25);
    expect(t).toMatchObject({ name: "x", runs: 20 });
    expect(t.p99_us).toBeGreaterThanOrEqual(t.p50_us);
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
