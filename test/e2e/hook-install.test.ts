// `bulwark install AGENT` / `--undo` / `bulwark doctor` on temporary HOME and project folders,
// through the built CLI; the hook command written into each config is then run the way the
// agent runs it (sh -c, the event on stdin).
import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { CLI, type CliResult } from "../helpers/cli.js";
import { SEED } from "./hook-helpers.js";

const temps: string[] = [];
afterEach(() => {
  for (const dir of temps.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), "bulwark-install-"));
  temps.push(dir);
  return dir;
}

function bulwark(args: string[], home: string, cwd: string = home): Promise<CliResult & { json: any }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI, ...args], { cwd, env: { ...process.env, HOME: home } });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d: Buffer) => (stdout += d.toString()));
    child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
    child.on("error", reject);
    child.on("close", (code) => {
      let json: unknown;
      try {
        json = JSON.parse(stdout);
      } catch {
        json = undefined;
      }
      resolve({ code, stdout, stderr, json });
    });
    child.stdin.end();
  });
}

function put(path: string, text: string): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
}

/** The command strings Bulwark's installer wrote, in either layout. */
function ourCommands(config: any): string[] {
  return Object.values(config.hooks ?? {}).flatMap((list: any) =>
    list.flatMap((entry: any) => [entry.command, ...(entry.hooks ?? []).map((h: any) => h.command)]).filter((c: unknown) => typeof c === "string" && c.endsWith(" --installed")),
  );
}

const EXISTING: Record<string, { file: string; text: string; events: string[] }> = {
  "claude-code": {
    file: ".claude/settings.json",
    text: `{\n  "model": "opus",\n  "hooks": {\n    "PreToolUse": [\n      { "matcher": "Bash", "hooks": [{ "type": "command", "command": "./my-lint.sh" }] }\n    ]\n  }\n}\n`,
    events: ["PreToolUse", "PostToolUse", "UserPromptSubmit"],
  },
  cursor: {
    file: ".cursor/hooks.json",
    text: `{\n  "version": 1,\n  "hooks": {\n    "afterFileEdit": [{ "command": "./hooks/format.sh" }]\n  }\n}\n`,
    events: ["beforeShellExecution", "beforeMCPExecution", "beforeReadFile", "beforeSubmitPrompt", "postToolUse"],
  },
  gemini: {
    // Gemini CLI's settings.json is JSON with comments.
    file: ".gemini/settings.json",
    text: `{\n  // my theme, keep it\n  "theme": "GitHub",\n  /* tools */\n  "tools": { "sandbox": false },\n}\n`,
    events: ["BeforeTool", "AfterTool", "BeforeAgent"],
  },
  codex: {
    file: ".codex/hooks.json",
    text: `{\n  "hooks": {\n    "Stop": [{ "hooks": [{ "type": "command", "command": "notify-send done" }] }]\n  }\n}\n`,
    events: ["PreToolUse", "PostToolUse", "UserPromptSubmit"],
  },
};

describe("bulwark install", () => {
  for (const [agent, { file, text, events }] of Object.entries(EXISTING)) {
    it(`${agent}: adds the hook beside the user's own, keeps a byte-exact backup, is idempotent, and --undo restores the bytes`, async () => {
      const home = tempDir();
      const path = join(home, file);
      put(path, text);
      const first = await bulwark(["install", agent], home);
      expect(first.code, first.stderr).toBe(0);
      expect(first.json).toMatchObject({ agent, scope: "user", file: path, changed: true, events, backup: `${path}.bulwark-backup` });
      expect(readFileSync(`${path}.bulwark-backup`, "utf8")).toBe(text);
      const written = readFileSync(path, "utf8");
      if (agent === "gemini") {
        expect(written).toContain("// my theme, keep it");
        expect(written).toContain("/* tools */");
      }
      const { parse } = await import("jsonc-parser");
      const config = parse(written);
      const commands = ourCommands(config);
      expect(commands).toHaveLength(events.length);
      for (const command of commands) expect(command).toBe(`${process.execPath} ${CLI} hook ${agent} --installed`);
      expect(JSON.stringify(config)).toContain(agent === "cursor" ? "./hooks/format.sh" : agent === "codex" ? "notify-send done" : agent === "gemini" ? "GitHub" : "./my-lint.sh");

      const again = await bulwark(["install", agent], home);
      expect(again.json).toMatchObject({ changed: false, events: [] });
      expect(readFileSync(path, "utf8")).toBe(written);

      const undo = await bulwark(["install", agent, "--undo"], home);
      expect(undo.json).toMatchObject({ changed: true, undo: "restored" });
      expect(readFileSync(path, "utf8")).toBe(text);
      expect(existsSync(`${path}.bulwark-backup`)).toBe(false);
    });
  }

  it("the command it writes is the hook: run as the agent runs it, it denies the seed payload", async () => {
    const home = tempDir();
    await bulwark(["install", "claude-code"], home);
    const settings = JSON.parse(readFileSync(join(home, ".claude/settings.json"), "utf8"));
    const command = settings.hooks.PreToolUse[0].hooks[0].command as string;
    const event = { session_id: "s", transcript_path: "/t", cwd: home, permission_mode: "default", hook_event_name: "PreToolUse", tool_name: "Bash", tool_input: { command: SEED } };
    // Agents start hooks with a reduced PATH: the command must not need one.
    const run = spawnSync("/bin/sh", ["-c", command], { input: JSON.stringify(event), env: { PATH: "/nonexistent" }, encoding: "utf8" });
    expect(run.status, run.stderr).toBe(0);
    expect(JSON.parse(run.stdout).hookSpecificOutput.permissionDecision).toBe("deny");
  });

  it("creates the file when there is none, and --undo removes it again", async () => {
    const home = tempDir();
    const r = await bulwark(["install", "cursor"], home);
    expect(r.json).toMatchObject({ changed: true });
    expect(r.json.backup).toBeUndefined();
    const config = JSON.parse(readFileSync(join(home, ".cursor/hooks.json"), "utf8"));
    expect(config.version).toBe(1);
    expect(Object.keys(config.hooks)).toEqual(EXISTING.cursor?.events);
    const undo = await bulwark(["install", "cursor", "--undo"], home);
    expect(undo.json).toMatchObject({ undo: "removed" });
    expect(existsSync(join(home, ".cursor/hooks.json"))).toBe(false);
    // The folder install made goes too, so doctor does not report an agent that was never there.
    expect(existsSync(join(home, ".cursor"))).toBe(false);
    expect((await bulwark(["doctor", "--json"], home)).json.agents).toEqual([]);
    // A folder that was there before (with other files) stays.
    mkdirSync(join(home, ".codex"));
    writeFileSync(join(home, ".codex", "config.toml"), "model = 'x'\n");
    await bulwark(["install", "codex"], home);
    await bulwark(["install", "codex", "--undo"], home);
    expect(readFileSync(join(home, ".codex", "config.toml"), "utf8")).toBe("model = 'x'\n");
  });

  it("--undo after the user edited the file removes only Bulwark's entries and keeps the backup", async () => {
    const home = tempDir();
    const path = join(home, ".codex/hooks.json");
    put(path, EXISTING.codex?.text as string);
    await bulwark(["install", "codex"], home);
    const { modify, applyEdits } = await import("jsonc-parser");
    const edited = readFileSync(path, "utf8");
    writeFileSync(path, applyEdits(edited, modify(edited, ["hooks", "SessionStart"], [{ hooks: [{ type: "command", command: "echo hi" }] }], {})));
    const undo = await bulwark(["install", "codex", "--undo"], home);
    expect(undo.json).toMatchObject({ undo: "edited", backup: `${path}.bulwark-backup` });
    const after = JSON.parse(readFileSync(path, "utf8"));
    expect(ourCommands(after)).toEqual([]);
    expect(Object.keys(after.hooks).sort()).toEqual(["SessionStart", "Stop"]);
  });

  it("--project writes the project's config, not HOME's; a changed CLI path is updated in place", async () => {
    const home = tempDir();
    const project = tempDir();
    const r = await bulwark(["install", "gemini", "--project"], home, project);
    expect(r.json).toMatchObject({ scope: "project", file: join(project, ".gemini/settings.json") });
    expect(existsSync(join(home, ".gemini"))).toBe(false);
    const moved = await bulwark(["install", "gemini", "--project", "--bulwark", "/opt/bulwark/bin/bulwark"], home, project);
    expect(moved.json).toMatchObject({ changed: true, events: ["BeforeTool", "AfterTool", "BeforeAgent"] });
    const commands = ourCommands(JSON.parse(readFileSync(join(project, ".gemini/settings.json"), "utf8")));
    expect(commands).toEqual(Array(3).fill("/opt/bulwark/bin/bulwark hook gemini --installed"));
  });

  it("still knows its entry after the user adds --fail open to it: doctor says protected and a second install adds nothing", async () => {
    const home = tempDir();
    await bulwark(["install", "claude-code"], home);
    const file = join(home, ".claude", "settings.json");
    writeFileSync(file, readFileSync(file, "utf8").replace(/--installed"/g, '--installed --fail open"'));
    expect((await bulwark(["doctor"], home)).stdout).toMatch(/ok +claude-code +user .*protected/);
    await bulwark(["install", "claude-code"], home);
    const commands = readFileSync(file, "utf8").match(/ hook claude-code /g) ?? [];
    expect(commands).toHaveLength(3);
  });

  it("doctor says when Claude Code will not run the hook on shell commands: disableAllHooks, or a matcher without Bash", async () => {
    const home = tempDir();
    await bulwark(["install", "claude-code"], home);
    const file = join(home, ".claude", "settings.json");
    const installed = JSON.parse(readFileSync(file, "utf8"));
    writeFileSync(file, JSON.stringify({ ...installed, disableAllHooks: true }));
    expect((await bulwark(["doctor"], home)).stdout).toMatch(/NO +claude-code +user .*disableAllHooks is true/);
    installed.hooks.PreToolUse[0].matcher = "Read";
    writeFileSync(file, JSON.stringify(installed));
    expect((await bulwark(["doctor"], home)).stdout).toMatch(/NO +claude-code +user .*matcher does not match Bash/);
  });

  it("refuses a config that is not valid JSON in one line naming the position, never its content", async () => {
    const home = tempDir();
    put(join(home, ".claude/settings.json"), `{"env": {"TOKEN": "ghp_Zq8vB2nL5mK9pR3tX7wY1cF4hJ6gD0sA2eQ8"},, }`);
    const r = await bulwark(["install", "claude-code"], home);
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split("\n")).toHaveLength(1);
    expect(r.stderr).toMatch(/settings\.json: not valid JSON at line 1 column \d+/);
    expect(r.stderr).not.toContain("ghp_");
    const usage = await bulwark(["install", "vim"], home);
    expect(usage.code).toBe(2);
    expect(usage.stderr).toMatch(/unknown agent "vim"/);
  });
});

describe("bulwark doctor", () => {
  it("says which agents and MCP servers are protected, with a one-line fix for each that is not", async () => {
    const home = tempDir();
    const project = tempDir();
    await bulwark(["install", "claude-code"], home);
    put(join(home, ".cursor/hooks.json"), `{"version": 1, "hooks": {}}`);
    // Another tool's mcp-proxy subcommand is not Bulwark.
    put(join(home, ".cursor/mcp.json"), JSON.stringify({ mcpServers: { github: { command: "npx", args: ["-y", "gh-mcp"] }, gateway: { command: "npx", args: ["-y", "some-gateway", "mcp-proxy", "--", "node", "server.js"] } } }));
    // Wrapped the way a user does it, by `bulwark wrap`: a stdio server and a remote one.
    put(join(project, ".vscode/mcp.json"), JSON.stringify({ servers: { fs: { command: "npx", args: ["fs-mcp"] }, remote: { type: "http", url: "https://mcp.example.com/mcp" } } }));
    expect((await bulwark(["wrap", join(project, ".vscode/mcp.json")], home, project)).code).toBe(0);
    put(join(home, ".gemini/settings.json"), `{ "theme": `);
    put(join(project, ".codex/hooks.json"), JSON.stringify({ hooks: { PreToolUse: [{ hooks: [{ type: "command", command: "/gone/node /gone/main.js hook codex --installed" }] }] } }));

    const text = await bulwark(["doctor"], home, project);
    expect(text.code).toBe(0);
    const lines = text.stdout.split("\n");
    expect(lines.find((l) => l.includes("claude-code") && l.includes("user"))).toMatch(/^ {2}ok .*protected/);
    expect(lines.find((l) => l.includes("cursor") && l.includes("hooks.json"))).toMatch(/NO .*not protected: no Bulwark hook/);
    expect(text.stdout).toContain("fix: bulwark install cursor --user");
    expect(lines.find((l) => l.includes("gemini"))).toMatch(/FAIL .*not valid JSON/);
    expect(lines.find((l) => l.includes("codex"))).toMatch(/FAIL .*\/gone\/node, which no longer exists/);
    expect(text.stdout).toContain("fix: bulwark install codex --project");
    expect(text.stdout).toMatch(/NO .*"github": not protected/);
    expect(text.stdout).toMatch(/NO .*"gateway": not protected/);
    expect(text.stdout).toContain(`fix: bulwark wrap ${join(home, ".cursor/mcp.json")}`);
    expect(text.stdout).toMatch(/ok .*"fs": behind bulwark mcp-proxy/);
    expect(text.stdout).toMatch(/ok .*"remote": behind bulwark mcp-proxy/);
    expect(text.stdout).toContain("1 of 4 agents protected; 2 of 4 MCP servers behind the proxy.");

    const json = await bulwark(["doctor", "--json"], home, project);
    expect(json.json.absent).toEqual([]);
    expect(json.json.agents.map((a: any) => `${a.agent}:${a.scope}:${a.status}`).sort()).toEqual(["claude-code:user:protected", "codex:project:broken", "cursor:user:not protected", "gemini:user:broken"]);
  });

  it("on a machine with no agents says so", async () => {
    const home = tempDir();
    const r = await bulwark(["doctor", "--json"], home);
    expect(r.json).toMatchObject({ agents: [], absent: ["claude-code", "cursor", "gemini", "codex"], mcp: [] });
  });
});
