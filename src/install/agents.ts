// Where each agent keeps its hooks and what Bulwark's entry there looks like (sources in
// docs/AGENTS.md). Claude Code, Gemini CLI and Codex nest commands in matcher groups
// (`hooks.<Event>: [{matcher?, hooks: [{type: "command", command}]}]`); Cursor lists them
// directly (`{version: 1, hooks: {<event>: [{command}]}}`).
import { join } from "node:path";
import type { HookAgent } from "../hooks/index.js";

export type Scope = "user" | "project";

export interface HookEventEntry {
  event: string;
  /** Claude Code and Codex: a tool matcher; absent means every tool (and events without tools). */
  matcher?: string;
}

export interface AgentConfig {
  agent: HookAgent;
  /** The agent's folder, to tell whether it is on this machine / in this project. */
  dir(base: string): string;
  file(base: string): string;
  /** Cursor's flat list, or the matcher groups the others use. */
  layout: "flat" | "grouped";
  /** Handler fields besides `command` (units are the agent's own). */
  handler: Readonly<Record<string, unknown>>;
  /** Top-level fields a new file needs. */
  skeleton: Readonly<Record<string, unknown>>;
  events: readonly HookEventEntry[];
  /** What the agent needs beyond the file, said by `install` and `doctor`. */
  note?: string;
}

export const AGENT_CONFIGS: Readonly<Record<HookAgent, AgentConfig>> = {
  "claude-code": {
    agent: "claude-code",
    dir: (base) => join(base, ".claude"),
    file: (base) => join(base, ".claude", "settings.json"),
    layout: "grouped",
    handler: { type: "command", timeout: 30 },
    skeleton: {},
    events: [{ event: "PreToolUse", matcher: "*" }, { event: "PostToolUse", matcher: "*" }, { event: "UserPromptSubmit" }],
    note: "Claude Code reads hooks at start-up: restart it, or review them in /hooks.",
  },
  cursor: {
    agent: "cursor",
    dir: (base) => join(base, ".cursor"),
    file: (base) => join(base, ".cursor", "hooks.json"),
    layout: "flat",
    handler: {},
    skeleton: { version: 1 },
    events: [{ event: "beforeShellExecution" }, { event: "beforeMCPExecution" }, { event: "beforeReadFile" }, { event: "beforeSubmitPrompt" }, { event: "postToolUse" }],
    note: "Restart Cursor; the Hooks tab in Cursor Settings shows each run.",
  },
  gemini: {
    agent: "gemini",
    dir: (base) => join(base, ".gemini"),
    file: (base) => join(base, ".gemini", "settings.json"),
    layout: "grouped",
    handler: { type: "command", name: "bulwark", timeout: 30000 },
    skeleton: {},
    events: [{ event: "BeforeTool" }, { event: "AfterTool" }, { event: "BeforeAgent" }],
    note: "Gemini CLI reads settings at start-up: restart it; /hooks lists the hooks it loaded.",
  },
  codex: {
    agent: "codex",
    dir: (base) => join(base, ".codex"),
    file: (base) => join(base, ".codex", "hooks.json"),
    layout: "grouped",
    handler: { type: "command", timeout: 30 },
    skeleton: {},
    events: [{ event: "PreToolUse" }, { event: "PostToolUse" }, { event: "UserPromptSubmit" }],
    note: "Codex runs a hook only once you trust it: start Codex and approve Bulwark's hooks when asked.",
  },
};
