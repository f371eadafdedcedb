import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { BulwarkError } from "../errors.js";
import { loadJsonl } from "./dataset.js";
import { evaluateSet } from "./report.js";

function file(lines: unknown[]): string {
  const path = join(mkdtempSync(join(tmpdir(), "bulwark-set-")), "set.jsonl");
  writeFileSync(path, lines.map((l) => JSON.stringify(l)).join("\n"));
  return path;
}

describe("labelled sets", () => {
  it("read a whole request and the family tags, and scan the request rather than the text", () => {
    const rows = loadJsonl(
      file([
        { id: "a", text: "a Bash call", label: "attack", family: "delete", language: "en", carrier: "hook", request: { tool_name: "Bash", tool_input: { command: "rm -rf ~/.ssh" } } },
        { id: "b", text: "rm -rf ~/.ssh", label: "benign" },
      ]),
    );
    expect(rows[0]).toMatchObject({ family: "delete", language: "en", carrier: "hook" });
    const report = evaluateSet("t", rows);
    // The request is a dangerous call; the text of the second row alone is a user prompt quoting one.
    expect(report.recall).toBe(1);
  });

  it("refuse a request that is not an object", () => {
    expect(() => loadJsonl(file([{ text: "x", label: "attack", request: "rm -rf /" }]))).toThrow(BulwarkError);
  });
});
