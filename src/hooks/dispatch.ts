// One event in, one answer out, the same way for every agent: parse, find the event's check,
// run it; anything Bulwark cannot judge fails as the user chose (answer.ts), never silently.
import { BulwarkError } from "../errors.js";
import { HookEventError, nameForMessage, phaseOfName, unjudged, type HookAnswer, type HookOptions, type Phase } from "./answer.js";

export type HookEvent = Record<string, unknown>;

export interface EventSpec {
  phase: Phase;
  /** The check; undefined for a known event Bulwark has nothing to check in. */
  answer?: (event: HookEvent) => HookAnswer;
}

export interface AgentAdapter {
  /** As typed after `bulwark hook`. */
  agent: string;
  events: Readonly<Record<string, EventSpec>>;
  /** The event's name, including for shapes that leave it out. */
  eventName(event: HookEvent): string | undefined;
  /** How this agent is told nothing: no output, or `{}` where it expects JSON on every run. */
  silent?: Record<string, unknown>;
}

export function parseEvent(raw: string): HookEvent | string {
  if (raw.trim() === "") return "the event is empty (nothing on stdin)";
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return "the event is not JSON";
  }
  if (value === null || typeof value !== "object" || Array.isArray(value)) return "the event is not a JSON object";
  return value as HookEvent;
}

export function answerEvent(adapter: AgentAdapter, raw: string, opts: HookOptions = {}): HookAnswer {
  const event = parseEvent(raw);
  if (typeof event === "string") return unjudged(adapter.agent, "pre", opts, event, adapter.silent);
  const name = adapter.eventName(event);
  const spec = name === undefined ? undefined : adapter.events[name];
  if (!spec) return unjudged(adapter.agent, phaseOfName(name), opts, `no check for ${nameForMessage(name)}`, adapter.silent);
  if (!spec.answer) {
    const answer: HookAnswer = { warning: `Bulwark (${adapter.agent} hook): nothing to check in ${nameForMessage(name)}` };
    if (adapter.silent) answer.output = adapter.silent;
    return answer;
  }
  try {
    return spec.answer(event);
  } catch (err) {
    // Messages name the event and the missing field, never the event's content (Bulwark's own
    // errors never quote input: a stale model, a bad context value).
    const why = err instanceof HookEventError || err instanceof BulwarkError ? err.message : `could not scan ${nameForMessage(name)} (internal error)`;
    return unjudged(adapter.agent, spec.phase, opts, why, adapter.silent);
  }
}

/** A string field the check needs. */
export function requiredText(event: HookEvent, key: string, eventName: string): string {
  const value = event[key];
  if (typeof value !== "string") throw new HookEventError(`${eventName} without a string "${key}"`);
  return value;
}

/**
 * A tool call's input, which the check needs: an object (or JSON text of one), and a shell
 * command, when it has one, as text or a list of words. Missing or malformed, the event is
 * unjudged (blocked before a call, noted after one), never read as an empty call.
 */
export function requiredInput(event: HookEvent, eventName: string): unknown {
  const input = event.tool_input;
  if (input === undefined || input === null || (typeof input !== "object" && typeof input !== "string")) throw new HookEventError(`${eventName} without a "tool_input" object`);
  const command = typeof input === "object" && !Array.isArray(input) ? (input as Record<string, unknown>).command : undefined;
  if (command !== undefined && typeof command !== "string" && !(Array.isArray(command) && command.every((w) => typeof w === "string"))) {
    throw new HookEventError(`${eventName} with a "command" that is neither text nor a list of words`);
  }
  return input;
}

/** A tool result, which an after-call check needs. */
export function requiredResponse(event: HookEvent, key: string, eventName: string): unknown {
  if (!(key in event)) throw new HookEventError(`${eventName} without "${key}"`);
  return event[key] ?? null;
}

export function optionalText(event: HookEvent, key: string): string | undefined {
  const value = event[key];
  return typeof value === "string" ? value : undefined;
}

/** Some agents send JSON values as JSON text (Cursor's tool_input, result_json): read them as JSON. */
export function jsonOrText(value: unknown): unknown {
  if (typeof value !== "string") return value;
  const start = value.trimStart()[0];
  if (start !== "{" && start !== "[") return value;
  try {
    return JSON.parse(value) as unknown;
  } catch {
    return value;
  }
}
