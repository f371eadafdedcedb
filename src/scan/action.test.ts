import { describe, expect, it } from "vitest";
import { inspect } from "../api.js";
import { patchFiles } from "./action.js";
import { requestInput } from "./request.js";

function writes(tool: string, args: unknown) {
  const input = requestInput({ tool_name: tool, tool_input: args });
  return input?.writes.map((w) => ({ path: w.path, content: w.content.map((c) => c.text) }));
}

describe("file writes by shape", () => {
  it("takes each edit's new text and leaves out the text it replaces", () => {
    expect(writes("edit_file", { path: "a.sh", edits: [{ oldText: "x", newText: "y" }, { old_text: "p", new_text: "q" }] })).toEqual([{ path: "a.sh", content: ["y", "q"] }]);
  });

  it("pairs each file of a multi-file write with its own path", () => {
    expect(writes("write_files", { files: [{ path: "a.sh", content: "A" }, { filePath: "b.sh", body: "B" }] })).toEqual([
      { path: "a.sh", content: ["A"] },
      { path: "b.sh", content: ["B"] },
    ]);
  });

  it("recognises a writer it has no name for by a path beside a text", () => {
    expect(writes("persist", { targetPath: "x.txt", data: "hello" })).toEqual([{ path: "x.txt", content: ["hello"] }]);
    expect(writes("lookup", { path: "x.txt", id: "42" })).toEqual([]);
  });

  it("reads the files and added lines of a patch, in either format", () => {
    const codex = "*** Begin Patch\n*** Update File: src/a.ts\n@@\n-old\n+new line\n context\n*** Add File: run.sh\n+echo one\n+echo two\n*** End Patch";
    expect(patchFiles(codex, 0).map((f) => [f.path, f.added.text])).toEqual([
      ["src/a.ts", "new line"],
      ["run.sh", "echo one\necho two"],
    ]);
    const diff = "diff --git a/x.sh b/x.sh\n--- a/x.sh\n+++ b/x.sh\n@@ -1 +1 @@\n-a\n+b\n";
    expect(patchFiles(diff, 0).map((f) => [f.path, f.added.text])).toEqual([["x.sh", "b"]]);
  });

  it("points a finding inside a patch at the line that carries it", () => {
    const patch = "*** Begin Patch\n*** Add File: setup.sh\n+#!/bin/sh\n+rm -rf ~\n*** End Patch";
    const v = inspect({ tool_name: "apply_patch", tool_input: { input: patch } });
    expect(v.action).toBe("block");
    const f = v.findings.find((x) => x.rule.startsWith("rm-"));
    expect(v.sanitized_text.slice(f?.span[0], f?.span[1])).toBe("rm -rf ~");
  });
});

describe("file reads by any tool", () => {
  it("reads the path arguments of reading tools and a glob tool's pattern", () => {
    const reads = (tool: string, args: unknown) => requestInput({ tool_name: tool, tool_input: args })?.reads.map((r) => r.path);
    expect(reads("Read", { file_path: "/a/b" })).toEqual(["/a/b"]);
    expect(reads("read_multiple_files", { paths: ["/a", "/b"] })).toEqual(["/a", "/b"]);
    expect(reads("Glob", { pattern: "**/.env", path: "." })).toEqual(["**/.env", "."]);
    expect(reads("Grep", { pattern: "\\.env", path: "src" })).toEqual(["src"]);
    expect(reads("write_file", { path: "/a", content: "x" })).toEqual([]);
  });
});
