// Turns any accepted request shape into a ScanInput (CONTRACT.md, "Request"):
// {text, context} → agent hook event → MCP message → plain text.
import { BulwarkError } from "../errors.js";
import { PROFILES, SURFACES, TRACE_STAGES, type Context, type Surface } from "../types.js";
import type { ResolvedContext, ScanInput, TextField, ToolCall } from "./input.js";
import { toolKind } from "./tool-kind.js";

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

const MAX_DEPTH = 64;

function isObject(value: unknown): value is JsonObject {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function oneOf<T extends string>(value: unknown, allowed: readonly T[], field: string): T | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value === "string" && (allowed as readonly string[]).includes(value)) return value as T;
  throw new BulwarkError(
    "invalid_context",
    `context.${field}: ${JSON.stringify(value)} is not one of ${allowed.join(", ")}`,
  );
}

function optionalString(value: unknown, field: string): string | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value === "string") return value;
  throw new BulwarkError("invalid_context", `context.${field}: expected a string`);
}

/** Validates a caller's context; unknown keys are ignored so newer callers still work. */
export function parseContext(raw: unknown): Context {
  if (raw === undefined || raw === null) return {};
  if (!isObject(raw)) throw new BulwarkError("invalid_context", "context: expected an object");
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

/** Flattens the string leaves of a JSON value into lines of `key: value`, remembering each value's span. */
class Flattener {
  text = "";
  fields: TextField[] = [];

  add(value: unknown, path: string, key: string | undefined, depth: number): void {
    if (depth > MAX_DEPTH) return;
    if (typeof value === "string") {
      if (this.text.length > 0) this.text += "\n";
      if (key !== undefined) this.text += `${key}: `;
      const start = this.text.length;
      this.text += value;
      this.fields.push({ path, key, start, end: this.text.length });
    } else if (typeof value === "number" || typeof value === "boolean") {
      // Numbers carry no instructions or secrets worth a span, but keep their key for context.
    } else if (Array.isArray(value)) {
      for (let i = 0; i < value.length; i++) this.add(value[i], `${path}[${i}]`, key, depth + 1);
    } else if (isObject(value)) {
      for (const k of Object.keys(value)) this.add(value[k], path ? `${path}.${k}` : k, k, depth + 1);
    }
  }
}

function structured(
  value: unknown,
  path: string,
  context: ResolvedContext,
  toolCall?: ToolCall,
): ScanInput {
  const flat = new Flattener();
  flat.add(value, path, undefined, 0);
  return { text: flat.text, context, toolCall, fields: flat.fields };
}

export function plainTextInput(text: string, ctx: Context = {}, surface: Surface = "user_prompt"): ScanInput {
  const context = resolve(ctx, surface);
  const toolCall = context.tool_name && context.eval_surface === "tool_call_args"
    ? { name: context.tool_name, args: text, kind: toolKind(context.tool_name) }
    : undefined;
  return { text, context, toolCall, fields: [{ path: "", key: undefined, start: 0, end: text.length }] };
}

/** Cursor sends `tool_input` as a JSON string in some versions and an object in others. */
function toolInputValue(raw: Json | undefined): Json | undefined {
  if (typeof raw !== "string") return raw;
  const trimmed = raw.trimStart();
  if (!trimmed.startsWith("{")) return raw;
  try {
    return JSON.parse(raw) as Json;
  } catch {
    return raw;
  }
}

function annotationsOf(raw: Json | undefined): ToolCall["annotations"] {
  if (!isObject(raw)) return undefined;
  const out: NonNullable<ToolCall["annotations"]> = {};
  if (typeof raw.destructiveHint === "boolean") out.destructiveHint = raw.destructiveHint;
  if (typeof raw.openWorldHint === "boolean") out.openWorldHint = raw.openWorldHint;
  if (typeof raw.readOnlyHint === "boolean") out.readOnlyHint = raw.readOnlyHint;
  return out;
}

function hookEvent(req: JsonObject, ctx: Context): ScanInput | undefined {
  const event = typeof req.hook_event_name === "string" ? req.hook_event_name : undefined;
  if (typeof req.tool_name === "string") {
    const name = req.tool_name;
    const base = { ...ctx, tool_name: ctx.tool_name ?? name };
    if (req.tool_response !== undefined || event === "PostToolUse") {
      return structured(req.tool_response ?? null, "tool_response", resolve(base, "tool_result"));
    }
    const args = toolInputValue(req.tool_input) ?? {};
    const call: ToolCall = { name, args, kind: toolKind(name) };
    return structured(args, "tool_input", resolve(base, "tool_call_args"), call);
  }
  if (typeof req.prompt === "string" && (event === undefined || event === "UserPromptSubmit")) {
    return structured(req.prompt, "prompt", resolve(ctx, "user_prompt"));
  }
  return undefined;
}

function mcpMessage(req: JsonObject, ctx: Context): ScanInput | undefined {
  const params = isObject(req.params) ? req.params : undefined;
  if (req.method === "tools/call" && params && typeof params.name === "string") {
    const base = { ...ctx, tool_name: ctx.tool_name ?? params.name };
    const args = params.arguments ?? {};
    const call: ToolCall = { name: params.name, args, kind: toolKind(params.name) };
    const annotations = annotationsOf(params.annotations);
    if (annotations) call.annotations = annotations;
    return structured(args, "params.arguments", resolve(base, "tool_call_args"), call);
  }
  const result = isObject(req.result) ? req.result : undefined;
  if (result && Array.isArray(result.tools)) {
    return structured(result.tools, "result.tools", resolve(ctx, "tool_description"));
  }
  if (result && (Array.isArray(result.content) || result.structuredContent !== undefined)) {
    return structured(result, "result", resolve(ctx, "tool_result"));
  }
  if (result && Array.isArray(result.contents)) {
    return structured(result.contents, "result.contents", resolve(ctx, "retrieved_content"));
  }
  if (result && Array.isArray(result.messages)) {
    return structured(result.messages, "result.messages", resolve(ctx, "retrieved_content"));
  }
  return undefined;
}

/**
 * Any request shape → ScanInput. Returns undefined when a JSON object matches no known shape,
 * so `inspect` can fall back to scanning the raw text and `inspect-json` can refuse it.
 */
export function requestInput(req: unknown, extra: Context = {}): ScanInput | undefined {
  if (typeof req === "string") return plainTextInput(req, extra);
  if (!isObject(req)) return undefined;
  const ctx = { ...parseContext(req.context), ...extra };
  if (typeof req.text === "string") return plainTextInput(req.text, ctx);
  return hookEvent(req, ctx) ?? mcpMessage(req, ctx);
}

export function parseJsonRequest(raw: string): unknown {
  try {
    return JSON.parse(raw) as unknown;
  } catch (err) {
    const detail = err instanceof Error ? err.message : String(err);
    throw new BulwarkError("invalid_json", `invalid JSON: ${detail}`);
  }
}

export const UNRECOGNISED_REQUEST =
  'unrecognised request: expected {"text": …}, an agent hook event with tool_name or prompt, or an MCP tools/call or result';
