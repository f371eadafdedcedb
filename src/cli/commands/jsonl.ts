// inspect-jsonl: a long-lived sidecar. One request a line in, one verdict a line out, in order;
// a bad line gets {"error": …} on its own line and the stream goes on; EOF ends it cleanly.
import { isUserError } from "../../errors.js";
import type { Context } from "../../types.js";
import { LineSplitter, type Line } from "../../lines.js";
import { BurstPoller } from "../burst-poller.js";
import { parseJsonRequest } from "../../scan/request.js";
import { decodeUtf8, type CliIo } from "../io.js";
import { inspectParsed } from "./scan.js";

function idOf(parsed: unknown): unknown {
  return typeof parsed === "object" && parsed !== null ? (parsed as { id?: unknown }).id : undefined;
}

/** The answer to one line; errors in the request become an error object, never an exception. */
export function answerLine(text: string, flags: Context): Record<string, unknown> {
  let parsed: unknown;
  try {
    parsed = parseJsonRequest(text);
    const verdict = inspectParsed(parsed, flags);
    const id = idOf(parsed);
    return id === undefined ? { ...verdict } : { id, ...verdict };
  } catch (err) {
    if (!isUserError(err)) throw err;
    const id = idOf(parsed);
    return id === undefined ? { error: err.message, code: err.code } : { id, error: err.message, code: err.code };
  }
}

/**
 * Answers each line as soon as it arrives, synchronously within the chunk that completed it
 * (one write per chunk), so a request costs a scan plus one pipe hop. Input pauses only while
 * stdout is full, so memory stays bounded.
 *
 * With `spinUs` > 0, a request that comes within that window of the previous answer starts a
 * burst: the event loop then polls its input instead of sleeping until a window passes with
 * nothing new (see burst-poller.ts). A request after a longer quiet spell does not poll.
 */
export function inspectJsonlCommand(io: CliIo, opts: { maxBytes: number; spinUs?: number }, flags: Context): Promise<number> {
  return new Promise((resolve, reject) => {
    const splitter = new LineSplitter(opts.maxBytes);
    const poller = opts.spinUs ? new BurstPoller(opts.spinUs / 1000) : undefined;
    let lineNo = 0;
    let out = "";
    const answer = (line: Line) => {
      lineNo++;
      if ("tooLong" in line) {
        const message = `line ${lineNo}: more than ${opts.maxBytes} bytes (raise the limit with --max-bytes)`;
        out += `${JSON.stringify({ error: message, code: "input_too_large", line: lineNo })}\n`;
        return;
      }
      const text = decodeUtf8(line.bytes);
      if (text.trim() === "") return;
      const result = answerLine(text, flags);
      if ("error" in result) result.line = lineNo;
      out += `${JSON.stringify(result)}\n`;
    };
    const send = () => {
      if (out === "") return;
      const ok = io.stdout.write(out);
      out = "";
      if (!ok) {
        io.stdin.pause();
        io.stdout.once("drain", () => io.stdin.resume());
      }
    };
    io.stdin.on("data", (chunk: Buffer | string) => {
      try {
        const arrivedAt = poller ? performance.now() : 0;
        splitter.push(typeof chunk === "string" ? Buffer.from(chunk) : chunk, answer);
        send();
        poller?.answered(arrivedAt);
      } catch (err) {
        reject(err);
      }
    });
    io.stdin.on("end", () => {
      poller?.stop();
      try {
        splitter.end(answer);
        send();
        io.stdout.write("", () => resolve(0));
      } catch (err) {
        reject(err);
      }
    });
    io.stdin.on("error", reject);
  });
}
