// `bulwark wrap CONFIG`: rewrites a client's MCP config (Claude Desktop, Cursor, Claude Code
// `.mcp.json` use `mcpServers`; VS Code uses `servers`) so each server runs behind the proxy: a
// stdio server as `mcp-proxy -- CMD…`, a remote one (`type: "http"` or Cursor's bare `url`) as
// `mcp-proxy --url URL`.
// The file is edited in place, token by token: comments, trailing commas and formatting stay
// (VS Code and Cursor configs are JSONC). A wrapped entry is recognised by its `mcp-proxy --name …`
// arguments (wrapped.ts), so running `wrap` twice changes nothing; `--undo` puts the original bytes back.
import { existsSync, readFileSync, renameSync, statSync, unlinkSync, writeFileSync } from "node:fs";
import { applyEdits as applyJsonEdits, modify, parseTree, printParseErrorCode, type FormattingOptions, type Node, type ParseError } from "jsonc-parser";
import { BulwarkError } from "../errors.js";
import { proxyIndex } from "./wrapped.js";

export interface WrapResult {
  changed: string[];
  skipped: string[];
  backup?: string;
}

interface Edit {
  offset: number;
  length: number;
  text: string;
}

interface Entry {
  name: string;
  /** `mcpServers` or `servers`: where the entry sits, for structural edits. */
  group: string;
  node: Node;
  command?: Node;
  args?: Node;
  url?: Node;
  type?: Node;
  headers?: Node;
}

/** A UTF-8 byte order mark: VS Code reads configs that start with one, and it is kept. */
const BOM = "\uFEFF";

function keepBom(edited: { text: string; result: WrapResult }): { text: string; result: WrapResult } {
  return { ...edited, text: `${BOM}${edited.text}` };
}

function readText(path: string): string {
  try {
    return readFileSync(path, "utf8");
  } catch (err) {
    throw new BulwarkError("usage", `${path}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`);
  }
}

function lineOf(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

function parse(path: string, text: string): Node {
  const errors: ParseError[] = [];
  const root = parseTree(text, errors, { allowTrailingComma: true, disallowComments: false, allowEmptyContent: false });
  const first = errors[0];
  // Where and what, never the text itself: a config may hold tokens.
  if (first) throw new BulwarkError("invalid_json", `${path}: invalid JSON (with comments): ${printParseErrorCode(first.error)} at line ${lineOf(text, first.offset)}`);
  if (!root || root.type !== "object") throw new BulwarkError("invalid_json", `${path}: invalid JSON: expected an object at the top level`);
  return root;
}

function property(object: Node, key: string): Node | undefined {
  for (const prop of object.children ?? []) {
    const [k, v] = prop.children ?? [];
    if (k?.value === key) return v;
  }
  return undefined;
}

function entriesOf(path: string, root: Node): Entry[] {
  const group = property(root, "mcpServers") ? "mcpServers" : "servers";
  const servers = property(root, group);
  if (!servers || servers.type !== "object") throw new BulwarkError("invalid_request", `${path}: no "mcpServers" (or VS Code "servers") object found`);
  const entries: Entry[] = [];
  for (const prop of servers.children ?? []) {
    const [k, v] = prop.children ?? [];
    if (!k || !v || typeof k.value !== "string") continue;
    if (v.type !== "object") {
      entries.push({ name: k.value, group, node: v });
      continue;
    }
    entries.push({ name: k.value, group, node: v, command: property(v, "command"), args: property(v, "args"), url: property(v, "url"), type: property(v, "type"), headers: property(v, "headers") });
  }
  return entries;
}

const raw = (text: string, node: Node) => text.slice(node.offset, node.offset + node.length);

/** A remote entry wrapped as `… mcp-proxy --name N --url URL [--header K:V]…`: where its words are. */
function wrappedUrlAt(args: Node | undefined, byHand = false): { proxy: number; url: number } | undefined {
  if (!args || args.type !== "array") return undefined;
  const items = args.children ?? [];
  const proxy = proxyIndex(items.map((n) => n.value), byHand);
  const url = items.findIndex((n, i) => i > proxy && n.value === "--url");
  if (proxy < 0 || url < 0 || items.some((n) => n.value === "--")) return undefined;
  return { proxy, url };
}

/** The file's own indentation, so inserted members look like their neighbours. */
function formattingOf(text: string): FormattingOptions {
  const indent = /\n([ \t]+)"/.exec(text)?.[1] ?? "  ";
  return indent.includes("\t") ? { insertSpaces: false, tabSize: 1, eol: text.includes("\r\n") ? "\r\n" : "\n" } : { insertSpaces: true, tabSize: indent.length, eol: text.includes("\r\n") ? "\r\n" : "\n" };
}

function setMember(text: string, path: (string | number)[], value: unknown): string {
  return applyJsonEdits(text, modify(text, path, value, { formattingOptions: formattingOf(text) }));
}

/** Headers of a remote entry as `Name: value` words for `--header`. */
function headerWords(headers: Node | undefined): string[] | undefined {
  if (!headers) return [];
  if (headers.type !== "object") return undefined;
  const words: string[] = [];
  for (const prop of headers.children ?? []) {
    const [k, v] = prop.children ?? [];
    if (typeof k?.value !== "string" || typeof v?.value !== "string") return undefined;
    words.push("--header", `${k.value}: ${v.value}`);
  }
  return words;
}

/**
 * The proxy's own words in a wrapped entry's args: `… mcp-proxy [options] -- CMD ARGS…`. With
 * `byHand`, an entry a person pointed at Bulwark themselves counts too (wrap leaves it; undo
 * undoes only what wrap wrote).
 */
function wrappedAt(args: Node | undefined, byHand = false): { proxy: number; dashes: number } | undefined {
  if (!args || args.type !== "array") return undefined;
  const items = args.children ?? [];
  const proxy = proxyIndex(items.map((n) => n.value), byHand);
  if (proxy < 0) return undefined;
  const dashes = items.findIndex((n, i) => i > proxy && n.value === "--");
  return dashes < 0 ? undefined : { proxy, dashes };
}

function applyEdits(text: string, edits: Edit[]): string {
  let out = text;
  for (const e of [...edits].sort((a, b) => b.offset - a.offset)) out = out.slice(0, e.offset) + e.text + out.slice(e.offset + e.length);
  return out;
}

/** The wrapped text of a config, and what was changed. `proxyCommand` is how a client starts Bulwark. */
export function wrapText(path: string, text: string, proxyCommand: readonly string[]): { text: string; result: WrapResult } {
  if (text.startsWith(BOM)) return keepBom(wrapText(path, text.slice(1), proxyCommand));
  const root = parse(path, text);
  const result: WrapResult = { changed: [], skipped: [] };
  const edits: Edit[] = [];
  const [bin, ...binArgs] = proxyCommand;
  const remote: Entry[] = [];
  for (const entry of entriesOf(path, root)) {
    const { name, command, args } = entry;
    if (!command && entry.url?.type === "string") {
      remote.push(entry);
      continue;
    }
    if (!command || command.type !== "string") {
      result.skipped.push(`${name} (not a stdio or http server)`);
      continue;
    }
    if (args && (args.type !== "array" || (args.children ?? []).some((n) => n.type !== "string"))) {
      result.skipped.push(`${name} (args is not a list of strings)`);
      continue;
    }
    if (wrappedAt(args, true) || wrappedUrlAt(args, true)) {
      result.skipped.push(`${name} (already wrapped)`);
      continue;
    }
    // The original command goes after `--` as its own token, byte for byte, so undo is exact.
    const prefix = [...binArgs, "mcp-proxy", "--name", name, "--"].map((a) => JSON.stringify(a));
    prefix.push(raw(text, command));
    edits.push({ offset: command.offset, length: command.length, text: JSON.stringify(bin) });
    const items = args?.children ?? [];
    if (!args) edits.push({ offset: command.offset + command.length, length: 0, text: `, "args": [${prefix.join(", ")}]` });
    else if (items.length === 0) edits.push({ offset: args.offset + 1, length: 0, text: prefix.join(", ") });
    else edits.push({ offset: (items[0] as Node).offset, length: 0, text: `${prefix.join(", ")}, ` });
    result.changed.push(name);
  }
  let out = applyEdits(text, edits);
  // Remote servers become a stdio entry that runs `mcp-proxy --url`: members change, so each is
  // edited structurally, in the file's own layout.
  for (const entry of remote) {
    const type = entry.type?.value;
    if (type !== undefined && type !== "http" && type !== "streamable-http") {
      result.skipped.push(`${entry.name} (${String(type)} transport: only Streamable HTTP is proxied)`);
      continue;
    }
    const headers = headerWords(entry.headers);
    if (!headers) {
      result.skipped.push(`${entry.name} (headers are not all strings)`);
      continue;
    }
    const at = [entry.group, entry.name];
    out = setMember(out, [...at, "command"], bin);
    out = setMember(out, [...at, "args"], [...binArgs, "mcp-proxy", "--name", entry.name, "--url", entry.url?.value as string, ...headers]);
    if (type !== undefined) out = setMember(out, [...at, "type"], "stdio");
    out = setMember(out, [...at, "url"], undefined);
    if (entry.headers) out = setMember(out, [...at, "headers"], undefined);
    result.changed.push(entry.name);
  }
  return { text: out, result };
}

/** The inverse edits of `wrapText`, for files edited since they were wrapped. */
export function unwrapText(path: string, text: string): { text: string; result: WrapResult } {
  if (text.startsWith(BOM)) return keepBom(unwrapText(path, text.slice(1)));
  const root = parse(path, text);
  const result: WrapResult = { changed: [], skipped: [] };
  const edits: Edit[] = [];
  const remote: Entry[] = [];
  for (const entry of entriesOf(path, root)) {
    const { name, node, command, args } = entry;
    if (wrappedUrlAt(args)) {
      remote.push(entry);
      continue;
    }
    const at = wrappedAt(args);
    if (!command || command.type !== "string" || !args || !at) continue;
    const items = args.children ?? [];
    const original = items[at.dashes + 1];
    if (!original || original.type !== "string") continue;
    edits.push({ offset: command.offset, length: command.length, text: raw(text, original) });
    const rest = items[at.dashes + 2];
    if (rest) edits.push({ offset: (items[0] as Node).offset, length: rest.offset - (items[0] as Node).offset, text: "" });
    else {
      // No original arguments: remove the `, "args": […]` wrap added, else leave an empty list.
      const argsProp = args.parent as Node;
      const between = text.slice(command.offset + command.length, argsProp.offset);
      if (between === ", " && argsProp.parent === node) edits.push({ offset: command.offset + command.length, length: argsProp.offset + argsProp.length - (command.offset + command.length), text: "" });
      else edits.push({ offset: args.offset + 1, length: args.length - 2, text: "" });
    }
    result.changed.push(name);
  }
  let out = applyEdits(text, edits);
  for (const entry of remote) {
    const words = (entry.args?.children ?? []).map((n) => String(n.value));
    const at = wrappedUrlAt(entry.args) as { url: number };
    const headers: Record<string, string> = {};
    words.forEach((w, i) => {
      const pair = words[i - 1] === "--header" ? /^([^:]+):\s?(.*)$/.exec(w) : null;
      if (pair) headers[pair[1] as string] = pair[2] as string;
    });
    const path = [entry.group, entry.name];
    out = setMember(out, [...path, "url"], words[at.url + 1]);
    if (Object.keys(headers).length > 0) out = setMember(out, [...path, "headers"], headers);
    if (entry.type?.value === "stdio") out = setMember(out, [...path, "type"], "http");
    out = setMember(out, [...path, "command"], undefined);
    out = setMember(out, [...path, "args"], undefined);
    result.changed.push(entry.name);
  }
  return { text: out, result };
}

function save(path: string, text: string): void {
  const tmp = `${path}.bulwark-tmp`;
  writeFileSync(tmp, text, { mode: statSync(path).mode & 0o777 });
  renameSync(tmp, path);
}

const backupOf = (path: string) => `${path}.bulwark-backup`;

export function wrapConfig(path: string, proxyCommand: readonly string[]): WrapResult {
  const before = readText(path);
  const { text, result } = wrapText(path, before, proxyCommand);
  if (result.changed.length === 0) return result;
  const backup = backupOf(path);
  // The backup is the file as it was before anything in it was wrapped; a later wrap that adds a
  // new server keeps it.
  const anyWrapped = result.skipped.some((s) => s.endsWith("(already wrapped)"));
  if (!anyWrapped || !existsSync(backup)) writeFileSync(backup, before, { mode: statSync(path).mode & 0o777 });
  result.backup = backup;
  save(path, text);
  return result;
}

export function unwrapConfig(path: string): WrapResult {
  const current = readText(path);
  const { text, result } = unwrapText(path, current);
  if (result.changed.length === 0) return result;
  const backup = backupOf(path);
  let restored = text;
  if (existsSync(backup)) {
    // Unchanged since `wrap`: the original bytes, exactly (even what the inverse edits cannot
    // tell apart, such as `"args": []` from no args at all).
    const original = readFileSync(backup, "utf8");
    const command = proxyCommandOf(path, current);
    if (command && wrapText(path, original, command).text === current) restored = original;
    unlinkSync(backup);
  }
  save(path, restored);
  return result;
}

/** How the wrapped entries start Bulwark: the command and the args before `mcp-proxy`. */
function proxyCommandOf(path: string, text: string): string[] | undefined {
  for (const { command, args } of entriesOf(path, parse(path, text.startsWith(BOM) ? text.slice(1) : text))) {
    const at = wrappedAt(args) ?? wrappedUrlAt(args);
    if (!at || command?.type !== "string") continue;
    return [command.value as string, ...(args?.children ?? []).slice(0, at.proxy).map((n) => String(n.value))];
  }
  return undefined;
}
