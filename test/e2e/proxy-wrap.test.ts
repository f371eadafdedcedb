// `bulwark wrap` as a user runs it: a real client config holding the real reference servers is
// wrapped by the built CLI, then every wrapped entry is started exactly as the file says (the SDK
// StdioClientTransport with the entry's command, args and env, as Claude Desktop or VS Code would).
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { StdioClientTransport } from "@modelcontextprotocol/sdk/client/stdio.js";
import { parse } from "jsonc-parser";
import { afterEach, describe, expect, it } from "vitest";
import { runCli } from "../helpers/cli.js";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const server = (name: string) => join(ROOT, `node_modules/@modelcontextprotocol/server-${name}/dist/index.js`);

interface ServerEntry {
  command: string;
  args?: string[];
  env?: Record<string, string>;
}

let clients: Client[] = [];
afterEach(async () => {
  await Promise.all(clients.map((c) => c.close().catch(() => undefined)));
  clients = [];
});

async function start(entry: ServerEntry): Promise<Client> {
  const transport = new StdioClientTransport({ command: entry.command, args: entry.args ?? [], env: entry.env ?? {}, stderr: "pipe" });
  const client = new Client({ name: "wrap-e2e", version: "1.0.0" });
  await client.connect(transport);
  clients.push(client);
  return client;
}

function setup() {
  const dir = mkdtempSync(join(tmpdir(), "bulwark-wrap-e2e-"));
  const home = join(dir, "bulwark-home");
  writeFileSync(join(dir, "hello.txt"), "hello from the project\n");
  return { dir, home };
}

describe("bulwark wrap, then start what it wrote", () => {
  it("Claude Desktop config: filesystem, memory and everything start behind the proxy and answer", async () => {
    const { dir, home } = setup();
    const env = { BULWARK_HOME: home };
    const original = `${JSON.stringify(
      {
        mcpServers: {
          filesystem: { command: process.execPath, args: [server("filesystem"), dir], env },
          memory: { command: process.execPath, args: [server("memory")], env: { ...env, MEMORY_FILE_PATH: join(dir, "memory.jsonl") } },
          everything: { command: process.execPath, args: [server("everything"), "stdio"], env },
        },
      },
      null,
      2,
    )}\n`;
    const path = join(dir, "claude_desktop_config.json");
    writeFileSync(path, original);

    const wrapped = await runCli(["wrap", path]);
    expect(wrapped.code).toBe(0);
    expect(JSON.parse(wrapped.stdout).changed).toEqual(["filesystem", "memory", "everything"]);
    const config = JSON.parse(readFileSync(path, "utf8")) as { mcpServers: Record<string, ServerEntry> };
    for (const entry of Object.values(config.mcpServers)) expect(entry.args).toContain("mcp-proxy");

    const fs = await start(config.mcpServers.filesystem as ServerEntry);
    expect((await fs.listTools()).tools.map((t) => t.name)).toContain("read_text_file");
    expect(JSON.stringify(await fs.callTool({ name: "read_text_file", arguments: { path: join(dir, "hello.txt") } }))).toContain("hello from the project");

    const memory = await start(config.mcpServers.memory as ServerEntry);
    expect((await memory.listTools()).tools.map((t) => t.name)).toContain("read_graph");
    await memory.callTool({ name: "create_entities", arguments: { entities: [{ name: "alice", entityType: "person", observations: ["Works on the payments team"] }] } });
    expect(JSON.stringify(await memory.callTool({ name: "read_graph", arguments: {} }))).toContain("payments team");

    const everything = await start(config.mcpServers.everything as ServerEntry);
    expect((await everything.listTools()).tools.map((t) => t.name)).toContain("echo");
    expect(await everything.callTool({ name: "echo", arguments: { message: "through the wrap" } })).toEqual({ content: [{ type: "text", text: "Echo: through the wrap" }] });

    // The proxy really sat in between: it pinned each server's tools.
    expect(readFileSync(join(home, "pins.json"), "utf8")).toContain("read_graph");

    const again = await runCli(["wrap", path]);
    expect(JSON.parse(again.stdout).changed).toEqual([]);
    const undo = await runCli(["wrap", "--undo", path]);
    expect(undo.code).toBe(0);
    expect(readFileSync(path, "utf8")).toBe(original);
  }, 60_000);

  it("VS Code JSONC config: wrapped with its comments kept, starts, and --undo restores the bytes", async () => {
    const { dir, home } = setup();
    const original = [
      "// Servers for this workspace",
      "{",
      '  "servers": {',
      "    /* project files */",
      '    "fs": {',
      '      "type": "stdio",',
      `      "command": ${JSON.stringify(process.execPath)},`,
      `      "args": [${JSON.stringify(server("filesystem"))}, ${JSON.stringify(dir)},], // trailing comma`,
      `      "env": { "BULWARK_HOME": ${JSON.stringify(home)} },`,
      "    },",
      "  },",
      "}",
      "",
    ].join("\n");
    const path = join(dir, "mcp.json");
    writeFileSync(path, original);
    const wrapped = await runCli(["wrap", path]);
    expect(wrapped.code).toBe(0);
    const text = readFileSync(path, "utf8");
    expect(text).toContain("// Servers for this workspace");
    expect(text).toContain("/* project files */");
    expect(text).toContain("// trailing comma");
    const entry = (parse(text, [], { allowTrailingComma: true }) as { servers: Record<string, ServerEntry> }).servers.fs as ServerEntry;
    const client = await start(entry);
    expect(JSON.stringify(await client.callTool({ name: "read_text_file", arguments: { path: join(dir, "hello.txt") } }))).toContain("hello from the project");

    await runCli(["wrap", path]);
    expect(readFileSync(path, "utf8")).toBe(text);
    await runCli(["wrap", "--undo", path]);
    expect(readFileSync(path, "utf8")).toBe(original);
  }, 60_000);

  it("refuses a config that is not JSON with one line and exit 2, without quoting it", async () => {
    const { dir } = setup();
    const path = join(dir, "broken.json");
    writeFileSync(path, '{ "mcpServers": { "x": { "command": "ghp_Zq8vB2nL5mK9pR3tX7wY1cF4hJ6gD0sA2eQ8" oops } } }');
    const r = await runCli(["wrap", path]);
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split("\n")).toHaveLength(1);
    expect(r.stderr).toMatch(/invalid JSON/);
    expect(r.stderr).not.toContain("ghp_");
  });
});
