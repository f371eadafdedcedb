// Gemini CLI hooks (https://geminicli.com/docs/hooks/reference). stdout carries one JSON object
// and nothing else; `decision: "deny"` with a `reason` blocks (BeforeTool: the reason reaches the
// model as the tool's error; AfterTool: the reason replaces the tool's result; BeforeAgent: the
// prompt is discarded). Gemini has no "ask" a hook can use (its aggregator treats anything but
// deny/block as allow), so review-level calls are denied with the reason. Silence is `{}`.
import type { HookAnswer, HookOptions } from "./answer.js";
import { answerEvent, requiredInput, requiredResponse, requiredText, type AgentAdapter, type HookEvent } from "./dispatch.js";
import { describeJudgement, isInjected, judge, redactedResponse, WITHHELD } from "./judge.js";

/** Gemini's built-in tool names → the names Bulwark's scanner knows; MCP tools (mcp__s__t) pass. */
const TOOL_NAMES: Readonly<Record<string, string>> = {
  run_shell_command: "Bash",
  read_file: "Read",
  read_many_files: "Read",
  write_file: "Write",
  replace: "Edit",
  edit: "Edit",
  web_fetch: "WebFetch",
  google_web_search: "WebSearch",
  glob: "Glob",
  search_file_content: "Grep",
  grep_search: "Grep",
  list_directory: "LS",
};

/** read_file's path was `absolute_path` in older releases and `file_path` in newer ones. */
function toolCall(event: HookEvent, eventName: string): { tool_name: string; tool_input: unknown } {
  const sent = requiredText(event, "tool_name", eventName);
  let input = requiredInput(event, eventName);
  if (sent === "read_file" && typeof input === "object" && input !== null && !("file_path" in input)) {
    const { absolute_path, ...rest } = input as Record<string, unknown>;
    if (absolute_path !== undefined) input = { ...rest, file_path: absolute_path };
  }
  return { tool_name: TOOL_NAMES[sent] ?? sent, tool_input: input };
}

const SILENT = {};

function beforeTool(event: HookEvent): HookAnswer {
  const j = judge([toolCall(event, "BeforeTool")], event);
  if (j.action === "allow") return { output: SILENT };
  const reason = j.action === "block"
    ? `${describeJudgement(j)}. The call was not run; do not retry it.`
    : `${describeJudgement(j)}. Held for the user's review: the call was not run. If it is intended, ask the user to run it themselves.`;
  return { output: { decision: "deny", reason } };
}

function afterTool(event: HookEvent): HookAnswer {
  const response = requiredResponse(event, "tool_response", "AfterTool");
  const j = judge([{ ...toolCall(event, "AfterTool"), tool_response: response }], event);
  if (j.action === "allow") return { output: SILENT };
  if (isInjected(j)) return { output: { decision: "deny", reason: `${describeJudgement(j)}. ${WITHHELD}` } };
  // The result had credentials only: hand the model the result with them redacted.
  const clean = redactedResponse(j);
  const content = typeof clean === "object" && clean !== null && "llmContent" in clean ? (clean as { llmContent: unknown }).llmContent : clean;
  const text = typeof content === "string" ? content : JSON.stringify(content);
  return { output: { decision: "deny", reason: `${describeJudgement(j)}. The result contained credentials; here it is with them redacted:\n${text}` } };
}

function beforeAgent(event: HookEvent): HookAnswer {
  const j = judge([{ prompt: requiredText(event, "prompt", "BeforeAgent") }], event);
  if (j.action === "allow") return { output: SILENT };
  if (j.action === "review") return { output: { hookSpecificOutput: { hookEventName: "BeforeAgent", additionalContext: `${describeJudgement(j)}. Be careful with this request.` } } };
  return { output: { decision: "deny", reason: `${describeJudgement(j)}. The prompt was blocked.` } };
}

const NOTHING_TO_CHECK = ["AfterAgent", "SessionStart", "SessionEnd", "Notification", "PreCompress", "BeforeModel", "AfterModel", "BeforeToolSelection"] as const;

export const gemini: AgentAdapter = {
  agent: "gemini",
  eventName: (e) => (typeof e.hook_event_name === "string" ? e.hook_event_name : undefined),
  silent: SILENT,
  events: {
    BeforeTool: { phase: "pre", answer: beforeTool },
    AfterTool: { phase: "post", answer: afterTool },
    BeforeAgent: { phase: "pre", answer: beforeAgent },
    ...Object.fromEntries(NOTHING_TO_CHECK.map((name) => [name, { phase: "post" as const }])),
  },
};

export function answerGeminiHook(raw: string, opts: HookOptions = {}): HookAnswer {
  return answerEvent(gemini, raw, opts);
}
