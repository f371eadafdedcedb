// What a tool call does, read from the shape of its arguments rather than from a list of key
// spellings: the command lines it runs, the files it writes (with the text written, from whole
// contents, edit lists or patches) and the files it reads.
import type { FileRead, FileWrite, MappedText, TextField, ToolCall } from "./input.js";
import { normalKey } from "./flatten.js";

/** Argument names that hold shell code in any tool. */
const SHELL_KEYS = new Set(["command", "cmd", "script", "commands", "shell", "bash", "code", "shellcommand", "commandline"]);
/** Names of an argument that says where a file is. */
const PATH_KEYS = new Set(["path", "paths", "file", "files", "filename", "filepath", "filepaths", "target", "targetfile", "destination", "dest", "notebookpath", "absolutepath", "relativepath", "uri", "location", "output", "outputfile", "out"]);
/** What an edit replaces, or what a search looks for: not written. */
const OLD_TEXT = /^(?:old|search|find|match|original|before|pattern|regex|query|expected)/;
/** Arguments that describe a write rather than being its text. */
const METADATA_KEYS = new Set(["encoding", "mode", "language", "lang", "description", "type", "format", "timeout", "permissions", "owner", "reason", "title", "summary", "explanation", "commitmessage", "message", "branch", "createdirectories", "overwrite"]);
/** Without a telling tool name, these carry the text of a file. */
const CONTENT_KEYS = new Set(["content", "contents", "text", "data", "body", "newstring", "newstr", "newtext", "filetext", "code", "inserttext", "replacement", "newsource", "source", "patch", "diff", "input", "script", "newcontent", "filecontent", "lines"]);

function isPathKey(key: string | undefined): boolean {
  if (key === undefined) return false;
  const k = normalKey(key);
  return PATH_KEYS.has(k) || k.endsWith("path") || k.endsWith("filename") || k.endsWith("paths");
}

/** A value that could name a file: one line, not a sentence. */
function pathLike(value: string): boolean {
  return value.length > 0 && value.length <= 4096 && !value.includes("\n") && (/[\\/.~*]/.test(value) || !/\s/.test(value));
}

/** The object a field sits in, as a path prefix: `edits[0].newText` → `edits[0]`. */
function parentOf(path: string): string {
  const cut = Math.max(path.lastIndexOf("."), path.lastIndexOf("::"));
  return cut < 0 ? "" : path.slice(0, cut);
}

/** `content[0].text` → `content`: where a path field of a parent object governs its children. */
function governs(pathParent: string, fieldPath: string): boolean {
  return pathParent === "" || fieldPath === pathParent || fieldPath.startsWith(`${pathParent}.`) || fieldPath.startsWith(`${pathParent}[`) || fieldPath.startsWith(`${pathParent}::`);
}

function slice(text: string, f: TextField): string {
  return text.slice(f.start, f.end);
}

export function commandFields(fields: readonly TextField[], call: ToolCall | undefined, writer: boolean): number[] {
  const picked: number[] = [];
  fields.forEach((field, i) => {
    if (field.key !== undefined && SHELL_KEYS.has(normalKey(field.key)) && !(writer && CONTENT_KEYS.has(normalKey(field.key)))) picked.push(i);
  });
  // A shell tool whose argument names we do not know: all of its strings are commands.
  if (call?.kind === "shell" && picked.length === 0) fields.forEach((_, i) => picked.push(i));
  return picked;
}

/** Does this call write files: by its name, or by its shape (a path beside a text)? */
export function writesFiles(fields: readonly TextField[], call: ToolCall | undefined, text: string): boolean {
  if (!call || call.kind === "shell") return false;
  if (call.kind === "file_write") return true;
  if (call.kind !== "other") return false;
  const content = fields.filter((f) => f.key !== undefined && CONTENT_KEYS.has(normalKey(f.key)) && !isPathKey(f.key));
  // A patch names its own files; anything else needs a path beside its text.
  if (content.some((f) => PATCH_START.test(slice(text, f)))) return true;
  return content.length > 0 && fields.some((f) => isPathKey(f.key) && pathLike(slice(text, f)));
}

function contentField(f: TextField, byName: boolean): boolean {
  if (f.key === undefined) return byName;
  const k = normalKey(f.key);
  if (isPathKey(f.key) || OLD_TEXT.test(k)) return false;
  if (byName) return !METADATA_KEYS.has(k);
  return CONTENT_KEYS.has(k);
}

function plainText(text: string, start: number): MappedText {
  return { text, toScanned: (offset) => start + offset };
}

// ── patches ─────────────────────────────────────────────────────────────────────────────────

const PATCH_START = /^(?:\*\*\* Begin Patch|diff --git |--- \S|Index: \S)/m;
const FILE_HEADER = /^(?:\*\*\* (?:Add|Update) File: (.+)|\*\*\* Move to: (.+)|\+\+\+ (?:b\/)?(.+?)(?:\t.*)?)$/;

interface PatchFile {
  path: string;
  pathSpan: [number, number];
  added: MappedText;
}

/** The files a patch (Codex `apply_patch` or a unified diff) writes, with the lines it adds. */
export function patchFiles(patch: string, base: number): PatchFile[] {
  if (!PATCH_START.test(patch)) return [];
  const files: PatchFile[] = [];
  let current: { path: string; pathSpan: [number, number]; lines: string[]; starts: number[] } | undefined;
  const flush = () => {
    if (!current) return;
    const { lines, starts } = current;
    // Offsets of each added line's first character in the scanned text, for mapping spans back.
    const lineStarts: number[] = [];
    let at = 0;
    for (const line of lines) {
      lineStarts.push(at);
      at += line.length + 1;
    }
    const toScanned = (offset: number): number => {
      let lo = 0;
      let hi = lineStarts.length - 1;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if ((lineStarts[mid] as number) <= offset) lo = mid;
        else hi = mid - 1;
      }
      const within = Math.min(offset - (lineStarts[lo] ?? 0), (lines[lo]?.length ?? 0));
      return (starts[lo] ?? base) + within;
    };
    files.push({ path: current.path, pathSpan: current.pathSpan, added: { text: lines.join("\n"), toScanned } });
    current = undefined;
  };
  let offset = 0;
  for (const line of patch.split("\n")) {
    const header = FILE_HEADER.exec(line);
    if (header) {
      const path = (header[1] ?? header[2] ?? header[3] ?? "").trim();
      if (header[2] !== undefined && current) current.path = path;
      else if (path !== "/dev/null") {
        flush();
        const at = base + offset + line.indexOf(path);
        current = { path, pathSpan: [at, at + path.length], lines: [], starts: [] };
      }
    } else if (current && line.startsWith("+") && !line.startsWith("+++")) {
      current.lines.push(line.slice(1));
      current.starts.push(base + offset + 1);
    }
    offset += line.length + 1;
  }
  flush();
  return files;
}

// ── writes and reads ────────────────────────────────────────────────────────────────────────

export function fileWrites(fields: readonly TextField[], call: ToolCall | undefined, text: string): FileWrite[] {
  if (!writesFiles(fields, call, text)) return [];
  const byName = call?.kind === "file_write";
  const paths = fields.map((f, i) => ({ f, i })).filter(({ f }) => isPathKey(f.key) && pathLike(slice(text, f)));
  const writes = new Map<number | string, FileWrite>();
  const writeFor = (fieldPath: string): FileWrite => {
    // The path nearest the content: in the same object, else in the closest enclosing one.
    let best: { f: TextField; i: number } | undefined;
    for (const p of paths) {
      const parent = parentOf(p.f.path);
      if (governs(parent, fieldPath) && (!best || parent.length > parentOf(best.f.path).length)) best = p;
    }
    const key = best?.i ?? "";
    let write = writes.get(key);
    if (!write) {
      write = { path: best ? slice(text, best.f) : "", pathSpan: best ? [best.f.start, best.f.end] : undefined, content: [] };
      writes.set(key, write);
    }
    return write;
  };
  for (const p of paths) writeFor(p.f.path);
  for (const f of fields) {
    if (!contentField(f, byName)) continue;
    const value = slice(text, f);
    const patched = patchFiles(value, f.start);
    if (patched.length > 0) {
      for (const file of patched) {
        writes.set(`${f.start}:${file.pathSpan[0]}`, { path: file.path, pathSpan: file.pathSpan, content: [file.added] });
      }
      continue;
    }
    writeFor(f.path).content.push(plainText(value, f.start));
  }
  return [...writes.values()].filter((w) => w.content.length > 0 || w.path !== "");
}

/** Files a reading tool opens: its path arguments (and a glob tool's pattern). */
export function fileReads(fields: readonly TextField[], call: ToolCall | undefined, text: string): FileRead[] {
  if (call?.kind !== "file_read") return [];
  // A glob tool's pattern names files; a grep tool's pattern is what it looks for in them.
  const globTool = /glob/i.test(call.name);
  const reads: FileRead[] = [];
  fields.forEach((f, i) => {
    const value = slice(text, f);
    if (!pathLike(value)) return;
    const k = f.key === undefined ? "" : normalKey(f.key);
    if (isPathKey(f.key) || k === "glob" || k === "include" || (globTool && k === "pattern")) reads.push({ path: value, field: i });
  });
  return reads;
}
