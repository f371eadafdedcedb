// mcp-proxy, pins and audit: the CLI side of the MCP proxy.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { BulwarkError } from "../../errors.js";
import { bulwarkHome } from "../../home.js";
import { PinStore } from "../../proxy/pins.js";
import { defaultPolicy, loadPolicy } from "../../proxy/policy.js";
import { runProxy } from "../../proxy/run-proxy.js";
import { write, type CliIo } from "../io.js";

export interface ProxyFlags {
  policy?: string;
  audit?: string;
  mode?: string;
  name?: string;
  timeoutMs?: string;
}

/** A positive whole number of milliseconds, or a usage error naming the flag (never the value's content). */
function parseTimeout(value: string): number {
  if (!/^\d{1,9}$/.test(value) || Number(value) === 0) throw new BulwarkError("usage", "--timeout-ms: expected a whole number of milliseconds above 0");
  return Number(value);
}

export async function mcpProxyCommand(io: CliIo, command: string[], flags: ProxyFlags): Promise<number> {
  if (command.length === 0) throw new BulwarkError("usage", "mcp-proxy: name the server to run after --, e.g. bulwark mcp-proxy -- npx -y @modelcontextprotocol/server-filesystem .");
  const policy = flags.policy ? loadPolicy(flags.policy) : defaultPolicy();
  if (flags.mode) {
    if (flags.mode !== "enforce" && flags.mode !== "monitor") throw new BulwarkError("usage", `--mode: expected enforce or monitor, got ${JSON.stringify(flags.mode)}`);
    policy.mode = flags.mode;
  }
  if (flags.timeoutMs !== undefined) policy.timeout_ms = parseTimeout(flags.timeoutMs);
  return runProxy({ command, policy, policyFile: flags.policy, auditPath: flags.audit, name: flags.name, stdin: io.stdin, stdout: io.stdout, stderr: io.stderr, env: io.env });
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
