// What every lane receives: one typed action, whatever envelope it came in (text with context,
// an agent's hook event, an MCP message, an argv, JSON text). Lanes read the action, never the
// envelope: the text to scan, where its pieces came from, and what the action does (the commands
// it runs, the files it writes and reads).
import type { Context, Profile, Surface } from "../types.js";
import type { ToolKind } from "./tool-kind.js";

export interface ToolCall {
  name: string;
  args: unknown;
  kind: ToolKind;
  /** Hints declared by the server (MCP `annotations`); untrusted, may only raise the level. */
  annotations?: { destructiveHint?: boolean; openWorldHint?: boolean; readOnlyHint?: boolean };
}

/** A string of the request, by its path from the request's root ([] = a text request itself). */
export type LeafPath = readonly (string | number)[];

/**
 * Characters [from, to) of a field, and the request string they came from: character k of the
 * piece is character `at + k` of that string (or `offsets[k]`, where JSON escapes were decoded).
 */
export interface FieldPiece {
  from: number;
  to: number;
  leaf: LeafPath;
  at: number;
  offsets?: Int32Array;
  /**
   * The piece stands for a whole word whose characters were re-quoted (an argv word): a redaction
   * inside takes the word from `at` up to this offset of its string.
   */
  wholeEnd?: number;
  /** The string is an object's key rather than a value. */
  isKey?: boolean;
}

/** One string leaf of a structured request and where its value sits in `ScanInput.text`. */
export interface TextField {
  /** JSON path such as `tool_input.command` or `content[0].text`. */
  path: string;
  /** The member name the string was stored under, if any. */
  key: string | undefined;
  start: number;
  end: number;
  /** Where the field's characters came from in the request (absent: nowhere to map back to). */
  pieces?: FieldPiece[];
}

export interface ResolvedContext extends Context {
  eval_surface: Surface;
  profile: Profile;
}

/** Text the action puts somewhere (a file's new content), located in the scanned text. */
export interface MappedText {
  text: string;
  /** Offset in `ScanInput.text` of each character of `text`: start + k, or per line for patches. */
  toScanned(offset: number): number;
}

/** A file the action writes: its path and the text written (whole content, edits or patch hunks). */
export interface FileWrite {
  path: string;
  /** Where the path sits in the scanned text (its field, or its header in a patch). */
  pathSpan: [number, number] | undefined;
  content: MappedText[];
}

/** A file (or folder, or glob) the action reads. */
export interface FileRead {
  path: string;
  field: number;
}

export interface ScanInput {
  /** The text every span refers to and that `sanitized_text` rewrites. */
  readonly text: string;
  readonly context: ResolvedContext;
  /** Set when the request is a tool call (hook PreToolUse, MCP tools/call, tool_call_args). */
  readonly toolCall: ToolCall | undefined;
  /** String leaves of a structured request; one field covering the text for plain text. */
  readonly fields: readonly TextField[];
  /** Fields that are command lines about to run (a shell tool's command, an argv, `shell_command`). */
  readonly commands: readonly number[];
  readonly writes: readonly FileWrite[];
  readonly reads: readonly FileRead[];
  /** The request as given, for redacting in place: a text, or a JSON value. */
  readonly source: { text: string } | { value: unknown };
}
