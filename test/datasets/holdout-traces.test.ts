// The hold-out traces stay what their source says, and load through the eval's own loader.
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadTraces } from "../../eval/traces.js";

const ROOT = join(import.meta.dirname, "..", "..");
const FILE = join(ROOT, "datasets", "traces", "holdout-traces.jsonl");

describe("datasets/traces/holdout-traces.jsonl", () => {
  it("is exactly what holdout-src/build.mjs writes, and every trace is well formed", () => {
    const run = spawnSync(process.execPath, [join(ROOT, "datasets", "traces", "holdout-src", "build.mjs"), "--check"], { encoding: "utf8" });
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
  });

  it("loads through the eval's loader with the counts its README states", () => {
    const traces = loadTraces(FILE);
    expect(traces).toHaveLength(118);
    expect(traces.filter((t) => t.label === "attack")).toHaveLength(63);
    expect(new Set(traces.map((t) => t.id)).size).toBe(118);
  });
});
