import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["src/**/*.test.ts", "bench/**/*.test.ts", "eval/**/*.test.ts", "training/**/*.test.ts", "test/**/*.test.ts"],
    // Retraining takes minutes: `npm run test:train` runs those (vitest.train.config.ts).
    exclude: ["**/node_modules/**", "**/*.train.test.ts"],
    reporters: ["default", "./test/summary-reporter.ts"],
    testTimeout: 30_000,
    pool: "forks",
    // Tests never read or write the developer's own ~/.bulwark (pins, audit, feedback).
    env: { BULWARK_HOME: mkdtempSync(join(tmpdir(), "bulwark-test-home-")) },
  },
});
