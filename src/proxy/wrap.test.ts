import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { unwrapConfig, wrapConfig } from "./wrap.js";

const ORIGINAL = {
  mcpServers: {
    filesystem: { command: "npx", args: ["-y", "@modelcontextprotocol/server-filesystem", "/Users/me/proj"], env: { TOKEN: "x" } },
    remote: { type: "http", url: "https://mcp.example/mcp" },
  },
};

describe("wrap", () => {
  it("wraps stdio servers, keeps env and a backup, is idempotent, and undoes exactly", () => {
    const dir = mkdtempSync(join(tmpdir(), "bulwark-wrap-"));
    const path = join(dir, "claude_desktop_config.json");
    writeFileSync(path, JSON.stringify(ORIGINAL, null, 2));
    const first = wrapConfig(path, ["/opt/bulwark/bin/bulwark"]);
    expect(first.changed).toEqual(["filesystem"]);
    const wrapped = JSON.parse(readFileSync(path, "utf8"));
    expect(wrapped.mcpServers.filesystem.command).toBe("/opt/bulwark/bin/bulwark");
    expect(wrapped.mcpServers.filesystem.args.slice(-5)).toEqual(["--", "npx", "-y", "@modelcontextprotocol/server-filesystem", "/Users/me/proj"]);
    expect(wrapped.mcpServers.filesystem.args).toContain("mcp-proxy");
    expect(wrapped.mcpServers.filesystem.env).toEqual({ TOKEN: "x" });
    expect(JSON.parse(readFileSync(`${path}.bulwark-backup`, "utf8"))).toEqual(ORIGINAL);
    const again = wrapConfig(path, ["/opt/bulwark/bin/bulwark"]);
    expect(again.changed).toEqual([]);
    expect(JSON.parse(readFileSync(path, "utf8"))).toEqual(wrapped);
    unwrapConfig(path);
    expect(JSON.parse(readFileSync(path, "utf8"))).toEqual(ORIGINAL);
  });

  it("refuses a file without mcpServers or with invalid JSON", () => {
    const dir = mkdtempSync(join(tmpdir(), "bulwark-wrap-"));
    writeFileSync(join(dir, "a.json"), "{}");
    expect(() => wrapConfig(join(dir, "a.json"), ["bulwark"])).toThrow(/mcpServers/);
    writeFileSync(join(dir, "b.json"), "{not json");
    expect(() => wrapConfig(join(dir, "b.json"), ["bulwark"])).toThrow(/invalid JSON/);
  });
});
