import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadPolicy, profileFor, toolRule } from "./policy.js";

function policyFile(name: string, text: string): string {
  const path = join(mkdtempSync(join(tmpdir(), "bulwark-policy-")), name);
  writeFileSync(path, text);
  return path;
}

describe("proxy policy", () => {
  it("reads YAML and JSON with defaults, per-tool and per-surface settings", () => {
    const yaml = loadPolicy(policyFile("p.yaml", "mode: monitor\ntools:\n  write_file: review\nservers:\n  fs:\n    tools:\n      write_file: deny\nsurfaces:\n  tool_result:\n    profile: strict\n"));
    expect(yaml.mode).toBe("monitor");
    expect(yaml.results).toBe("withhold");
    expect(toolRule(yaml, "fs", "write_file")).toBe("deny");
    expect(toolRule(yaml, "other", "write_file")).toBe("review");
    expect(profileFor(yaml, "tool_result")).toBe("strict");
    expect(profileFor(yaml, "tool_call_args")).toBe("balanced");
    expect(loadPolicy(policyFile("p.json", '{"results":"mark"}')).results).toBe("mark");
  });

  it("names the field of a bad policy and rejects unknown keys", () => {
    expect(() => loadPolicy(policyFile("a.yaml", "tools:\n  x: maybe\n"))).toThrow(/tools\.x/);
    expect(() => loadPolicy(policyFile("b.yaml", "colour: blue\n"))).toThrow(/colour|Unrecognized/);
    expect(() => loadPolicy(policyFile("c.json", "{oops"))).toThrow(/not valid JSON/);
    expect(() => loadPolicy("/nonexistent/policy.yaml")).toThrow(/ENOENT/);
  });

  it("keeps timeout_ms within what a timer can wait (a longer one would fire at once)", () => {
    expect(loadPolicy(policyFile("t.yaml", "timeout_ms: 2147483647\n")).timeout_ms).toBe(2147483647);
    expect(() => loadPolicy(policyFile("u.yaml", "timeout_ms: 99999999999999\n"))).toThrow(/timeout_ms: at most 2147483647/);
  });
});

describe("the hooks' default policy", () => {
  it("is what the schema gives for an empty file (hooks build it without loading the schema)", async () => {
    const { defaultHookPolicy } = await import("../hooks/flow.js");
    const { defaultPolicy } = await import("./policy.js");
    expect(defaultHookPolicy()).toEqual(defaultPolicy());
  });
});
