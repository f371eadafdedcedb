// What every lane receives: the text to scan, where its pieces came from, and the resolved context.
import type { Context, Profile, Surface } from "../types.js";
import type { ToolKind } from "./tool-kind.js";

export interface ToolCall {
  name: string;
  args: unknown;
  kind: ToolKind;
  /** Hints declared by the server (MCP `annotations`); untrusted, may only raise the level. */
  annotations?: { destructiveHint?: boolean; openWorldHint?: boolean; readOnlyHint?: boolean };
}

/** One string leaf of a structured request and where its value sits in `ScanInput.text`. */
export interface TextField {
  /** JSON path such as `tool_input.command` or `content[0].text`. */
  path: string;
  /** The member name the string was stored under, if any. */
  key: string | undefined;
  start: number;
  end: number;
}

export interface ResolvedContext extends Context {
  eval_surface: Surface;
  profile: Profile;
}

export interface ScanInput {
  /** The text every span refers to and that `sanitized_text` rewrites. */
  readonly text: string;
  readonly context: ResolvedContext;
  /** Set when the request is a tool call (hook PreToolUse, MCP tools/call, tool_call_args). */
  readonly toolCall: ToolCall | undefined;
  /** String leaves of a structured request; one field covering the text for plain text. */
  readonly fields: readonly TextField[];
}
