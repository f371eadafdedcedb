import { describe, expect, it } from "vitest";
import { patchedFiles } from "./apply-patch.js";

describe("patchedFiles", () => {
  it("reads each file a Codex patch adds, updates (following a move) or deletes, with its added lines", () => {
    const patch = [
      "*** Begin Patch",
      "*** Add File: docs/new.md",
      "+# Title",
      "+text",
      "*** Update File: src/a.ts",
      "*** Move to: src/b.ts",
      "@@ function f()",
      " context",
      "-old",
      "+new",
      "*** Delete File: tmp/x",
      "*** End Patch",
    ].join("\r\n");
    expect(patchedFiles(patch)).toEqual([
      { kind: "add", path: "docs/new.md", added: "# Title\ntext" },
      { kind: "update", path: "src/b.ts", added: "new" },
      { kind: "delete", path: "tmp/x", added: "" },
    ]);
  });

  it("finds nothing in text that is not a patch", () => {
    expect(patchedFiles("+not a patch\n*** Begin Patch\n*** End Patch")).toEqual([]);
    expect(patchedFiles("")).toEqual([]);
  });
});
