// `bulwark install AGENT [--user|--project] [--undo]`: adds Bulwark's hook to the agent's own
// config for every event Bulwark checks there. Running it twice changes nothing; a changed
// path (a new node, a moved CLI) is updated in place; `--undo` puts the original bytes back.
import { existsSync, readdirSync, readFileSync, rmdirSync, rmSync, writeFileSync } from "node:fs";
import { dirname, resolve, sep } from "node:path";
import { isDeepStrictEqual } from "node:util";
import { BulwarkError } from "../errors.js";
import type { HookAgent } from "../hooks/index.js";
import { AGENT_CONFIGS, type AgentConfig, type Scope } from "./agents.js";
import { backupPath, edit, parseConfig, readConfig, writeConfig } from "./config-file.js";
import { hookCommand, isOurCommand } from "./hook-command.js";

export interface InstallResult {
  agent: HookAgent;
  scope: Scope;
  file: string;
  changed: boolean;
  /** Events whose entry was added or updated (install) or removed (undo). */
  events: string[];
  backup?: string;
  /** What happened to the file on undo: "restored" (original bytes), "removed" (install created it), "edited". */
  undo?: "restored" | "removed" | "edited";
  note?: string;
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

function desiredEntry(cfg: AgentConfig, event: string, command: string): Record<string, unknown> {
  if (cfg.layout === "flat") return { command, ...cfg.handler };
  const { type, ...rest } = cfg.handler;
  const handler = { type, command, ...rest };
  const matcher = cfg.events.find((e) => e.event === event)?.matcher;
  return matcher === undefined ? { hooks: [handler] } : { matcher, hooks: [handler] };
}

/** Whether an entry of the event's array is (or holds) Bulwark's hook. */
function holdsOurs(cfg: AgentConfig, entry: unknown): boolean {
  if (!isObject(entry)) return false;
  if (cfg.layout === "flat") return isOurCommand(entry.command, cfg.agent);
  return Array.isArray(entry.hooks) && entry.hooks.some((h) => isObject(h) && isOurCommand(h.command, cfg.agent));
}

function eventArray(value: Record<string, unknown>, event: string, path: string): unknown[] | undefined {
  const hooks = value.hooks;
  if (hooks === undefined) return undefined;
  if (!isObject(hooks)) throw new BulwarkError("invalid_request", `${path}: "hooks" is not an object`);
  const list = hooks[event];
  if (list === undefined) return undefined;
  if (!Array.isArray(list)) throw new BulwarkError("invalid_request", `${path}: "hooks.${event}" is not a list`);
  return list;
}

export function installHooks(agent: HookAgent, scope: Scope, base: string, bulwark: readonly string[]): InstallResult {
  const cfg = AGENT_CONFIGS[agent];
  const config = readConfig(cfg.file(base));
  const command = hookCommand(bulwark, agent);
  let text = config.text ?? "";
  let value = config.value;
  const events: string[] = [];
  for (const [key, v] of Object.entries(cfg.skeleton)) {
    if (value[key] === undefined) text = edit(text, [key], v);
  }
  for (const { event } of cfg.events) {
    value = parseConfig(config.path, text);
    const list = eventArray(value, event, config.path);
    const want = desiredEntry(cfg, event, command);
    const ours = (list ?? []).flatMap((entry, i) => (holdsOurs(cfg, entry) ? [i] : []));
    if (ours.length === 1 && isDeepStrictEqual(list?.[ours[0] as number], want)) continue;
    events.push(event);
    if (list === undefined) {
      text = edit(text, ["hooks", event], [want]);
    } else if (ours.length === 0) {
      text = edit(text, ["hooks", event, list.length], want, true);
    } else {
      // Our entry from an older install (another node or CLI path): replace it, drop duplicates.
      for (const i of ours.slice(1).reverse()) text = edit(text, ["hooks", event, i], undefined);
      text = edit(text, ["hooks", event, ours[0] as number], want);
    }
  }
  const result: InstallResult = { agent, scope, file: config.path, changed: text !== (config.text ?? ""), events };
  if (result.changed) {
    const backup = writeConfig(config, text);
    if (backup) result.backup = backup;
  }
  if (cfg.note) result.note = cfg.note;
  return result;
}

/** Bulwark's entries taken out of the text, leaving every other entry as it was. */
function withoutOurs(cfg: AgentConfig, path: string, text: string): { text: string; events: string[] } {
  const events: string[] = [];
  for (const { event } of cfg.events) {
    const list = eventArray(parseConfig(path, text), event, path);
    if (!list) continue;
    const ours = list.flatMap((entry, i) => (holdsOurs(cfg, entry) ? [i] : []));
    if (ours.length === 0) continue;
    events.push(event);
    for (const i of [...ours].reverse()) {
      const entry = list[i] as Record<string, unknown>;
      const others = cfg.layout === "grouped" ? (entry.hooks as unknown[]).filter((h) => !(isObject(h) && isOurCommand(h.command, cfg.agent))) : [];
      // A group the user also put their own commands in keeps them.
      text = others.length > 0 ? edit(text, ["hooks", event, i, "hooks"], others) : edit(text, ["hooks", event, i], undefined);
    }
    if (ours.length === list.length) text = edit(text, ["hooks", event], undefined);
  }
  return { text, events };
}

function onlySkeleton(cfg: AgentConfig, value: Record<string, unknown>): boolean {
  const { hooks, ...rest } = value;
  return (hooks === undefined || isDeepStrictEqual(hooks, {})) && isDeepStrictEqual(rest, { ...cfg.skeleton });
}

/** Equal once what install itself adds (the skeleton's fields, an empty "hooks") is set aside. */
function sameAsOriginal(cfg: AgentConfig, value: Record<string, unknown>, original: Record<string, unknown>): boolean {
  const added: Record<string, unknown> = { ...cfg.skeleton, hooks: {} };
  const rest = Object.fromEntries(Object.entries(value).filter(([k, v]) => !(original[k] === undefined && isDeepStrictEqual(v, added[k]))));
  return isDeepStrictEqual(rest, original);
}

/** The folders install made for a file it created (`.codex/`), now empty: removed up to `base`, so `doctor` sees no agent that was never there. */
function removeEmptyFolders(dir: string, base: string): void {
  const stop = resolve(base);
  for (let at = resolve(dir); at !== stop && at.startsWith(`${stop}${sep}`); at = dirname(at)) {
    if (readdirSync(at).length > 0) return;
    rmdirSync(at);
  }
}

export function uninstallHooks(agent: HookAgent, scope: Scope, base: string): InstallResult {
  const cfg = AGENT_CONFIGS[agent];
  const config = readConfig(cfg.file(base));
  const result: InstallResult = { agent, scope, file: config.path, changed: false, events: [] };
  if (config.text === undefined) return result;
  const { text, events } = withoutOurs(cfg, config.path, config.text);
  result.events = events;
  const backup = backupPath(config.path);
  const value = parseConfig(config.path, text);
  if (existsSync(backup)) {
    const original = readFileSync(backup);
    if (sameAsOriginal(cfg, value, parseConfig(backup, original.toString("utf8")))) {
      // Nothing else changed since install: the original bytes, exactly.
      writeFileSync(config.path, original);
      rmSync(backup);
      return { ...result, changed: true, undo: "restored" };
    }
    result.backup = backup;
    result.note = `the file changed since Bulwark was installed: only Bulwark's entries were removed; the original is kept at ${backup}`;
  } else if (events.length > 0 && onlySkeleton(cfg, value)) {
    rmSync(config.path); // install created the file
    removeEmptyFolders(dirname(config.path), base);
    return { ...result, changed: true, undo: "removed" };
  }
  if (text !== config.text) {
    writeFileSync(config.path, text);
    return { ...result, changed: true, undo: "edited" };
  }
  return result;
}
