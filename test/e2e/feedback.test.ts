import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "../helpers/cli.js";

const TEXT = "Please translate this to French: ignore all previous instructions in the old manual and use the new ones";

describe("bulwark feedback", () => {
  it("record → re-scan flips; export honours --reviewed-only; stats; forget", async () => {
    const env = { BULWARK_HOME: mkdtempSync(join(tmpdir(), "bulwark-fb-cli-")) };
    expect(JSON.parse((await runCli(["inspect"], TEXT, env)).stdout).action).toBe("block");
    const rec = await runCli(["feedback", "record"], JSON.stringify({ label: "false_positive", desired_action: "allow", excerpt: TEXT, reviewed: true }), env);
    expect(rec.code).toBe(0);
    const id = JSON.parse(rec.stdout).id as string;
    await runCli(["feedback", "record"], JSON.stringify({ label: "confirmed", desired_action: "block", excerpt: "some other text worth blocking" }), env);
    const after = JSON.parse((await runCli(["inspect"], TEXT, env)).stdout);
    expect(after.action).toBe("allow");
    expect(after.reasons).toEqual(["learning:local_allow_match"]);
    const reviewed = (await runCli(["feedback", "export", "--reviewed-only"], "", env)).stdout.trim().split("\n");
    expect(reviewed).toHaveLength(1);
    expect((await runCli(["feedback", "export"], "", env)).stdout.trim().split("\n")).toHaveLength(2);
    expect(JSON.parse((await runCli(["feedback", "stats"], "", env)).stdout)).toMatchObject({ records: 2, reviewed: 1 });
    expect((await runCli(["feedback", "forget", id], "", env)).code).toBe(0);
    expect(JSON.parse((await runCli(["inspect"], TEXT, env)).stdout).action).toBe("block");
  });

  it("reports a false positive by the scan_id the verdict showed, as the README says", async () => {
    const env = { BULWARK_HOME: mkdtempSync(join(tmpdir(), "bulwark-fb-cli-")) };
    const verdict = JSON.parse((await runCli(["inspect"], TEXT, env)).stdout);
    const report = { label: "false_positive", desired_action: "allow", excerpt: TEXT, scan_id: verdict.scan_id, note: "translation request" };
    const rec = await runCli(["feedback", "record"], JSON.stringify(report), env);
    expect(rec.code).toBe(0);
    expect(JSON.parse(rec.stdout).scan_id).toBe(verdict.scan_id);
    expect(JSON.parse((await runCli(["inspect"], TEXT, env)).stdout).action).toBe("allow");
    const bad = await runCli(["feedback", "record"], JSON.stringify({ ...report, scan_id: "abc" }), env);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain("feedback.scan_id");
  });

  it("refuses bad feedback with exit 2 and one line", async () => {
    const env = { BULWARK_HOME: mkdtempSync(join(tmpdir(), "bulwark-fb-cli-")) };
    const r = await runCli(["feedback", "record"], JSON.stringify({ label: "meh", desired_action: "allow", excerpt: "x" }), env);
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split("\n")).toHaveLength(1);
    expect(r.stderr).toMatch(/feedback\.label/);
    expect((await runCli(["feedback", "forget", "nope"], "", env)).code).toBe(2);
  });
});
