// Reading and editing an agent's JSON (or JSONC) config in place: comments, order and
// formatting outside the edited entries are kept (jsonc-parser computes minimal edits), the
// write is atomic, and the first change keeps a byte-exact backup beside the file.
import { chmodSync, copyFileSync, existsSync, mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import { applyEdits, modify, parse, printParseErrorCode, type JSONPath, type ParseError } from "jsonc-parser";
import { BulwarkError } from "../errors.js";

export interface ConfigText {
  path: string;
  /** undefined when the file does not exist. */
  text: string | undefined;
  value: Record<string, unknown>;
}

export function backupPath(path: string): string {
  return `${path}.bulwark-backup`;
}

function lineAndColumn(text: string, offset: number): string {
  let line = 1;
  let last = -1;
  for (let i = text.indexOf("\n"); i >= 0 && i < offset; i = text.indexOf("\n", i + 1)) {
    line++;
    last = i;
  }
  return `line ${line} column ${offset - last}`;
}

/** Parses JSON with comments and trailing commas; errors name the position, never the content. */
export function parseConfig(path: string, text: string): Record<string, unknown> {
  if (text.trim() === "") return {};
  const errors: ParseError[] = [];
  const value = parse(text, errors, { allowTrailingComma: true, disallowComments: false }) as unknown;
  const first = errors[0];
  if (first) throw new BulwarkError("invalid_json", `${path}: not valid JSON at ${lineAndColumn(text, first.offset)} (${printParseErrorCode(first.error)}); fix or move the file, then run again`);
  if (value === null || typeof value !== "object" || Array.isArray(value)) throw new BulwarkError("invalid_json", `${path}: expected a JSON object at the top`);
  return value as Record<string, unknown>;
}

export function readConfig(path: string): ConfigText {
  let text: string | undefined;
  try {
    text = readFileSync(path, "utf8");
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code !== "ENOENT") throw new BulwarkError("io", `${path}: cannot read (${code ?? "error"})`);
  }
  return { path, text, value: text === undefined ? {} : parseConfig(path, text) };
}

function eolOf(text: string): string {
  return text.includes("\r\n") ? "\r\n" : "\n";
}

function indentOf(text: string): { insertSpaces: boolean; tabSize: number } {
  const m = /\n([ \t]+)\S/.exec(text);
  if (!m) return { insertSpaces: true, tabSize: 2 };
  const indent = m[1] as string;
  return indent.startsWith("\t") ? { insertSpaces: false, tabSize: 1 } : { insertSpaces: true, tabSize: indent.length };
}

/** Sets (or, with `undefined`, removes) the value at `path`; array insertion when `insertAt` is set. */
export function edit(text: string, path: JSONPath, value: unknown, insert = false): string {
  const base = text.trim() === "" ? "{}" : text;
  const formattingOptions = { ...indentOf(base), eol: eolOf(base) };
  return applyEdits(base, modify(base, path, value, { formattingOptions, isArrayInsertion: insert }));
}

/** Writes `text` atomically, keeping the file's mode; the first write keeps a backup of the original bytes. */
export function writeConfig(config: ConfigText, text: string): string | undefined {
  const { path } = config;
  let backup: string | undefined;
  if (config.text !== undefined) {
    backup = backupPath(path);
    if (!existsSync(backup)) copyFileSync(path, backup);
  }
  mkdirSync(dirname(path), { recursive: true });
  const final = text.endsWith("\n") ? text : `${text}${eolOf(text)}`;
  const tmp = `${path}.bulwark-tmp`;
  writeFileSync(tmp, final, { mode: 0o600 });
  if (config.text !== undefined) chmodSync(tmp, statSync(path).mode & 0o777);
  renameSync(tmp, path);
  return backup;
}
