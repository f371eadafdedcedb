import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { packageDocs } from "./package-docs.js";

describe("package docs set", () => {
  it("reads each distinct Markdown file once, in path order, as benign retrieved content", () => {
    const root = mkdtempSync(join(tmpdir(), "bulwark-docs-"));
    mkdirSync(join(root, "b", "docs"), { recursive: true });
    mkdirSync(join(root, "a"));
    writeFileSync(join(root, "b", "README.md"), "# b\n\nRun `b --help`.");
    writeFileSync(join(root, "b", "docs", "guide.MD"), "# Guide");
    writeFileSync(join(root, "a", "README.md"), "# b\n\nRun `b --help`."); // same text as b/README.md
    writeFileSync(join(root, "a", "index.js"), "export {};");
    const rows = packageDocs(root);
    expect(rows.map((r) => r.id)).toEqual([join("a", "README.md"), join("b", "docs", "guide.MD")]);
    expect(rows.every((r) => r.label === "benign" && r.surface === "retrieved_content")).toBe(true);
  });

  it("is empty when there is no node_modules", () => {
    expect(packageDocs(join(tmpdir(), "bulwark-no-such-dir"))).toEqual([]);
  });
});
