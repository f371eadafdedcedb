// How the CLI ends on an error: one line on stderr, exit 2 for the caller's mistakes, 1 for ours.
import { BulwarkError, isUserError } from "../errors.js";
import type { CliIo } from "./io.js";

export function oneLine(message: string): string {
  return message.replace(/\s+/g, " ").trim();
}

function isBrokenPipe(err: unknown): boolean {
  return typeof err === "object" && err !== null && (err as { code?: string }).code === "EPIPE";
}

export function reportError(err: unknown, io: CliIo): number {
  if (isUserError(err)) {
    io.stderr.write(`bulwark: ${oneLine(err.message)}\n`);
    return 2;
  }
  if (isBrokenPipe(err)) return 0;
  if (err instanceof BulwarkError) {
    io.stderr.write(`bulwark: ${oneLine(err.message)}\n`);
    return 1;
  }
  const detail = err instanceof Error ? err.message : String(err);
  io.stderr.write(`bulwark: internal error: ${oneLine(detail)}\n`);
  return 1;
}
