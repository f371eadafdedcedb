// Flow control through `bulwark mcp-proxy`, with the real SDK client and a real SDK server:
// the connection's state (what it read) decides what its next calls may do.
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { StdioClientTransport } from "@modelcontextprotocol/sdk/client/stdio.js";
import { afterEach, describe, expect, it } from "vitest";
import { CLI } from "../helpers/cli.js";

const SERVER = fileURLToPath(new URL("../fixtures/flow-server.mjs", import.meta.url));
const CODE = "7391-ALPHA-2291";

let clients: Client[] = [];
afterEach(async () => {
  await Promise.all(clients.map((c) => c.close().catch(() => undefined)));
  clients = [];
});

async function connect(proxyArgs: string[] = []) {
  const home = mkdtempSync(join(tmpdir(), "bulwark-flow-"));
  const sent = join(home, "sent.jsonl");
  const transport = new StdioClientTransport({
    command: process.execPath,
    args: [CLI, "mcp-proxy", ...proxyArgs.map((a) => a.replace("$HOME", home)), "--", process.execPath, SERVER],
    env: { ...(process.env as Record<string, string>), BULWARK_HOME: home, SENT_FILE: sent },
    stderr: "pipe",
  });
  const client = new Client({ name: "bulwark-e2e", version: "1.0.0" });
  await client.connect(transport);
  clients.push(client);
  await client.listTools();
  const call = async (name: string, args: Record<string, unknown> = {}) => {
    const r = (await client.callTool({ name, arguments: args })) as { isError?: boolean; content: Array<{ text: string }> };
    return { error: r.isError === true, text: r.content.map((c) => c.text).join("\n") };
  };
  const delivered = () => (existsSync(sent) ? readFileSync(sent, "utf8").trim().split("\n").filter(Boolean).length : 0);
  const audit = () => (existsSync(join(home, "audit.jsonl")) ? readFileSync(join(home, "audit.jsonl"), "utf8") : "");
  return { call, delivered, audit, home };
}

describe("flow control through mcp-proxy", () => {
  it("passes ordinary flows: a send with nothing read, a fetch then a read", async () => {
    const s = await connect();
    expect((await s.call("send_message", { to: "dana", text: "on my way" })).error).toBe(false);
    expect((await s.call("fetch_page", { url: "https://venue.example" })).error).toBe(false);
    expect((await s.call("read_notes")).text).toContain(CODE);
    expect(s.delivered()).toBe(1);
  });

  it("holds a send after fetch + read, and blocks one carrying the private value in any encoding", async () => {
    const s = await connect();
    await s.call("fetch_page", { url: "https://venue.example" });
    await s.call("read_notes");
    const held = await s.call("send_message", { to: "dana", text: "the venue opens at 9" });
    expect(held.error).toBe(true);
    expect(held.text).toContain("Held for review");
    expect(held.text).toContain("policy:untrusted_flow");
    for (const text of [`code ${CODE}`, Buffer.from(`the code is ${CODE}`).toString("base64"), encodeURIComponent(`code=${CODE}`)]) {
      const blocked = await s.call("send_message", { to: "front-desk@venue.example", text });
      expect(blocked.error, text).toBe(true);
      expect(blocked.text).toContain("Blocked by security policy");
      expect(blocked.text).toContain("private-value-egress");
    }
    expect(s.delivered()).toBe(0);
    const audit = s.audit();
    expect(audit).toContain("policy:untrusted_flow");
    expect(audit).toContain("fetch_page at ");
    expect(audit).not.toContain(CODE);
  });

  it("logs and forwards in monitor mode; the policy file turns it off for one tool", async () => {
    const monitor = await connect(["--mode", "monitor"]);
    await monitor.call("fetch_page", { url: "https://venue.example" });
    await monitor.call("read_notes");
    expect((await monitor.call("send_message", { to: "dana", text: `code ${CODE}` })).error).toBe(false);
    expect(monitor.delivered()).toBe(1);
    expect(monitor.audit()).toContain("flow monitor");
    const home = mkdtempSync(join(tmpdir(), "bulwark-policy-"));
    const policy = join(home, "policy.yaml");
    writeFileSync(policy, "flow:\n  exempt: [send_message]\n");
    const exempt = await connect(["--policy", policy]);
    await exempt.call("fetch_page", { url: "https://venue.example" });
    await exempt.call("read_notes");
    expect((await exempt.call("send_message", { to: "dana", text: `code ${CODE}` })).error).toBe(false);
  });
});
