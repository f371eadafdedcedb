// `npm run test:train`: the tests that retrain the model from the shared data (minutes each).
// Run them when the model, its features or the training data change.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["training/**/*.train.test.ts"],
    reporters: ["default", "./test/summary-reporter.ts"],
    testTimeout: 1_200_000,
    pool: "forks",
    env: { BULWARK_HOME: mkdtempSync(join(tmpdir(), "bulwark-test-home-")) },
  },
});
