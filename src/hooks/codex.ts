// Codex CLI hooks (https://developers.openai.com/codex/hooks; wire schemas in openai/codex
// codex-rs/hooks/schema/generated/*.json). Claude-Code-shaped events, but Codex refuses output
// it does not know: every output object has `additionalProperties: false`, PreToolUse's
// `permissionDecision: "ask"` and `"allow"` are rejected (the hook then fails open), and
// PostToolUse's `updatedMCPToolOutput` is rejected by some versions. So Bulwark answers with
// deny, block and additionalContext only, and review-level calls are denied.
// Shell tools arrive as tool_name "Bash" with `command` a string (older builds: "shell",
// "local_shell" … with an argv array); apply_patch carries the patch in `command`; MCP tools
// arrive as mcp__<server>__<tool>.
import type { HookAnswer, HookOptions } from "./answer.js";
import { claudeStyleEventName, preToolUseDecision } from "./claude-code.js";
import { answerEvent, requiredInput, requiredResponse, requiredText, type AgentAdapter, type HookEvent } from "./dispatch.js";
import { describeJudgement, isInjected, judge, redactedResponse, WITHHELD, type CanonicalRequest } from "./judge.js";

/** Codex tool names → the names Bulwark's scanner knows. Others (MCP tools) pass unchanged. */
const TOOL_NAMES: Readonly<Record<string, string>> = {
  shell: "Bash",
  local_shell: "Bash",
  shell_command: "Bash",
  exec_command: "Bash",
  unified_exec: "Bash",
  "container.exec": "Bash",
};

/** The call as Codex sent it, its tool name mapped. apply_patch goes as it is: the scanner reads
 * patches as the file writes they make. */
export function codexToolCalls(event: HookEvent, eventName: string): CanonicalRequest[] {
  const sent = requiredText(event, "tool_name", eventName);
  return [{ tool_name: TOOL_NAMES[sent] ?? sent, tool_input: requiredInput(event, eventName) }];
}

function preToolUse(event: HookEvent): HookAnswer {
  return preToolUseDecision(judge(codexToolCalls(event, "PreToolUse"), event), false);
}

function postToolUse(event: HookEvent): HookAnswer {
  const [call] = codexToolCalls(event, "PostToolUse");
  const j = judge([{ ...(call as { tool_name: string; tool_input: unknown }), tool_response: requiredResponse(event, "tool_response", "PostToolUse") }], event);
  if (j.action === "allow") return {};
  // decision "block" replaces the result the model sees with the reason (Codex PostToolUse).
  const reason = isInjected(j)
    ? `${describeJudgement(j)}. ${WITHHELD}`
    : `${describeJudgement(j)}. The tool result contained credentials; here it is with them redacted:\n${redactedText(redactedResponse(j))}`;
  return { output: { decision: "block", reason } };
}

function redactedText(response: unknown): string {
  return typeof response === "string" ? response : JSON.stringify(response ?? null);
}

function userPromptSubmit(event: HookEvent): HookAnswer {
  const j = judge([{ prompt: requiredText(event, "prompt", "UserPromptSubmit") }], event);
  if (j.action === "allow") return {};
  if (j.action === "review") return { output: { hookSpecificOutput: { hookEventName: "UserPromptSubmit", additionalContext: `${describeJudgement(j)}. Be careful with this request.` } } };
  return { output: { decision: "block", reason: `${describeJudgement(j)}. The prompt was blocked.` } };
}

const NOTHING_TO_CHECK = ["SessionStart", "Stop", "StopFailure", "PermissionRequest", "PreCompact", "PostCompact", "SubagentStart", "SubagentStop"] as const;

export const codex: AgentAdapter = {
  agent: "codex",
  eventName: claudeStyleEventName,
  events: {
    PreToolUse: { phase: "pre", answer: preToolUse },
    PostToolUse: { phase: "post", answer: postToolUse },
    UserPromptSubmit: { phase: "pre", answer: userPromptSubmit },
    ...Object.fromEntries(NOTHING_TO_CHECK.map((name) => [name, { phase: "post" as const }])),
  },
};

export function answerCodexHook(raw: string, opts: HookOptions = {}): HookAnswer {
  return answerEvent(codex, raw, opts);
}
