// `bulwark doctor`: which agents on this machine (under HOME) and in this project run Bulwark's
// hook, and which MCP servers in the clients' configs run behind `bulwark mcp-proxy`; one fix
// line for each that does not. Reads files only; changes nothing.
import { existsSync } from "node:fs";
import { join } from "node:path";
import { HOOK_AGENTS, type HookAgent } from "../hooks/index.js";
import { AGENT_CONFIGS, type Scope } from "./agents.js";
import { readConfig } from "./config-file.js";
import { commandWords, isOurCommand } from "./hook-command.js";
import { runsThroughBulwark } from "../proxy/wrapped.js";

export type Status = "protected" | "not protected" | "broken";

export interface AgentCheck {
  agent: HookAgent;
  scope: Scope;
  file: string;
  status: Status;
  /** Events Bulwark checks that have no Bulwark hook in this file. */
  missing: string[];
  problem?: string;
  fix?: string;
  /** The file could not be read as JSON. */
  unreadable?: true;
}

export interface McpCheck {
  client: string;
  file: string;
  server: string;
  status: Status;
  fix?: string;
}

export interface DoctorReport {
  home: string;
  project: string;
  agents: AgentCheck[];
  /** Agents with no folder under HOME or the project. */
  absent: HookAgent[];
  mcp: McpCheck[];
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

/** Every command string under hooks.<event>, in either layout. */
function commandsOf(list: unknown): string[] {
  if (!Array.isArray(list)) return [];
  return list.flatMap((entry) => {
    if (!isObject(entry)) return [];
    const own = typeof entry.command === "string" ? [entry.command] : [];
    const nested = Array.isArray(entry.hooks) ? entry.hooks.flatMap((h) => (isObject(h) && typeof h.command === "string" ? [h.command] : [])) : [];
    return [...own, ...nested];
  });
}

/** Does one of Bulwark's entries under this event have a matcher that selects the tool (Claude Code's matchers are regular expressions; empty or "*" is every tool)? */
function matcherCovers(list: unknown, tool: string): boolean {
  if (!Array.isArray(list)) return false;
  return list.some((entry) => {
    if (!isObject(entry) || !commandsOf([entry]).some((c) => isOurCommand(c, "claude-code"))) return false;
    const matcher = typeof entry.matcher === "string" ? entry.matcher : "";
    if (matcher === "" || matcher === "*") return true;
    try {
      return new RegExp(`^(?:${matcher})$`).test(tool);
    } catch {
      return matcher.split("|").includes(tool);
    }
  });
}

function checkAgent(agent: HookAgent, scope: Scope, base: string): AgentCheck | undefined {
  const cfg = AGENT_CONFIGS[agent];
  const file = cfg.file(base);
  if (!existsSync(cfg.dir(base)) && !existsSync(file)) return undefined;
  const fix = `bulwark install ${agent} --${scope}`;
  let value: Record<string, unknown>;
  try {
    value = readConfig(file).value;
  } catch (err) {
    return { agent, scope, file, status: "broken", missing: [], unreadable: true, problem: (err as Error).message, fix: `fix ${file}, then ${fix}` };
  }
  const hooks = isObject(value.hooks) ? value.hooks : {};
  const missing: string[] = [];
  let stale: string | undefined;
  for (const { event } of cfg.events) {
    const ours = commandsOf(hooks[event]).filter((c) => isOurCommand(c, agent));
    if (ours.length === 0) missing.push(event);
    for (const command of ours) {
      // node, then the CLI: a hook whose program is gone fails in the agent, usually open.
      const gone = commandWords(command).slice(0, 2).find((w) => w.startsWith("/") && !existsSync(w));
      if (gone) stale = `the hook runs ${gone}, which no longer exists`;
    }
  }
  if (stale) return { agent, scope, file, status: "broken", missing, problem: stale, fix };
  // Claude Code runs no hook at all with disableAllHooks, and a PreToolUse matcher that does not
  // match Bash leaves shell commands unchecked.
  if (agent === "claude-code" && value.disableAllHooks === true) return { agent, scope, file, status: "not protected", missing, problem: "disableAllHooks is true in this file: Claude Code runs no hook", fix: `remove "disableAllHooks" from ${file}` };
  if (agent === "claude-code" && missing.length === 0 && !matcherCovers(hooks.PreToolUse, "Bash")) {
    return { agent, scope, file, status: "not protected", missing, problem: "Bulwark's PreToolUse matcher does not match Bash, so shell commands are not checked", fix };
  }
  if (missing.length > 0) return { agent, scope, file, status: "not protected", missing, problem: missing.length === cfg.events.length ? "no Bulwark hook" : `no Bulwark hook for ${missing.join(", ")}`, fix };
  return { agent, scope, file, status: "protected", missing };
}

/** MCP client configs: [client, file, key holding the servers]. */
function mcpConfigs(home: string, project: string): Array<[string, string, string]> {
  return [
    ["claude-desktop", join(home, "Library", "Application Support", "Claude", "claude_desktop_config.json"), "mcpServers"],
    ["claude-desktop", join(home, ".config", "Claude", "claude_desktop_config.json"), "mcpServers"],
    ["claude-code", join(home, ".claude.json"), "mcpServers"],
    ["claude-code", join(project, ".mcp.json"), "mcpServers"],
    ["cursor", join(home, ".cursor", "mcp.json"), "mcpServers"],
    ["cursor", join(project, ".cursor", "mcp.json"), "mcpServers"],
    ["vscode", join(project, ".vscode", "mcp.json"), "servers"],
    ["gemini", join(home, ".gemini", "settings.json"), "mcpServers"],
    ["gemini", join(project, ".gemini", "settings.json"), "mcpServers"],
    ["windsurf", join(home, ".codeium", "windsurf", "mcp_config.json"), "mcpServers"],
  ];
}


function checkMcp(client: string, file: string, key: string): McpCheck[] {
  if (!existsSync(file)) return [];
  let value: Record<string, unknown>;
  try {
    value = readConfig(file).value;
  } catch {
    return [{ client, file, server: "(config)", status: "broken", fix: `fix the JSON in ${file}, then bulwark wrap ${file}` }];
  }
  const servers = isObject(value[key]) ? value[key] : {};
  return Object.entries(servers).map(([server, entry]) => {
    const args = isObject(entry) && Array.isArray(entry.args) ? entry.args : [];
    return runsThroughBulwark(args)
      ? { client, file, server, status: "protected" as const }
      : { client, file, server, status: "not protected" as const, fix: `bulwark wrap ${file}` };
  });
}

export function doctor(home: string, project: string): DoctorReport {
  const scopes: Array<[Scope, string]> = project === home ? [["user", home]] : [["user", home], ["project", project]];
  const agents: AgentCheck[] = [];
  const absent: HookAgent[] = [];
  for (const agent of HOOK_AGENTS) {
    const found = scopes.flatMap(([scope, base]) => checkAgent(agent, scope, base) ?? []);
    if (found.length === 0) absent.push(agent);
    agents.push(...found);
  }
  const seen = new Set<string>();
  // A broken file already reported as an agent's config is not reported twice.
  for (const a of agents) if (a.unreadable) seen.add(a.file);
  const mcp = mcpConfigs(home, project).filter(([, file]) => !seen.has(file) && seen.add(file)).flatMap(([client, file, key]) => checkMcp(client, file, key));
  return { home, project, agents, absent, mcp };
}

/** An agent is protected when either of its configs (user, project) runs Bulwark for every event. */
export function protectedAgents(report: DoctorReport): Set<HookAgent> {
  return new Set(report.agents.filter((a) => a.status === "protected").map((a) => a.agent));
}

export function formatDoctor(report: DoctorReport): string {
  const tilde = (p: string) => (p.startsWith(`${report.home}/`) ? `~${p.slice(report.home.length)}` : p);
  const lines = [`Agents (HOME ${report.home}, project ${report.project})`];
  const safe = protectedAgents(report);
  for (const a of report.agents) {
    // A project without Bulwark's hook is covered when the user config has it.
    const covered = a.status === "not protected" && a.scope === "project" && safe.has(a.agent);
    const mark = a.status === "protected" ? "ok  " : covered ? "ok  " : a.status === "broken" ? "FAIL" : "NO  ";
    const what = a.status === "protected" ? "protected" : covered ? "covered by the user config" : `${a.status}: ${a.problem}`;
    lines.push(`  ${mark} ${a.agent.padEnd(11)} ${a.scope.padEnd(7)} ${tilde(a.file)}: ${what}`);
    if (a.fix && !covered) lines.push(`       fix: ${a.fix}`);
  }
  for (const agent of report.absent) lines.push(`  --   ${agent.padEnd(11)} not found (no ${tilde(AGENT_CONFIGS[agent].dir(report.home))} or ./${AGENT_CONFIGS[agent].dir("")})`);
  lines.push("MCP servers");
  if (report.mcp.length === 0) lines.push("  --   none found in the known client configs");
  for (const m of report.mcp) {
    lines.push(`  ${m.status === "protected" ? "ok  " : m.status === "broken" ? "FAIL" : "NO  "} ${m.client.padEnd(14)} ${tilde(m.file)} ${JSON.stringify(m.server)}: ${m.status === "protected" ? "behind bulwark mcp-proxy" : m.status}`);
    if (m.fix) lines.push(`       fix: ${m.fix}`);
  }
  const present = new Set(report.agents.map((a) => a.agent));
  const servers = report.mcp.filter((m) => m.server !== "(config)");
  const wrapped = servers.filter((m) => m.status === "protected").length;
  lines.push(`${safe.size} of ${present.size} agents protected; ${wrapped} of ${servers.length} MCP servers behind the proxy.`);
  return `${lines.join("\n")}\n`;
}
