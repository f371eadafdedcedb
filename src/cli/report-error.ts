// How the CLI ends on an error: one line on stderr, exit 2 for the caller's mistakes, 1 for ours.
// No line echoes a secret: whatever a message quotes from the input (a policy value, a flag, a
// host) is passed through credential redaction first.
import { BulwarkError, isUserError } from "../errors.js";
import type { CliIo } from "./io.js";

export function oneLine(message: string): string {
  return message.replace(/\s+/g, " ").trim();
}

function isBrokenPipe(err: unknown): boolean {
  return typeof err === "object" && err !== null && (err as { code?: string }).code === "EPIPE";
}

/** One line, secrets redacted (the detector is loaded only when there is an error to print). */
export async function safeLine(message: string): Promise<string> {
  const { sanitize } = await import("../sanitize.js");
  return sanitize(oneLine(message));
}

export async function reportError(err: unknown, io: CliIo): Promise<number> {
  if (isBrokenPipe(err)) return 0;
  if (isUserError(err)) {
    io.stderr.write(`bulwark: ${await safeLine(err.message)}\n`);
    return 2;
  }
  if (err instanceof BulwarkError) {
    io.stderr.write(`bulwark: ${await safeLine(err.message)}\n`);
    return 1;
  }
  const detail = err instanceof Error ? err.message : String(err);
  io.stderr.write(`bulwark: internal error: ${await safeLine(detail)}\n`);
  return 1;
}
