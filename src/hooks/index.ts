// `bulwark hook [AGENT]`: every agent's adapter, and recognising the agent from the event when
// none is named.
import type { HookAnswer, HookOptions } from "./answer.js";
import { claudeCode } from "./claude-code.js";
import { codex } from "./codex.js";
import { cursor } from "./cursor.js";
import { answerEvent, parseEvent, type AgentAdapter, type HookEvent } from "./dispatch.js";
import { gemini } from "./gemini.js";

export const HOOK_AGENTS = ["claude-code", "cursor", "gemini", "codex"] as const;
export type HookAgent = (typeof HOOK_AGENTS)[number];

const ADAPTERS: Readonly<Record<HookAgent, AgentAdapter>> = { "claude-code": claudeCode, cursor, gemini, codex };

export function isHookAgent(name: string): name is HookAgent {
  return (HOOK_AGENTS as readonly string[]).includes(name);
}

/**
 * Which agent sent this event: Cursor's events are camelCase and carry conversation_id; Gemini's
 * are BeforeTool/AfterTool/BeforeAgent…; Codex's are Claude Code's names plus `turn_id` (which
 * every Codex tool and prompt event carries). Anything else is read as Claude Code's.
 */
export function agentOfEvent(event: HookEvent): HookAgent {
  const name = typeof event.hook_event_name === "string" ? event.hook_event_name : undefined;
  if (name !== undefined && name in cursor.events) return "cursor";
  if (name === undefined && typeof event.conversation_id === "string") return "cursor";
  if (name !== undefined && name in gemini.events) return "gemini";
  if (typeof event.turn_id === "string") return "codex";
  return "claude-code";
}

export function answerHook(agent: HookAgent | undefined, raw: string, opts: HookOptions = {}): HookAnswer {
  if (agent === undefined) {
    const event = parseEvent(raw);
    agent = typeof event === "string" ? "claude-code" : agentOfEvent(event);
  }
  return answerEvent(ADAPTERS[agent], raw, opts);
}
