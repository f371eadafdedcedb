import { describe, expect, it } from "vitest";
import { DEFAULT_MAX_BYTES } from "./io.js";
import { plainHookArgs } from "./fast-hook.js";

describe("plainHookArgs", () => {
  it("reads what bulwark install writes and its plain variants", () => {
    expect(plainHookArgs(["hook", "claude-code", "--installed"])).toEqual({ agent: "claude-code", flags: { maxBytes: DEFAULT_MAX_BYTES } });
    expect(plainHookArgs(["hook"])).toEqual({ agent: undefined, flags: { maxBytes: DEFAULT_MAX_BYTES } });
    expect(plainHookArgs(["hook", "--fail", "open", "cursor"])).toEqual({ agent: "cursor", flags: { fail: "open", maxBytes: DEFAULT_MAX_BYTES } });
    expect(plainHookArgs(["hook", "gemini", "--max-bytes=1000", "--fail=closed"])).toEqual({ agent: "gemini", flags: { fail: "closed", maxBytes: 1000 } });
  });

  it("leaves everything else to the full CLI, which answers it as usual", () => {
    for (const argv of [
      ["inspect"],
      ["hook", "--help"],
      ["hook", "claude-code", "codex"],
      ["hook", "vim"],
      ["hook", "--fail", "maybe"],
      ["hook", "--fail"],
      ["hook", "--max-bytes", "0"],
      ["hook", "--max-bytes", "1e3"],
      ["hook", "claude-code", "--bogus"],
    ]) {
      expect(plainHookArgs(argv), argv.join(" ")).toBeUndefined();
    }
  });
});
