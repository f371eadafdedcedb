// One tool call's capabilities: the tool's classes (policy, then a table of the agents' own
// tools, then its definition) plus what this call's arguments show.
import type { ScanInput } from "../scan/input.js";
import { bareToolName } from "../scan/tool-kind.js";
import type { Verdict } from "../types.js";
import { classifyTool, type CallShape, type Capability, type ToolDefinition } from "./capabilities.js";
import { classesFor, type FlowSection } from "./flow-policy.js";

/** The agents' built-in tools, whose names say too little: Claude Code, Gemini CLI, Codex, Cursor. */
const AGENT_TOOLS: Readonly<Record<string, readonly Capability[]>> = {
  webfetch: ["reads_untrusted"],
  websearch: ["reads_untrusted"],
  web_fetch: ["reads_untrusted"],
  google_web_search: ["reads_untrusted"],
  read: ["reads_private"],
  notebookread: ["reads_private"],
  read_file: ["reads_private"],
  read_many_files: ["reads_private"],
  read_text_file: ["reads_private"],
  read_multiple_files: ["reads_private"],
  bash: [],
  shell: [],
  run_shell_command: [],
  local_shell: [],
  write: [],
  edit: [],
  multiedit: [],
  write_file: [],
  replace: [],
  apply_patch: [],
  glob: [],
  grep: [],
  ls: [],
  todowrite: [],
  task: [],
};

export function toolClasses(name: string, definition: ToolDefinition | undefined, section: FlowSection): Capability[] {
  const bare = bareToolName(name);
  const set = classesFor(section, name, bare);
  if (set) return set;
  const known = AGENT_TOOLS[bare];
  if (known && !name.startsWith("mcp__")) return [...known];
  return classifyTool(definition ?? { name: bare }).capabilities;
}

const URL = /^https?:\/\/\S+$/i;
const BODY_KEYS = /^(?:body|data|content|payload|message|text|json|form|params|query)$/i;

/**
 * What a call's arguments show, as plain data (it crosses to and from the proxy's scan worker):
 * the command it runs, the URLs it calls, whether it carries a body, whether it reads a secret file.
 */
export function shapeOfCall(input: ScanInput, verdict: Verdict): CallShape {
  const command = input.commands
    .map((i) => {
      const f = input.fields[i];
      return f ? input.text.slice(f.start, f.end) : "";
    })
    .join("\n");
  const urls: string[] = [];
  let hasBody = false;
  let method: string | undefined;
  for (const f of input.fields) {
    const value = input.text.slice(f.start, f.end);
    if (URL.test(value)) urls.push(value);
    const key = f.key ?? "";
    if (BODY_KEYS.test(key) && value.trim() !== "" && input.commands.length === 0) hasBody = true;
    if (/^method$/i.test(key)) method = value;
  }
  const readsSecretFile = verdict.findings.some((f) => f.rule === "read-secret-file");
  return { urls, hasBody, readsSecretFile, ...(command ? { command } : {}), ...(method ? { method } : {}) };
}

/** Every string of the call's arguments, to check for values the session read. */
export function argumentStrings(input: ScanInput): string[] {
  return input.fields.map((f) => input.text.slice(f.start, f.end));
}
