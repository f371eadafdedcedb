// The policy file as hooks read it (BULWARK_POLICY, or BULWARK_HOME/policy.yaml): mode, profile,
// tools and servers.<name>.tools apply to hook events as they do in the proxy.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "../helpers/cli.js";

const GITHUB_PAT = "ghp_" + "Zq8vB2nL5mK9pR3tX7wY1cF4hJ6gD0sA2eQ8";

async function hookWith(policy: string | undefined, event: Record<string, unknown>, asHomeFile = false) {
  const home = mkdtempSync(join(tmpdir(), "bulwark-hook-policy-"));
  const env: NodeJS.ProcessEnv = { BULWARK_HOME: home };
  if (policy !== undefined) {
    const file = join(home, "policy.yaml");
    writeFileSync(file, policy);
    if (!asHomeFile) env.BULWARK_POLICY = file;
  }
  const r = await runCli(["hook", "claude-code", "--installed"], JSON.stringify({ session_id: "s", hook_event_name: "PreToolUse", ...event }), env);
  return { ...r, json: r.stdout.trim() ? JSON.parse(r.stdout) : undefined };
}

const bash = (command: string) => ({ tool_name: "Bash", tool_input: { command } });
const decision = (r: { json?: { hookSpecificOutput?: { permissionDecision?: string } } }) => r.json?.hookSpecificOutput?.permissionDecision;

describe("hooks follow the policy file", () => {
  it("tools: deny blocks a call the scanner would allow, and names the policy line", async () => {
    expect(decision(await hookWith(undefined, bash("ls -la")))).toBeUndefined();
    const r = await hookWith("tools:\n  Bash: deny\n", bash("ls -la"));
    expect(decision(r)).toBe("deny");
    expect(r.json.hookSpecificOutput.permissionDecisionReason).toContain("tools.Bash: deny");
  });

  it("tools: allow lets a call through that the scanner would hold; review holds one it would allow", async () => {
    expect(decision(await hookWith(undefined, bash("git push --force origin main")))).not.toBeUndefined();
    expect(decision(await hookWith("tools:\n  Bash: allow\n", bash("git push --force origin main")))).toBeUndefined();
    expect(decision(await hookWith("tools:\n  Write: review\n", { tool_name: "Write", tool_input: { file_path: "notes.txt", content: "hello" } }))).toBe("ask");
  });

  it("servers.<name>.tools applies to that server's MCP tools, read from BULWARK_HOME/policy.yaml too", async () => {
    const policy = "servers:\n  filesystem:\n    tools:\n      delete_file: deny\n";
    const call = { tool_name: "mcp__filesystem__delete_file", tool_input: { path: "/tmp/x.txt" } };
    expect(decision(await hookWith(policy, call, true))).toBe("deny");
    expect(decision(await hookWith(policy, { ...call, tool_name: "mcp__other__delete_file" }, true))).toBeUndefined();
  });

  it("profile: strict turns a review into a block", async () => {
    expect(decision(await hookWith(undefined, bash("rm -rf *")))).toBe("ask");
    expect(decision(await hookWith("profile: strict\n", bash("rm -rf *")))).toBe("deny");
  });

  it("mode: monitor blocks nothing, says what it would have done, and still redacts secrets in results", async () => {
    const r = await hookWith("mode: monitor\n", bash("rm -rf ~/.ssh"));
    expect(r.code).toBe(0);
    expect(decision(r)).toBeUndefined();
    expect(r.stderr).toContain("Bulwark (monitor): would block Bash");
    const result = await hookWith("mode: monitor\n", { hook_event_name: "PostToolUse", tool_name: "mcp__notes__read", tool_input: {}, tool_response: { content: [{ type: "text", text: `token ${GITHUB_PAT}` }] } });
    expect(result.stdout).not.toContain(GITHUB_PAT);
    expect(result.stdout).toContain("[REDACTED:github-pat]");
  });

  it("a policy file that is not valid stops the event with one line (fail closed before an action)", async () => {
    const r = await hookWith("mode: sometimes\n", bash("ls"));
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split("\n")).toHaveLength(1);
  });
});
