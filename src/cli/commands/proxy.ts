// mcp-proxy, pins and audit: the CLI side of the MCP proxy.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { BulwarkError } from "../../errors.js";
import { bulwarkHome } from "../../home.js";
import { PinStore } from "../../proxy/pins.js";
import { defaultPolicy, loadPolicy, MAX_TIMEOUT_MS } from "../../proxy/policy.js";
import { runProxy } from "../../proxy/stdio.js";
import { write, type CliIo } from "../io.js";

export interface ProxyFlags {
  policy?: string;
  audit?: string;
  mode?: string;
  name?: string;
  timeoutMs?: string;
  maxBytes?: string;
  url?: string;
  header?: string[];
  listen?: string;
  allowRemote?: boolean;
}

/** `Name: value` pairs; a bad one is named by its position, never echoed (it may hold a token). */
function parseHeaders(values: readonly string[]): Record<string, string> {
  const out: Record<string, string> = {};
  values.forEach((value, i) => {
    const m = /^([A-Za-z0-9!#$%&'*+.^_`|~-]+)\s*:\s*(.*)$/.exec(value);
    if (!m) throw new BulwarkError("usage", `--header (number ${i + 1}): expected NAME:VALUE, e.g. --header 'Authorization: Bearer …'`);
    // HTTP header values are bytes (Latin-1): anything else would fail on every request later.
    if (!/^[\t\x20-\x7e\x80-\xff]*$/.test(m[2] as string)) throw new BulwarkError("usage", `--header (number ${i + 1}): the value has characters a header cannot carry (only Latin-1, no line breaks)`);
    out[(m[1] as string).toLowerCase()] = m[2] as string;
  });
  return out;
}

function parseUrl(value: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new BulwarkError("usage", "--url: not a URL; expected http(s)://host[:port]/path");
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") throw new BulwarkError("usage", `--url: expected an http or https URL, got ${url.protocol}`);
  // Credentials in the URL would be logged and sent along; they belong in --header.
  if (url.username || url.password) throw new BulwarkError("usage", "--url: put credentials in --header 'Authorization: …', not in the URL");
  return url.toString();
}

/** A positive whole number of milliseconds, or a usage error naming the flag (never the value's content). */
function parseTimeout(value: string): number {
  if (!/^\d{1,10}$/.test(value) || Number(value) === 0 || Number(value) > MAX_TIMEOUT_MS) throw new BulwarkError("usage", `--timeout-ms: expected a whole number of milliseconds from 1 to ${MAX_TIMEOUT_MS}`);
  return Number(value);
}

/** A whole number of bytes a string can hold (a line longer than about 512 MB cannot be read at all). */
function parseMaxBytes(value: string): number {
  if (!/^\d{1,9}$/.test(value) || Number(value) < 1024 || Number(value) > MAX_LINE_BYTES) throw new BulwarkError("usage", `--max-bytes: expected a whole number of bytes from 1024 to ${MAX_LINE_BYTES}`);
  return Number(value);
}

const MAX_LINE_BYTES = 256 * 1024 * 1024;

export async function mcpProxyCommand(io: CliIo, command: string[], flags: ProxyFlags): Promise<number> {
  if (flags.url !== undefined && command.length > 0) throw new BulwarkError("usage", "mcp-proxy: give either --url URL or a command after --, not both");
  if (flags.url === undefined && command.length === 0) throw new BulwarkError("usage", "mcp-proxy: name the server to run after --, e.g. bulwark mcp-proxy -- npx -y @modelcontextprotocol/server-filesystem . (or a remote one with --url URL)");
  if (flags.allowRemote && !flags.listen) throw new BulwarkError("usage", "--allow-remote: only with --listen");
  if (flags.maxBytes !== undefined && (flags.url !== undefined || flags.listen !== undefined)) throw new BulwarkError("usage", "--max-bytes: only for a stdio server (a command after --)");
  const url = flags.url === undefined ? undefined : parseUrl(flags.url);
  const headers = parseHeaders(flags.header ?? []);
  if (command.length > 0 && Object.keys(headers).length > 0) throw new BulwarkError("usage", "--header: only with --url");
  const policy = flags.policy ? loadPolicy(flags.policy) : defaultPolicy();
  if (flags.mode) {
    if (flags.mode !== "enforce" && flags.mode !== "monitor") throw new BulwarkError("usage", `--mode: expected enforce or monitor, got ${JSON.stringify(flags.mode)}`);
    policy.mode = flags.mode;
  }
  if (flags.timeoutMs !== undefined) policy.timeout_ms = parseTimeout(flags.timeoutMs);
  const common = { policy, policyFile: flags.policy, auditPath: flags.audit, name: flags.name, env: io.env };
  if (flags.listen !== undefined) {
    const { runListener } = await import("../../proxy/http-listen.js");
    return runListener({ ...common, listen: flags.listen, allowRemote: flags.allowRemote === true, url, headers, command: command.length > 0 ? command : undefined, stderr: io.stderr });
  }
  if (url !== undefined) {
    const { runUrlBridge } = await import("../../proxy/url-bridge.js");
    return runUrlBridge({ ...common, url, headers, stdin: io.stdin, stdout: io.stdout, stderr: io.stderr });
  }
  const maxBytes = flags.maxBytes === undefined ? undefined : parseMaxBytes(flags.maxBytes);
  return runProxy({ command, policy, policyFile: flags.policy, auditPath: flags.audit, name: flags.name, stdin: io.stdin, stdout: io.stdout, stderr: io.stderr, env: io.env, maxBytes });
}

export async function pinsCommand(io: CliIo, action: string, server: string | undefined, tool: string | undefined): Promise<number> {
  const store = new PinStore(bulwarkHome(io.env));
  switch (action) {
    case "list": {
      const data = store.load();
      const rows = Object.entries(data.servers).flatMap(([key, s]) =>
        Object.entries(s.tools).map(([name, pin]) => ({ server: s.label, key, tool: name, status: pin.pending ? "changed, awaiting approval" : "pinned", pinned_at: pin.pinned_at, ...(pin.pending ? { changed_at: pin.pending.seen_at, new_description: pin.pending.description } : {}) })),
      );
      await write(io.stdout, `${JSON.stringify(rows, null, 2)}\n`);
      return 0;
    }
    case "approve": {
      const approved = store.approve(server, tool);
      await write(io.stdout, approved.length ? `approved: ${approved.join(", ")}\n` : "nothing awaiting approval\n");
      return 0;
    }
    case "reset": {
      const removed = store.reset(server, tool);
      await write(io.stdout, `removed ${removed} pin(s); definitions are pinned afresh on next use\n`);
      return 0;
    }
    default:
      throw new BulwarkError("usage", `pins: expected list, approve or reset, got ${JSON.stringify(action)}`);
  }
}

export async function auditCommand(io: CliIo, file: string | undefined): Promise<number> {
  const path = file ?? join(bulwarkHome(io.env), "audit.jsonl");
  if (!existsSync(path)) throw new BulwarkError("usage", `audit: no audit log at ${path}`);
  const counts = { decisions: 0, skipped_lines: 0, by_action: {} as Record<string, number>, by_effect: {} as Record<string, number>, by_reason: {} as Record<string, number>, by_tool: {} as Record<string, number> };
  for (const line of readFileSync(path, "utf8").split("\n")) {
    if (line.trim() === "") continue;
    let r: { action?: string; effect?: string; reasons?: string[]; tool?: string };
    try {
      r = JSON.parse(line) as typeof r;
    } catch {
      counts.skipped_lines++;
      continue;
    }
    counts.decisions++;
    const bump = (m: Record<string, number>, k: string | undefined) => {
      if (k) m[k] = (m[k] ?? 0) + 1;
    };
    bump(counts.by_action, r.action);
    bump(counts.by_effect, r.effect);
    bump(counts.by_tool, r.tool);
    for (const reason of r.reasons ?? []) bump(counts.by_reason, reason);
  }
  await write(io.stdout, `${JSON.stringify({ file: path, ...counts }, null, 2)}\n`);
  return 0;
}
