// What a tool can do, for flow control: read untrusted content, read private data, send data
// out, or destroy. From its name and description, its MCP annotations, its argument shapes, and
// the policy (which can set any tool's classes). A tool may have several; most have none.

export const CAPABILITIES = ["reads_untrusted", "reads_private", "egress", "destructive"] as const;
export type Capability = (typeof CAPABILITIES)[number];

export interface ToolDefinition {
  name: string;
  description?: string;
  annotations?: { readOnlyHint?: boolean; destructiveHint?: boolean; openWorldHint?: boolean; idempotentHint?: boolean };
  inputSchema?: unknown;
}

export interface Classification {
  capabilities: Capability[];
  /** Why, one short phrase per capability, for `bulwark tools classify` and audit lines. */
  why: string[];
}

/** Words of a tool name: `mcp__gmail__send_email` → gmail, send, email; `getPullRequest` → get, pull, request. */
export function nameWords(name: string): string[] {
  return name
    .replace(/([a-z0-9])([A-Z])/g, "$1 $2")
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

const has = (words: readonly string[], list: ReadonlySet<string>) => words.some((w) => list.has(w));

const SEND = new Set(["send", "post", "reply", "forward", "share", "publish", "upload", "tweet", "notify", "invite", "comment", "push", "submit", "dm", "sms", "webhook", "broadcast", "email", "mail", "message", "transfer", "export"]);
const READ = new Set(["get", "read", "list", "fetch", "search", "find", "query", "view", "show", "browse", "open", "load", "lookup", "retrieve", "scrape", "crawl", "navigate", "download", "inbox", "history", "received", "unread"]);
const WEB = new Set(["web", "fetch", "browse", "browser", "navigate", "url", "http", "https", "scrape", "crawl", "page", "website", "websearch", "webfetch", "google", "bing", "internet", "rss", "feed", "download"]);
const INBOUND = new Set(["email", "emails", "mail", "mails", "inbox", "message", "messages", "channel", "channels", "chat", "slack", "discord", "telegram", "issue", "issues", "pr", "pull", "comments", "comment", "review", "reviews", "ticket", "tickets", "post", "posts", "thread", "threads", "feed", "tweets", "notifications", "calendar", "events", "invites", "ratings", "listings", "results"]);
/** Verbs of a search over someone else's catalogue (hotels, products, the web): its results are others' text. */
const SEARCH = new Set(["search", "find", "lookup", "browse", "discover", "explore"]);
const PRIVATE = new Set(["note", "notes", "memory", "memories", "graph", "nodes", "entities", "database", "db", "sql", "query", "table", "records", "document", "documents", "docs", "drive", "file", "files", "contacts", "contact", "calendar", "events", "secret", "secrets", "vault", "keychain", "password", "passwords", "credential", "credentials", "token", "tokens", "env", "environment", "bank", "account", "accounts", "balance", "transactions", "statement", "payments", "inbox", "email", "emails", "mail", "messages", "profile", "user", "users", "customer", "customers", "health", "medical", "salary", "payroll"]);
const DESTROY = new Set(["delete", "remove", "rm", "drop", "destroy", "purge", "truncate", "wipe", "erase", "kill", "terminate", "revoke", "reset", "overwrite", "uninstall", "unpublish", "pay", "payment", "money", "transfer", "purchase", "buy", "order", "checkout", "reserve", "book", "booking", "refund", "withdraw", "grant", "chmod", "chown", "permission", "permissions", "role", "roles", "unlock", "disable", "deactivate", "ban"]);

/**
 * Classes from the definition alone. Hints are the server's word and may only add classes:
 * `openWorldHint` makes a reader untrusted, `destructiveHint: true` (or no `readOnlyHint`, with a
 * destroying verb) destructive.
 */
export function classifyTool(tool: ToolDefinition): Classification {
  const words = nameWords(tool.name);
  const description = (tool.description ?? "").toLowerCase();
  const out = new Map<Capability, string>();
  const add = (c: Capability, why: string) => {
    if (!out.has(c)) out.set(c, why);
  };
  const reader = has(words, READ) || /^(?:read|get|list|fetch|search|view|browse)/.test(words[0] ?? "");
  const sender = has(words, SEND) && !(words[0] !== undefined && READ.has(words[0]));
  const readOnly = tool.annotations?.readOnlyHint === true;

  if (has(words, WEB) || (reader && /\b(?:web ?page|website|url|internet|search engine|the web)\b/.test(description))) add("reads_untrusted", "reads the web");
  else if (reader && has(words, INBOUND)) add("reads_untrusted", "reads messages, issues or posts others wrote");
  else if (has(words, SEARCH) && !has(words, PRIVATE)) add("reads_untrusted", "returns search results others wrote");
  if (tool.annotations?.openWorldHint === true && !sender) add("reads_untrusted", "openWorldHint");

  if (reader && has(words, PRIVATE)) add("reads_private", "reads the user's data");
  else if (/\b(?:private|personal|confidential|secret|credentials?|password)\b/.test(description) && reader) add("reads_private", "its description says it reads private data");

  if (sender && !readOnly) add("egress", "sends data out");
  else if (!readOnly && /\b(?:sends?|posts?|uploads?|emails?|publish(?:es)?|forwards?)\b[^.]{0,40}\b(?:to|recipient|channel|webhook|url)\b/.test(description)) add("egress", "its description says it sends data out");

  if (!readOnly && (has(words, DESTROY) || tool.annotations?.destructiveHint === true)) add("destructive", has(words, DESTROY) ? "deletes, pays or changes permissions" : "destructiveHint");
  return { capabilities: CAPABILITIES.filter((c) => out.has(c)), why: CAPABILITIES.filter((c) => out.has(c)).map((c) => `${c}: ${out.get(c)}`) };
}

/** A shell command that sends data over the network (the arguments decide, not the tool). */
const SHELL_EGRESS = /(?:^|[\s;&|(])(?:curl\b[^\n;|&]*\s(?:-d|--data[\w-]*|-F|--form|-T|--upload-file|-X\s*(?:POST|PUT|PATCH))\b|wget\b[^\n;|&]*--post|nc\s|ncat\s|netcat\s|scp\s|rsync\s[^\n;|&]*:|sftp\s|ftp\s|git\s+push\b|gh\s+(?:issue|pr|gist|release)\s+(?:create|comment|edit)|mail\s|sendmail\s|aws\s+s3\s+(?:cp|sync|mv)\s|gsutil\s+cp\s|ssh\s)/;
/** A shell command that reads from the network. */
const SHELL_FETCH = /(?:^|[\s;&|(])(?:curl|wget|http|xh|lynx|links|w3m)\s|git\s+(?:clone|pull|fetch)\b|gh\s+(?:issue|pr)\s+(?:view|list)\b/;
const SHELL_DESTROY = /(?:^|[\s;&|(])(?:rm|rmdir|shred|dd|mkfs[\w.]*|truncate|unlink|git\s+(?:reset\s+--hard|clean|push\s+(?:-f|--force))|kubectl\s+delete|terraform\s+destroy|drop\s+table)\b/i;

export interface CallShape {
  /** A shell command line the call runs, if any. */
  command?: string;
  /** URLs, and whether the call carries a body. */
  urls: string[];
  hasBody: boolean;
  /** Files it reads that hold secrets. */
  readsSecretFile: boolean;
  method?: string;
}

/**
 * Classes of one call: the tool's classes plus what its arguments show (a shell command that
 * posts, an HTTP call with a query or a body, a read of a secret file).
 */
export function callCapabilities(base: readonly Capability[], shape: CallShape): Capability[] {
  const out = new Set(base);
  if (shape.command !== undefined) {
    if (SHELL_EGRESS.test(shape.command)) out.add("egress");
    if (SHELL_FETCH.test(shape.command)) out.add("reads_untrusted");
    if (SHELL_DESTROY.test(shape.command)) out.add("destructive");
  }
  const method = shape.method?.toUpperCase();
  // A request that carries data out: a body, a non-GET method, or a query string.
  const carries = shape.hasBody || (method !== undefined && method !== "GET" && method !== "HEAD") || shape.urls.some((u) => /\?./.test(u));
  if (shape.urls.length > 0) {
    out.add("reads_untrusted");
    if (carries) out.add("egress");
  }
  if (shape.readsSecretFile) out.add("reads_private");
  return CAPABILITIES.filter((c) => out.has(c));
}
