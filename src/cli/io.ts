// Stream helpers for the CLI edge: bounded reads, lossless UTF-8 decoding, writes that respect
// backpressure.
import type { Readable, Writable } from "node:stream";
import { BulwarkError } from "../errors.js";

export interface CliIo {
  stdin: Readable;
  stdout: Writable;
  stderr: Writable;
  env: NodeJS.ProcessEnv;
}

/** Default ceiling for one input or one JSONL line: 32 MiB. */
export const DEFAULT_MAX_BYTES = 32 * 1024 * 1024;

const decoder = new TextDecoder("utf-8", { fatal: false });

/** Invalid UTF-8 becomes U+FFFD and is scanned like any other text. */
export function decodeUtf8(bytes: Uint8Array): string {
  return decoder.decode(bytes);
}

/** Reads all of a stream, refusing (without buffering the rest) once it passes `maxBytes`. */
export async function readAll(stream: Readable, maxBytes: number): Promise<string> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of stream) {
    const buf = typeof chunk === "string" ? Buffer.from(chunk) : (chunk as Buffer);
    total += buf.length;
    if (total > maxBytes) {
      stream.destroy();
      throw new BulwarkError(
        "input_too_large",
        `input too large: more than ${maxBytes} bytes (raise the limit with --max-bytes, or split the input)`,
      );
    }
    chunks.push(buf);
  }
  return decodeUtf8(Buffer.concat(chunks, total));
}

/** Writes and waits for the stream to drain when its buffer is full. */
export async function write(stream: Writable, text: string): Promise<void> {
  if (!stream.write(text)) {
    await new Promise<void>((resolve, reject) => {
      const done = (err?: Error) => {
        stream.off("drain", done);
        stream.off("error", done);
        if (err) reject(err);
        else resolve();
      };
      stream.once("drain", done);
      stream.once("error", done);
    });
  }
}

export function parseByteLimit(value: string): number {
  const n = Number(value);
  if (!Number.isSafeInteger(n) || n <= 0) {
    throw new BulwarkError("usage", `--max-bytes: expected a positive whole number of bytes, got ${JSON.stringify(value)}`);
  }
  return n;
}

/** --spin-us: a whole number of microseconds, at most one second. */
export function parseSpinUs(value: string): number {
  const n = Number(value);
  if (!Number.isSafeInteger(n) || n < 0 || n > 1_000_000) {
    throw new BulwarkError("usage", `--spin-us: expected a whole number of microseconds from 0 to 1000000, got ${JSON.stringify(value)}`);
  }
  return n;
}
