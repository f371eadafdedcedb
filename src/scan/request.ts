// Turns any accepted request shape into one typed action (CONTRACT.md, "Request"):
// {text, context} → agent hook event → MCP message → plain text. Whatever the envelope, the same
// tool call becomes the same action: JSON text on `tool_call_args` is the tool's arguments, an
// argv is the command it spells, JSON inside a string is read as JSON.
import { BulwarkError } from "../errors.js";
import { PROFILES, SURFACES, TRACE_STAGES, type Context, type Surface } from "../types.js";
import { commandFields, fileReads, fileWrites } from "./action.js";
import { Flattener } from "./flatten.js";
import type { FieldPiece, LeafPath, ResolvedContext, ScanInput, TextField, ToolCall } from "./input.js";
import { parseJsonText, plainValue, type JsonNode } from "./json-text.js";
import { toolKind } from "./tool-kind.js";

type JsonObject = { [key: string]: unknown };

function isObject(value: unknown): value is JsonObject {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Names a bad value by its type and size, never by its content (it may hold a secret). */
function described(value: unknown): string {
  if (typeof value === "string") return `a string of ${value.length} characters`;
  if (Array.isArray(value)) return "an array";
  return value === null ? "null" : `a ${typeof value}`;
}

function oneOf<T extends string>(value: unknown, allowed: readonly T[], field: string): T | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value === "string" && (allowed as readonly string[]).includes(value)) return value as T;
  throw new BulwarkError("invalid_context", `context.${field}: got ${described(value)}; expected one of ${allowed.join(", ")}`);
}

function optionalString(value: unknown, field: string): string | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value === "string") return value;
  throw new BulwarkError("invalid_context", `context.${field}: got ${described(value)}; expected a string`);
}

/** Validates a caller's context; unknown keys are ignored so newer callers still work. */
export function parseContext(raw: unknown): Context {
  if (raw === undefined || raw === null) return {};
  if (!isObject(raw)) throw new BulwarkError("invalid_context", `context: got ${described(raw)}; expected an object`);
  const ctx: Context = {};
  const surface = oneOf(raw.eval_surface, SURFACES, "eval_surface");
  if (surface) ctx.eval_surface = surface;
  const stage = oneOf(raw.trace_stage, TRACE_STAGES, "trace_stage");
  if (stage) ctx.trace_stage = stage;
  const profile = oneOf(raw.profile, PROFILES, "profile");
  if (profile) ctx.profile = profile;
  for (const key of ["tool_name", "destination", "policy_scope"] as const) {
    const value = optionalString(raw[key], key);
    if (value !== undefined) ctx[key] = value;
  }
  return ctx;
}

function resolve(ctx: Context, surface: Surface): ResolvedContext {
  return { ...ctx, eval_surface: ctx.eval_surface ?? surface, profile: ctx.profile ?? "balanced" };
}

/** Surfaces whose text is data coming back to the agent: JSON in it is read as JSON. */
const DATA_SURFACES: ReadonlySet<Surface> = new Set(["retrieved_content", "tool_result", "tool_description", "memory_write", "outbound_message", "model_output"]);

/** Builds the action from the flattened text and the tool call, if any. */
function action(text: string, fields: TextField[], context: ResolvedContext, toolCall: ToolCall | undefined, source: ScanInput["source"], commands?: number[]): ScanInput {
  const writes = fileWrites(fields, toolCall, text);
  return {
    text,
    context,
    toolCall,
    fields,
    commands: commands ?? commandFields(fields, toolCall, writes.length > 0),
    writes,
    reads: fileReads(fields, toolCall, text),
    source,
  };
}

function structured(value: unknown, path: string, leaf: LeafPath, context: ResolvedContext, source: unknown, toolCall?: ToolCall): ScanInput {
  const flat = new Flattener({ expandJson: DATA_SURFACES.has(context.eval_surface) });
  flat.addValue(value, path, undefined, leaf);
  return action(flat.text, flat.fields, context, toolCall, { value: source });
}

function wholeField(text: string): TextField {
  return { path: "", key: undefined, start: 0, end: text.length, pieces: [{ from: 0, to: text.length, leaf: [], at: 0 }] };
}

function call(name: string | undefined, args: unknown): ToolCall {
  return { name: name ?? "", args, kind: toolKind(name) };
}

/** `command: rm -rf /` lines (how Bulwark itself writes arguments out): one field per value. */
const KEY_LINE = /^([A-Za-z_][\w.[\]-]{0,63}): ?/;

function keyValueFields(text: string): TextField[] | undefined {
  if (!KEY_LINE.test(text)) return undefined;
  const fields: TextField[] = [];
  let at = 0;
  while (at <= text.length) {
    const nl = text.indexOf("\n", at);
    const end = nl === -1 ? text.length : nl;
    const m = KEY_LINE.exec(text.slice(at, Math.min(end, at + 80)));
    const last = fields[fields.length - 1];
    if (m) {
      const start = at + m[0].length;
      const key = (m[1] as string).replace(/\[\d+\]$/, "").split(".").pop() as string;
      fields.push({ path: m[1] as string, key, start, end, pieces: [{ from: 0, to: end - start, leaf: [], at: start }] });
    } else if (last) {
      // A value that runs over several lines (a script) continues until the next `key:` line.
      last.end = end;
      (last.pieces as FieldPiece[])[0] = { from: 0, to: end - last.start, leaf: [], at: last.start };
    }
    if (nl === -1) break;
    at = nl + 1;
  }
  return fields;
}

/** A `{text}` request: the text is the action's text unless its surface says it holds JSON. */
export function plainTextInput(text: string, ctx: Context = {}, surface: Surface = "user_prompt"): ScanInput {
  const context = resolve(ctx, surface);
  const source = { text };
  const where = context.eval_surface;
  if (where === "shell_command") {
    // A command line about to run: what a shell tool's `command` is.
    return action(text, [wholeField(text)], context, call(context.tool_name ?? "shell", { command: text }), source, [0]);
  }
  if (where === "tool_call_args") {
    const named = context.tool_name;
    const json = parseJsonText(text);
    if (json) {
      const args = json.kind === "array" && json.items.every((x) => x.kind === "string") ? undefined : plainValue(json);
      const flat = new Flattener({ expandJson: false });
      if (args === undefined) {
        // `["rm", "-rf", "/"]`: an argv, the command it spells.
        const argv: JsonNode = { kind: "object", entries: [{ key: "command", keyRaw: { start: 0, end: 0 }, value: json }] };
        flat.addJson(argv, "", undefined, []);
        return action(flat.text, flat.fields, context, call(named, { command: plainValue(json) }), source);
      }
      flat.addJson(json, "", undefined, []);
      return action(flat.text, flat.fields, context, call(named, args), source);
    }
    const lines = keyValueFields(text);
    if (lines) {
      const args = Object.fromEntries(lines.map((f) => [f.key as string, text.slice(f.start, f.end)]));
      return action(text, lines, context, call(named, args), source);
    }
    if (named !== undefined) {
      const tool = call(named, text);
      // A shell tool's arguments given as the bare command line.
      return action(text, [wholeField(text)], context, tool, source, tool.kind === "shell" ? [0] : undefined);
    }
  }
  if (DATA_SURFACES.has(where)) {
    const json = parseJsonText(text);
    if (json) {
      const flat = new Flattener({ expandJson: true });
      flat.addJson(json, "", undefined, []);
      return action(flat.text, flat.fields, context, undefined, source);
    }
  }
  return action(text, [wholeField(text)], context, undefined, source);
}

/** Cursor sends `tool_input` as a JSON string in some versions and an object in others. */
function toolInput(raw: unknown): { value: unknown; json?: JsonNode } {
  if (typeof raw !== "string") return { value: raw ?? {} };
  const json = parseJsonText(raw);
  return json ? { value: plainValue(json), json } : { value: raw };
}

function annotationsOf(raw: unknown): ToolCall["annotations"] {
  if (!isObject(raw)) return undefined;
  const out: NonNullable<ToolCall["annotations"]> = {};
  if (typeof raw.destructiveHint === "boolean") out.destructiveHint = raw.destructiveHint;
  if (typeof raw.openWorldHint === "boolean") out.openWorldHint = raw.openWorldHint;
  if (typeof raw.readOnlyHint === "boolean") out.readOnlyHint = raw.readOnlyHint;
  return out;
}

function toolCallInput(req: JsonObject, name: string, rawArgs: unknown, at: LeafPath, ctx: Context, annotations?: ToolCall["annotations"]): ScanInput {
  const context = resolve({ ...ctx, tool_name: ctx.tool_name ?? name }, "tool_call_args");
  const args = toolInput(rawArgs);
  const tool = call(name, args.value);
  if (annotations) tool.annotations = annotations;
  const flat = new Flattener({ expandJson: false });
  const path = at.join(".");
  if (args.json) flat.addJson(args.json, path, undefined, at);
  else flat.addValue(args.value, path, undefined, at);
  return action(flat.text, flat.fields, context, tool, { value: req });
}

function hookEvent(req: JsonObject, ctx: Context): ScanInput | undefined {
  const event = typeof req.hook_event_name === "string" ? req.hook_event_name : undefined;
  if (typeof req.tool_name === "string") {
    const name = req.tool_name;
    if (req.tool_response !== undefined || event === "PostToolUse") {
      const context = resolve({ ...ctx, tool_name: ctx.tool_name ?? name }, "tool_result");
      return structured(req.tool_response ?? null, "tool_response", ["tool_response"], context, req);
    }
    return toolCallInput(req, name, req.tool_input, ["tool_input"], ctx);
  }
  if (typeof req.prompt === "string" && (event === undefined || event === "UserPromptSubmit")) {
    return structured(req.prompt, "prompt", ["prompt"], resolve(ctx, "user_prompt"), req);
  }
  return undefined;
}

function mcpMessage(req: JsonObject, ctx: Context): ScanInput | undefined {
  const params = isObject(req.params) ? req.params : undefined;
  if (req.method === "tools/call" && params && typeof params.name === "string") {
    return toolCallInput(req, params.name, params.arguments ?? {}, ["params", "arguments"], ctx, annotationsOf(params.annotations));
  }
  const result = isObject(req.result) ? req.result : undefined;
  if (result && Array.isArray(result.tools)) {
    return structured(result.tools, "result.tools", ["result", "tools"], resolve(ctx, "tool_description"), req);
  }
  if (result && (Array.isArray(result.content) || result.structuredContent !== undefined)) {
    return structured(result, "result", ["result"], resolve(ctx, "tool_result"), req);
  }
  if (result && Array.isArray(result.contents)) {
    return structured(result.contents, "result.contents", ["result", "contents"], resolve(ctx, "retrieved_content"), req);
  }
  if (result && Array.isArray(result.messages)) {
    return structured(result.messages, "result.messages", ["result", "messages"], resolve(ctx, "retrieved_content"), req);
  }
  // A JSON-RPC error from a server: its message and data reach the client like a result.
  if (isObject(req.error) && req.jsonrpc === "2.0") {
    return structured(req.error, "error", ["error"], resolve(ctx, "tool_result"), req);
  }
  return undefined;
}

/**
 * Any request shape → the action it stands for. Returns undefined when a JSON object matches no
 * known shape, so `inspect` can fall back to scanning the raw text and `inspect-json` can refuse it.
 */
export function requestInput(req: unknown, extra: Context = {}): ScanInput | undefined {
  if (typeof req === "string") return plainTextInput(req, extra);
  if (!isObject(req)) return undefined;
  const ctx = { ...parseContext(req.context), ...extra };
  if (typeof req.text === "string") return plainTextInput(req.text, ctx);
  return hookEvent(req, ctx) ?? mcpMessage(req, ctx);
}

/**
 * Any JSON value scanned as itself, on the surface the context names (a tool result by default):
 * every string is scanned with its key, and JSON inside strings is read as JSON.
 */
export function valueInput(value: unknown, ctx: Context = {}): ScanInput {
  if (typeof value === "string") return plainTextInput(value, ctx, "tool_result");
  return structured(value, "", [], resolve(ctx, "tool_result"), value);
}

/** Where JSON.parse stopped, from its message, without the text it quotes. */
function jsonErrorPosition(err: unknown): string {
  const message = err instanceof Error ? err.message : "";
  const at = /position (\d+)/.exec(message);
  if (at) return ` at position ${at[1]}`;
  return /end of JSON input/i.test(message) ? " (it ends too early)" : "";
}

export function parseJsonRequest(raw: string): unknown {
  try {
    return JSON.parse(raw) as unknown;
  } catch (err) {
    throw new BulwarkError("invalid_json", `invalid JSON${jsonErrorPosition(err)}: expected one JSON object (a request of the contract)`);
  }
}

export const UNRECOGNISED_REQUEST =
  'unrecognised request: expected {"text": …}, an agent hook event with tool_name or prompt, or an MCP tools/call or result';
