// inspect-jsonl: a long-lived sidecar. One request a line in, one verdict a line out, in order;
// a bad line gets {"error": …} on its own line and the stream goes on; EOF ends it cleanly.
import { isUserError } from "../../errors.js";
import type { Context } from "../../types.js";
import { decodeUtf8, type CliIo } from "../io.js";
import { inspectJson } from "./scan.js";

/** Splits bytes on "\n" without holding more than `maxLine` bytes of one line (longer ones are reported). */
export class BoundedLines {
  private parts: Buffer[] = [];
  private size = 0;
  private dropping = false;
  constructor(private readonly maxLine: number) {}

  push(buf: Buffer, emit: (line: { text: string } | { tooLong: number }) => void): void {
    let from = 0;
    for (let nl = buf.indexOf(10, from); ; nl = buf.indexOf(10, from)) {
      const end = nl === -1 ? buf.length : nl;
      if (!this.dropping) {
        this.size += end - from;
        if (this.size > this.maxLine) {
          this.dropping = true;
          this.parts = [];
        } else if (end > from) this.parts.push(Buffer.from(buf.subarray(from, end)));
      }
      if (nl === -1) return;
      this.flush(emit);
      from = nl + 1;
    }
  }

  /** Emits what is pending as the last line (end of input). */
  flush(emit: (line: { text: string } | { tooLong: number }) => void): void {
    if (this.dropping) emit({ tooLong: this.size });
    else if (this.size > 0 || this.parts.length > 0) emit({ text: decodeUtf8(Buffer.concat(this.parts, this.size)) });
    else emit({ text: "" });
    this.parts = [];
    this.size = 0;
    this.dropping = false;
  }

  get pending(): boolean {
    return this.size > 0 || this.dropping;
  }
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

/**
 * Answers each line as soon as it arrives, synchronously within the chunk that completed it
 * (one write per chunk), so a request costs a scan plus one pipe hop. Input pauses only while
 * stdout is full, so memory stays bounded.
 */
export function inspectJsonlCommand(io: CliIo, opts: { maxBytes: number }, flags: Context): Promise<number> {
  return new Promise((resolve, reject) => {
    const splitter = new BoundedLines(opts.maxBytes);
    let lineNo = 0;
    let out = "";
    const answer = (line: { text: string } | { tooLong: number }) => {
      lineNo++;
      if ("tooLong" in line) {
        const message = `line ${lineNo}: more than ${opts.maxBytes} bytes (raise the limit with --max-bytes)`;
        out += `${JSON.stringify({ error: message, code: "input_too_large", line: lineNo })}\n`;
        return;
      }
      if (line.text.trim() === "") return;
      const result = answerLine(line.text, flags);
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
        splitter.push(typeof chunk === "string" ? Buffer.from(chunk) : chunk, answer);
        send();
      } catch (err) {
        reject(err);
      }
    });
    io.stdin.on("end", () => {
      try {
        if (splitter.pending) splitter.flush(answer);
        send();
        io.stdout.write("", () => resolve(0));
      } catch (err) {
        reject(err);
      }
    });
    io.stdin.on("error", reject);
  });
}
