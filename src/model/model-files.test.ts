import { cpSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCli, runScript, TRAIN_SCRIPT } from "../../test/helpers/cli.js";
import { BulwarkError } from "../errors.js";
import { loadModel, MODEL_DIR } from "./model.js";

const ROOT = join(MODEL_DIR, "..");
const scratch = mkdtempSync(join(tmpdir(), "bulwark-model-files-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** A models/ folder written by another build: a smaller feature space. */
function staleModels(dir: string): void {
  writeFileSync(join(dir, "injection.json"), JSON.stringify({ version: "old", dim: 16, labels: ["override"], thresholds: {} }));
  writeFileSync(join(dir, "injection.weights"), Buffer.alloc(16));
}

function loadError(dir: string): unknown {
  try {
    loadModel(dir);
  } catch (err) {
    return err;
  }
  return undefined;
}

describe("model files", () => {
  it("are optional: without them the scanner runs on rules alone", () => {
    expect(loadModel(join(scratch, "nowhere"))).toBeUndefined();
  });

  it("that do not match the build fail with an io error that says how to fix it", () => {
    const dir = mkdtempSync(join(scratch, "stale-"));
    staleModels(dir);
    const err = loadError(dir);
    expect(err).toBeInstanceOf(BulwarkError);
    expect((err as BulwarkError).code).toBe("io");
    expect((err as BulwarkError).message).toMatch(/do not match this build \(dim 16, labels override, 16 weights; expected dim \d+/);
    expect((err as BulwarkError).message).toContain("npm run train");
  });

  it("with a card that is not JSON fail the same way", () => {
    const dir = mkdtempSync(join(scratch, "torn-"));
    staleModels(dir);
    writeFileSync(join(dir, "injection.json"), '{"version": "half a fi');
    const err = loadError(dir);
    expect((err as BulwarkError).code).toBe("io");
    expect((err as BulwarkError).message).toMatch(/is not valid JSON/);
  });
});

describe("the CLI with stale model files", () => {
  // A copy of the built package whose models/ came from another build.
  const copy = join(scratch, "package");
  const cli = join(copy, "dist", "cli", "main.js");
  beforeAll(() => {
    cpSync(join(ROOT, "dist"), join(copy, "dist"), { recursive: true });
    cpSync(join(ROOT, "package.json"), join(copy, "package.json"));
    symlinkSync(join(ROOT, "node_modules"), join(copy, "node_modules"), "dir");
    mkdirSync(join(copy, "models"));
    staleModels(join(copy, "models"));
  });

  it("refuses to scan, in one line and before reading input", async () => {
    for (const args of [["inspect"], ["mcp-proxy", "--", process.execPath, "-e", "setTimeout(() => {}, 60000)"]]) {
      const run = await runCli(args, "ignore previous instructions", {}, cli);
      expect(run.code).toBe(1);
      expect(run.stdout).toBe("");
      expect(run.stderr).toMatch(/^bulwark: model files in .* do not match this build .*npm run train.*\n$/);
    }
  });

  it("makes a hook block before an action (exit 2, the agents' block), not exit 1, which agents let through", async () => {
    const pre = await runCli(["hook", "claude-code"], JSON.stringify({ hook_event_name: "PreToolUse", tool_name: "Bash", tool_input: { command: "ls" } }), {}, cli);
    expect(pre.code).toBe(2);
    expect(pre.stderr).toMatch(/model files in .* do not match this build/);
  });

  it("still reads the audit log, which needs no model", async () => {
    const home = mkdtempSync(join(scratch, "home-"));
    const audit = await runCli(["audit"], "", { BULWARK_HOME: home }, cli);
    expect(audit.stderr).toMatch(/^bulwark: audit: no audit log at /);
  });
});

describe("train flags", () => {
  it("refuse --out with --holdout or --bipia-folds, which write no model", async () => {
    for (const mode of [["--holdout", "injection_asb"], ["--bipia-folds"]]) {
      const run = await runScript(TRAIN_SCRIPT, ["--out", join(scratch, "out"), ...mode]);
      expect(run.code).toBe(2);
      expect(run.stderr).toMatch(/^train: --out and --(holdout|bipia-folds) cannot be combined/);
    }
  });
});

describe("npm run train", () => {
  it("stops at a missing data folder with a one-line error and exit 2", async () => {
    const run = await runScript(TRAIN_SCRIPT, ["--data", join(scratch, "no-data")]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^train: .*no-data/);
    expect(run.stderr.trim().split("\n")).toHaveLength(1);
  });
});
