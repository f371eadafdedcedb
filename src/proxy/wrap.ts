// `bulwark wrap CONFIG`: rewrites a client's MCP config (Claude Desktop, Cursor, Claude Code
// `.mcp.json` use `mcpServers`; VS Code uses `servers`) so each stdio server runs behind the
// proxy. Keeps a backup; running it twice changes nothing; `--undo` puts the original back.
import { copyFileSync, existsSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { BulwarkError } from "../errors.js";
import { isObject } from "./messages.js";

/** Marks a wrapped entry so it is recognised (idempotence) and can be unwrapped exactly. */
const MARK = "--bulwark-wrapped";

export interface WrapResult {
  changed: string[];
  skipped: string[];
  backup?: string;
}

function serversOf(config: Record<string, unknown>, path: string): Record<string, unknown> {
  const servers = isObject(config.mcpServers) ? config.mcpServers : isObject(config.servers) ? config.servers : undefined;
  if (!servers) throw new BulwarkError("invalid_request", `${path}: no "mcpServers" (or VS Code "servers") object found`);
  return servers;
}

function readConfig(path: string): Record<string, unknown> {
  let raw: string;
  try {
    raw = readFileSync(path, "utf8");
  } catch (err) {
    throw new BulwarkError("usage", `${path}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`);
  }
  try {
    const value = JSON.parse(raw) as unknown;
    if (!isObject(value)) throw new Error("not an object");
    return value;
  } catch (err) {
    throw new BulwarkError("invalid_json", `${path}: invalid JSON: ${(err as Error).message}`);
  }
}

function save(path: string, config: Record<string, unknown>): void {
  const tmp = `${path}.bulwark-tmp`;
  writeFileSync(tmp, `${JSON.stringify(config, null, 2)}\n`);
  renameSync(tmp, path);
}

/** `proxyCommand` is how clients should start Bulwark, e.g. ["npx", "-y", "bulwark"] or an absolute bin path. */
export function wrapConfig(path: string, proxyCommand: readonly string[]): WrapResult {
  const config = readConfig(path);
  const servers = serversOf(config, path);
  const result: WrapResult = { changed: [], skipped: [] };
  for (const [name, entry] of Object.entries(servers)) {
    if (!isObject(entry) || typeof entry.command !== "string") {
      result.skipped.push(`${name} (not a stdio server)`);
      continue;
    }
    const args = Array.isArray(entry.args) ? entry.args.map(String) : [];
    if (args.includes(MARK)) {
      result.skipped.push(`${name} (already wrapped)`);
      continue;
    }
    const [bin, ...binArgs] = proxyCommand;
    entry.args = [...binArgs, "mcp-proxy", "--name", name, MARK, "--", entry.command, ...args];
    entry.command = bin as string;
    result.changed.push(name);
  }
  if (result.changed.length > 0) {
    const backup = `${path}.bulwark-backup`;
    if (!existsSync(backup)) copyFileSync(path, backup);
    result.backup = backup;
    save(path, config);
  }
  return result;
}

export function unwrapConfig(path: string): WrapResult {
  const config = readConfig(path);
  const servers = serversOf(config, path);
  const result: WrapResult = { changed: [], skipped: [] };
  for (const [name, entry] of Object.entries(servers)) {
    if (!isObject(entry) || !Array.isArray(entry.args)) continue;
    const args = entry.args.map(String);
    const mark = args.indexOf(MARK);
    const dashes = args.indexOf("--", mark);
    if (mark < 0 || dashes < 0 || dashes + 1 >= args.length) continue;
    entry.command = args[dashes + 1];
    entry.args = args.slice(dashes + 2);
    result.changed.push(name);
  }
  if (result.changed.length > 0) save(path, config);
  return result;
}
