// Retraining from the shared data: minutes of CPU, so it runs in `npm run test:train` (when the
// model, the features or the training data change), not in `npm test`.
import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runScript, TRAIN_SCRIPT } from "../test/helpers/cli.js";
import { MODEL_DIR, shippedModel } from "../src/model/model.js";

const TRAIN = join(MODEL_DIR, "..", "..", "shared", "datasets", "train");

describe("the shipped model", () => {
  // Training runs in a child process (the built CLI, as `npm run train` does): it holds its
  // thread for minutes, and a test worker that busy misses vitest's own 60 s calls.
  it.skipIf(!existsSync(TRAIN))("is reproduced exactly by `npm run train` from the repository", async () => {
    const out = mkdtempSync(join(tmpdir(), "bulwark-model-"));
    const run = await runScript(TRAIN_SCRIPT, ["--data", TRAIN, "--out", out]);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    expect((JSON.parse(run.stdout) as { version: string }).version).toBe(shippedModel()?.card.version);
    expect(readFileSync(join(out, "injection.weights")).equals(readFileSync(join(MODEL_DIR, "injection.weights")))).toBe(true);
    // The thresholds too, window and sentence: the card that ships is the one training writes.
    const card = JSON.parse(readFileSync(join(out, "injection.json"), "utf8")) as { thresholds: unknown; sentence_thresholds: unknown };
    expect(card.thresholds).toEqual(shippedModel()?.card.thresholds);
    expect(card.sentence_thresholds).toEqual(shippedModel()?.card.sentence_thresholds);
  }, 1_200_000); // five fits of four training orders each (four folds, then all documents): about 3 min alone on the 2-core CI machine, more beside other tests
});
