import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { BulwarkError } from "../src/errors.js";
import { holdout } from "./holdout.js";
import { MODEL_DIR } from "../src/model/model.js";

const TRAIN = join(MODEL_DIR, "..", "..", "shared", "datasets", "train");

describe("train --holdout", () => {
  it("rejects a file that is not in the training folder", () => {
    expect(() => holdout(TRAIN, ["no_such_source"])).toThrow(BulwarkError);
  });
});
