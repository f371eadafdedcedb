// `train --holdout` retrains from the shared data: minutes of CPU, so it runs in
// `npm run test:train`, not in `npm test`.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runScript, TRAIN_SCRIPT } from "../test/helpers/cli.js";
import type { HoldoutReport } from "./holdout.js";
import { MODEL_DIR } from "../src/model/model.js";

const TRAIN = join(MODEL_DIR, "..", "..", "shared", "datasets", "train");

describe("train --holdout", () => {
  // The retrain runs in the built CLI, a child process: it holds its thread for minutes, and a
  // test worker that busy misses vitest's own 60 s calls.
  it("scores a left-out file with a model that never saw it, and leaves models/ alone", async () => {
    const before = readFileSync(join(MODEL_DIR, "injection.weights"));
    const run = await runScript(TRAIN_SCRIPT, ["--holdout", "injection_asb", "--data", TRAIN]);
    expect(run.code).toBe(0);
    const [report] = JSON.parse(run.stdout) as HoldoutReport[];
    expect(report?.file).toBe("injection_asb.jsonl");
    expect(report?.attacks).toBeGreaterThan(300);
    // Injected tool results are recognised from the rest of the data and the synthetic rows.
    expect(report?.recall).toBeGreaterThan(0.6);
    expect(Object.keys(report?.labels ?? {})).toContain("embedded");
    expect(readFileSync(join(MODEL_DIR, "injection.weights")).equals(before)).toBe(true);
  }, 1_200_000); // a full retrain: five fits (four folds for the thresholds, then all documents) of four training orders each

});
