import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parse } from "jsonc-parser";
import { describe, expect, it } from "vitest";
import { unwrapConfig, unwrapText, wrapConfig, wrapText } from "./wrap.js";

const BULWARK = ["/opt/node", "/opt/bulwark/dist/cli/main.js"];

function configFile(name: string, text: string): string {
  const path = join(mkdtempSync(join(tmpdir(), "bulwark-wrap-")), name);
  writeFileSync(path, text);
  return path;
}

const DESKTOP = JSON.stringify(
  {
    mcpServers: {
      filesystem: { command: "npx", args: ["-y", "@modelcontextprotocol/server-filesystem", "/Users/me/proj"], env: { TOKEN: "x" } },
      bare: { command: "my-server" },
      empty: { command: "other-server", args: [] },
      remote: { type: "http", url: "https://mcp.example/mcp" },
    },
  },
  null,
  2,
);

const VSCODE = `// VS Code workspace servers
{
  "servers": {
    /* the project's files */
    "fs": {
      "type": "stdio",
      "command": "npx",
      "args": [
        "-y", // fetch it if missing
        "@modelcontextprotocol/server-filesystem",
        "\${workspaceFolder}",
      ],
    },
  },
}
`;

describe("wrap", () => {
  it("wraps stdio servers, keeps env and a backup, is idempotent, and undoes to the original bytes", () => {
    const path = configFile("claude_desktop_config.json", DESKTOP);
    const first = wrapConfig(path, BULWARK);
    expect(first.changed).toEqual(["filesystem", "bare", "empty", "remote"]);
    expect(first.skipped).toEqual([]);
    const wrappedText = readFileSync(path, "utf8");
    const wrapped = JSON.parse(wrappedText);
    expect(wrapped.mcpServers.filesystem.command).toBe("/opt/node");
    expect(wrapped.mcpServers.filesystem.args).toEqual(["/opt/bulwark/dist/cli/main.js", "mcp-proxy", "--name", "filesystem", "--", "npx", "-y", "@modelcontextprotocol/server-filesystem", "/Users/me/proj"]);
    expect(wrapped.mcpServers.filesystem.env).toEqual({ TOKEN: "x" });
    expect(wrapped.mcpServers.bare.args.slice(-2)).toEqual(["--", "my-server"]);
    expect(wrapped.mcpServers.remote).toEqual({ type: "stdio", command: "/opt/node", args: ["/opt/bulwark/dist/cli/main.js", "mcp-proxy", "--name", "remote", "--url", "https://mcp.example/mcp"] });
    expect(readFileSync(`${path}.bulwark-backup`, "utf8")).toBe(DESKTOP);
    expect(wrapConfig(path, BULWARK).changed).toEqual([]);
    expect(readFileSync(path, "utf8")).toBe(wrappedText);
    expect(unwrapConfig(path).changed).toEqual(["filesystem", "bare", "empty", "remote"]);
    expect(readFileSync(path, "utf8")).toBe(DESKTOP);
  });

  it("edits a JSONC file in place: comments, trailing commas and layout stay", () => {
    const { text, result } = wrapText("mcp.json", VSCODE, BULWARK);
    expect(result.changed).toEqual(["fs"]);
    expect(text).toContain("// VS Code workspace servers");
    expect(text).toContain("/* the project's files */");
    expect(text).toContain('"-y", // fetch it if missing');
    const value = parse(text, [], { allowTrailingComma: true });
    expect(value.servers.fs.command).toBe("/opt/node");
    expect(value.servers.fs.args).toEqual(["/opt/bulwark/dist/cli/main.js", "mcp-proxy", "--name", "fs", "--", "npx", "-y", "@modelcontextprotocol/server-filesystem", "${workspaceFolder}"]);
    expect(value.servers.fs.type).toBe("stdio");
    expect(unwrapText("mcp.json", text).text).toBe(VSCODE);
  });

  it("undoes by inverse edits when the file was edited after wrapping, keeping the edits", () => {
    const path = configFile("mcp.json", VSCODE);
    wrapConfig(path, BULWARK);
    const edited = readFileSync(path, "utf8").replace("// VS Code workspace servers", "// edited by hand");
    writeFileSync(path, edited);
    unwrapConfig(path);
    expect(readFileSync(path, "utf8")).toBe(VSCODE.replace("// VS Code workspace servers", "// edited by hand"));
  });

  it("wraps remote servers (VS Code type http with headers, Cursor's bare url) as mcp-proxy --url, and back", () => {
    const text = JSON.stringify(
      {
        servers: {
          api: { type: "http", url: "https://api.example/mcp", headers: { Authorization: "Bearer ${input:token}" } },
          legacy: { type: "sse", url: "https://old.example/sse" },
        },
        mcpServers: undefined,
      },
      null,
      2,
    );
    const cursor = JSON.stringify({ mcpServers: { docs: { url: "https://docs.example/mcp" } } }, null, 2);
    const wrapped = wrapText("mcp.json", text, BULWARK);
    expect(wrapped.result.changed).toEqual(["api"]);
    expect(wrapped.result.skipped).toEqual(["legacy (sse transport: only Streamable HTTP is proxied)"]);
    expect(JSON.parse(wrapped.text).servers.api).toEqual({ type: "stdio", command: "/opt/node", args: ["/opt/bulwark/dist/cli/main.js", "mcp-proxy", "--name", "api", "--url", "https://api.example/mcp", "--header", "Authorization: Bearer ${input:token}"] });
    expect(wrapText("mcp.json", wrapped.text, BULWARK).result.changed).toEqual([]);
    expect(JSON.parse(unwrapText("mcp.json", wrapped.text).text)).toEqual(JSON.parse(text));
    const c = wrapText("mcp.json", cursor, BULWARK);
    expect(JSON.parse(c.text).mcpServers.docs).toEqual({ command: "/opt/node", args: ["/opt/bulwark/dist/cli/main.js", "mcp-proxy", "--name", "docs", "--url", "https://docs.example/mcp"] });
    expect(JSON.parse(unwrapText("mcp.json", c.text).text)).toEqual(JSON.parse(cursor));
  });

  it("recognises entries wrapped by earlier versions (--bulwark-wrapped) and unwraps them", () => {
    const old = JSON.stringify({ mcpServers: { fs: { command: "/opt/node", args: ["main.js", "mcp-proxy", "--name", "fs", "--bulwark-wrapped", "--", "npx", "-y", "server"] } } }, null, 2);
    expect(wrapText("old.json", old, BULWARK).result.skipped).toEqual(["fs (already wrapped)"]);
    expect(JSON.parse(unwrapText("old.json", old).text).mcpServers.fs).toEqual({ command: "npx", args: ["-y", "server"] });
  });

  it("wraps an entry that runs another tool's mcp-proxy subcommand, and one wrapped by hand with bulwark is left", () => {
    const lookalike = JSON.stringify({ mcpServers: { gw: { command: "npx", args: ["-y", "some-gateway", "mcp-proxy", "--", "node", "server.js"] }, mine: { command: "npx", args: ["bulwark", "mcp-proxy", "--", "node", "server.js"] } } }, null, 2);
    const { text, result } = wrapText("l.json", lookalike, BULWARK);
    expect(result.changed).toEqual(["gw"]);
    expect(result.skipped).toEqual(["mine (already wrapped)"]);
    expect(JSON.parse(text).mcpServers.gw.args).toEqual(["/opt/bulwark/dist/cli/main.js", "mcp-proxy", "--name", "gw", "--", "npx", "-y", "some-gateway", "mcp-proxy", "--", "node", "server.js"]);
    expect(unwrapText("l.json", text).text).toBe(lookalike);
  });

  it("wraps a file that starts with a byte order mark, keeping it, and undoes to the same bytes", () => {
    const path = configFile("bom.json", `\uFEFF${DESKTOP.replace(/\n/g, "\r\n")}`);
    const before = readFileSync(path);
    expect(wrapConfig(path, BULWARK).changed.length).toBeGreaterThan(0);
    expect(readFileSync(path, "utf8").startsWith("\uFEFF")).toBe(true);
    unwrapConfig(path);
    expect(readFileSync(path).equals(before)).toBe(true);
  });

  it("refuses a file without mcpServers or with invalid JSON, naming the line but not the text", () => {
    expect(() => wrapText("a.json", "{}", BULWARK)).toThrow(/mcpServers/);
    expect(() => wrapText("b.json", '{\n  "mcpServers": {\n    "x": { "command": "sk_live_abc" oops }\n  }\n}', BULWARK)).toThrow(/^b\.json: invalid JSON \(with comments\): InvalidSymbol at line 3$/);
    expect(() => wrapConfig("/nonexistent/mcp.json", BULWARK)).toThrow(/ENOENT/);
  });
});
