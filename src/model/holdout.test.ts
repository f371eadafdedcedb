import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { BulwarkError } from "../errors.js";
import { holdout } from "./holdout.js";
import { MODEL_DIR } from "./model.js";

const TRAIN = join(MODEL_DIR, "..", "..", "shared", "datasets", "train");

describe("train --holdout", () => {
  it("scores a left-out file with a model that never saw it, and leaves models/ alone", () => {
    const before = readFileSync(join(MODEL_DIR, "injection.weights"));
    const [report] = holdout(TRAIN, ["injection_asb"]);
    expect(report?.file).toBe("injection_asb.jsonl");
    expect(report?.attacks).toBeGreaterThan(300);
    // Injected tool results are recognised from the rest of the data and the synthetic rows.
    expect(report?.recall).toBeGreaterThan(0.6);
    expect(Object.keys(report?.labels ?? {})).toContain("embedded");
    expect(readFileSync(join(MODEL_DIR, "injection.weights")).equals(before)).toBe(true);
  }, 300_000); // a full retrain: four training orders

  it("rejects a file that is not in the training folder", () => {
    expect(() => holdout(TRAIN, ["no_such_source"])).toThrow(BulwarkError);
  });
});
