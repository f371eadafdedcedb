// Flow control through the Claude Code hook: PostToolUse events record what a session read,
// PreToolUse events of the same session_id are judged by it, one process per event as the agent
// runs them.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "../helpers/cli.js";

const CODE = "7391-ALPHA-2291";

async function hook(home: string, event: object, env: Record<string, string> = {}) {
  const run = await runCli(["hook", "claude-code"], JSON.stringify(event), { BULWARK_HOME: home, ...env });
  expect(run.code, run.stderr).toBe(0);
  const out = run.stdout ? (JSON.parse(run.stdout) as { hookSpecificOutput?: { permissionDecision?: string; permissionDecisionReason?: string } }) : undefined;
  return { decision: out?.hookSpecificOutput?.permissionDecision ?? "silent", reason: out?.hookSpecificOutput?.permissionDecisionReason ?? "", stderr: run.stderr };
}

function session(id: string) {
  return {
    fetched: { session_id: id, hook_event_name: "PostToolUse", tool_name: "WebFetch", tool_input: { url: "https://venue.example/hours", prompt: "opening hours?" }, tool_response: "Open daily from 8:00 to 22:00." },
    read: { session_id: id, hook_event_name: "PostToolUse", tool_name: "Read", tool_input: { file_path: "/home/dana/notes/vault.md" }, tool_response: { type: "text", file: { filePath: "/home/dana/notes/vault.md", content: `Vault code: ${CODE}` } } },
    send: (text: string) => ({ session_id: id, hook_event_name: "PreToolUse", tool_name: "mcp__chat__send_message", tool_input: { to: "dana", text } }),
  };
}

describe("flow control through the Claude Code hook", () => {
  it("asks before a send once the session read the web and private data, and denies one that carries the private value", async () => {
    const home = mkdtempSync(join(tmpdir(), "bulwark-flow-"));
    const s = session("s-1");
    // Nothing read yet: a send is the user's business.
    expect((await hook(home, s.send("on my way"))).decision).toBe("silent");
    expect((await hook(home, s.fetched)).decision).toBe("silent");
    expect((await hook(home, s.read)).decision).toBe("silent");
    const held = await hook(home, s.send("The venue opens at 8."));
    expect(held.decision).toBe("ask");
    expect(held.reason).toContain("policy:untrusted_flow");
    expect(held.reason).toContain("untrusted-private-egress");
    for (const text of [`code ${CODE}`, Buffer.from(`code ${CODE}`).toString("base64"), encodeURIComponent(`code ${CODE}`)]) {
      const blocked = await hook(home, s.send(text));
      expect(blocked.decision, text).toBe("deny");
      expect(blocked.reason).toContain("private-value-egress");
      expect(blocked.reason).not.toContain(CODE);
    }
    // Another session has read nothing.
    expect((await hook(home, session("s-2").send(`code ${CODE}`))).decision).toBe("silent");
  }, 60_000);

  it("follows the policy: a tool exempted, or monitor mode that only notes it", async () => {
    const home = mkdtempSync(join(tmpdir(), "bulwark-flow-"));
    const s = session("s-3");
    await hook(home, s.fetched);
    await hook(home, s.read);
    const exempt = join(home, "exempt.yaml");
    writeFileSync(exempt, "flow:\n  exempt: [mcp__chat__send_message]\n");
    expect((await hook(home, s.send(`code ${CODE}`), { BULWARK_POLICY: exempt })).decision).toBe("silent");
    const monitor = join(home, "monitor.yaml");
    writeFileSync(monitor, "flow:\n  mode: monitor\n");
    const noted = await hook(home, s.send(`code ${CODE}`), { BULWARK_POLICY: monitor });
    expect(noted.decision).toBe("silent");
    expect(noted.stderr).toMatch(/Bulwark flow \(monitor\): would block mcp__chat__send_message/);
    expect(noted.stderr).not.toContain(CODE);
    // The policy file in BULWARK_HOME is read without being named.
    writeFileSync(join(home, "policy.yaml"), "flow:\n  mode: off\n");
    expect((await hook(home, s.send(`code ${CODE}`))).decision).toBe("silent");
  }, 60_000);
});
