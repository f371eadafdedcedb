// inspect-jsonl: a long-lived sidecar. One request a line in, one verdict a line out, in order;
// a bad line gets {"error": …} on its own line and the stream goes on; EOF ends it cleanly.
import { isUserError } from "../../errors.js";
import type { Context } from "../../types.js";
import { decodeUtf8, write, type CliIo } from "../io.js";
import { inspectJson } from "./scan.js";

/** Splits a byte stream on "\n" without holding more than `maxLine` bytes of one line. */
export async function* lines(
  stream: AsyncIterable<Buffer | string>,
  maxLine: number,
): AsyncGenerator<{ text: string } | { tooLong: number }> {
  let parts: Buffer[] = [];
  let size = 0;
  let dropping = false;
  for await (const chunk of stream) {
    const buf = typeof chunk === "string" ? Buffer.from(chunk) : chunk;
    let from = 0;
    for (let nl = buf.indexOf(10, from); ; nl = buf.indexOf(10, from)) {
      const end = nl === -1 ? buf.length : nl;
      if (!dropping) {
        size += end - from;
        if (size > maxLine) {
          dropping = true;
          parts = [];
        } else if (end > from) parts.push(buf.subarray(from, end));
      }
      if (nl === -1) break;
      if (dropping) yield { tooLong: size };
      else yield { text: decodeUtf8(Buffer.concat(parts, size)) };
      parts = [];
      size = 0;
      dropping = false;
      from = nl + 1;
    }
  }
  if (dropping) yield { tooLong: size };
  else if (size > 0) yield { text: decodeUtf8(Buffer.concat(parts, size)) };
}

function idOf(text: string): unknown {
  try {
    const parsed = JSON.parse(text) as { id?: unknown };
    return typeof parsed === "object" && parsed !== null ? parsed.id : undefined;
  } catch {
    return undefined;
  }
}

/** The answer to one line; errors in the request become an error object, never an exception. */
export function answerLine(text: string, flags: Context): Record<string, unknown> {
  try {
    const verdict = inspectJson(text, flags);
    const id = idOf(text);
    return id === undefined ? { ...verdict } : { id, ...verdict };
  } catch (err) {
    if (!isUserError(err)) throw err;
    const id = idOf(text);
    return id === undefined ? { error: err.message, code: err.code } : { id, error: err.message, code: err.code };
  }
}

export async function inspectJsonlCommand(io: CliIo, opts: { maxBytes: number }, flags: Context): Promise<number> {
  let lineNo = 0;
  for await (const line of lines(io.stdin, opts.maxBytes)) {
    lineNo++;
    if ("tooLong" in line) {
      const message = `line ${lineNo}: more than ${opts.maxBytes} bytes (raise the limit with --max-bytes)`;
      await write(io.stdout, `${JSON.stringify({ error: message, code: "input_too_large", line: lineNo })}\n`);
      continue;
    }
    if (line.text.trim() === "") continue;
    const out = answerLine(line.text, flags);
    if ("error" in out) out.line = lineNo;
    await write(io.stdout, `${JSON.stringify(out)}\n`);
  }
  return 0;
}
