// What a tool does, guessed from its name: decides which checks apply to its arguments
// and whether its arguments leave the machine.

export type ToolKind =
  | "shell"
  | "file_write"
  | "file_read"
  | "http"
  | "email"
  | "chat"
  | "memory"
  | "sql"
  | "other";

// Checked in order; the first family whose words appear in the name wins.
const FAMILIES: ReadonlyArray<readonly [ToolKind, readonly string[]]> = [
  ["sql", ["sql", "query", "database", "postgres", "mysql", "sqlite"]],
  ["shell", ["bash", "shell", "exec", "terminal", "run_command", "runcommand", "command", "powershell", "cmd", "spawn", "subprocess"]],
  ["email", ["email", "mail", "gmail", "smtp"]],
  ["chat", ["slack", "discord", "telegram", "teams", "message", "chat", "post_comment", "comment", "tweet", "whatsapp", "sms", "send", "share", "publish", "notify", "forward"]],
  ["memory", ["memory", "create_entities", "add_observations", "create_relations", "remember", "store_note", "save_note"]],
  ["http", ["http", "fetch", "request", "curl", "webhook", "upload", "post", "put", "api_call", "browse", "navigate", "webfetch", "websearch"]],
  ["file_write", ["write", "edit", "create_file", "append", "save", "multiedit", "notebookedit", "move_file", "str_replace", "patch"]],
  ["file_read", ["read", "cat", "view", "open", "get_file", "list_directory", "glob", "grep", "search_files"]],
];

/** `mcp__server__tool` → `tool`; lower-cased. */
export function bareToolName(name: string): string {
  const lower = name.toLowerCase();
  const cut = lower.lastIndexOf("__");
  return cut >= 0 && lower.startsWith("mcp__") ? lower.slice(cut + 2) : lower;
}

export function toolKind(name: string | undefined): ToolKind {
  if (!name) return "other";
  const bare = bareToolName(name);
  for (const [kind, words] of FAMILIES) {
    for (const word of words) if (bare.includes(word)) return kind;
  }
  return "other";
}

/** Tools whose arguments leave the machine or persist beyond the conversation. */
export function isOutbound(kind: ToolKind): boolean {
  return kind === "http" || kind === "email" || kind === "chat" || kind === "memory";
}
