// inspect, inspect-json, sanitize, detect-credentials: one request on stdin, one answer on stdout.
import { detectCredentials, sanitize } from "../../api.js";
import { BulwarkError } from "../../errors.js";
import { scanInput } from "../../scan/inspect.js";
import { parseContext, parseJsonRequest, plainTextInput, requestInput, UNRECOGNISED_REQUEST } from "../../scan/request.js";
import type { Context, Verdict } from "../../types.js";
import { readAll, write, type CliIo } from "../io.js";

export interface ScanOptions {
  failOnSuspicious?: boolean;
  surface?: string;
  profile?: string;
  toolName?: string;
  maxBytes: number;
  spinUs?: number;
}

/** Flags given on the command line override the request's own context. */
export function contextFromFlags(opts: ScanOptions): Context {
  return parseContext({ eval_surface: opts.surface, profile: opts.profile, tool_name: opts.toolName });
}

function looksLikeJson(text: string): boolean {
  const c = text.trimStart().charCodeAt(0);
  return c === 123; // "{"
}

/** `inspect`: any request shape, or plain text when the input is not a known JSON shape. */
export function inspectText(text: string, flags: Context): Verdict {
  if (looksLikeJson(text)) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch {
      parsed = undefined;
    }
    const input = parsed === undefined ? undefined : requestInput(parsed, flags);
    if (input) return scanInput(input);
  }
  return scanInput(plainTextInput(text, flags));
}

/** `inspect-json`: the input must be JSON of a known request shape. */
export function inspectJson(raw: string, flags: Context): Verdict {
  return inspectParsed(parseJsonRequest(raw), flags);
}

/** A request already parsed from JSON (the sidecar parses each line once and reads its id too). */
export function inspectParsed(parsed: unknown, flags: Context): Verdict {
  if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed)) {
    throw new BulwarkError("invalid_request", "expected a JSON object: " + UNRECOGNISED_REQUEST);
  }
  const input = requestInput(parsed, flags);
  if (!input) {
    // The most common slip, said plainly: the text is there but is not a string.
    const text = (parsed as { text?: unknown }).text;
    if (text !== undefined && typeof text !== "string") throw new BulwarkError("invalid_request", `"text" must be a string, got ${text === null ? "null" : Array.isArray(text) ? "an array" : typeof text}`);
    throw new BulwarkError("invalid_request", UNRECOGNISED_REQUEST);
  }
  return scanInput(input);
}

async function answer(io: CliIo, verdict: Verdict, opts: ScanOptions): Promise<number> {
  await write(io.stdout, `${JSON.stringify(verdict)}\n`);
  return opts.failOnSuspicious && verdict.suspicious ? 3 : 0;
}

export async function inspectCommand(io: CliIo, opts: ScanOptions): Promise<number> {
  const flags = contextFromFlags(opts);
  return answer(io, inspectText(await readAll(io.stdin, opts.maxBytes), flags), opts);
}

export async function inspectJsonCommand(io: CliIo, opts: ScanOptions): Promise<number> {
  const flags = contextFromFlags(opts);
  return answer(io, inspectJson(await readAll(io.stdin, opts.maxBytes), flags), opts);
}

export async function sanitizeCommand(io: CliIo, opts: { maxBytes: number }): Promise<number> {
  await write(io.stdout, sanitize(await readAll(io.stdin, opts.maxBytes)));
  return 0;
}

export async function detectCredentialsCommand(io: CliIo, opts: { maxBytes: number }): Promise<number> {
  const findings = detectCredentials(await readAll(io.stdin, opts.maxBytes));
  await write(io.stdout, `${JSON.stringify(findings)}\n`);
  return 0;
}
