// Reading a pipe without going to sleep. After the sidecar answers, it may poll its input for a
// short window before it returns to the event loop: on machines whose idle CPUs halt (virtual
// CPUs above all), waking a sleeping process costs more than a scan, and a client that sends its
// next request inside the window finds the sidecar awake. The window costs CPU while it runs.
import { fstatSync, readSync } from "node:fs";

/** What the pipe holds right now: bytes, null when it is empty, or an empty buffer to stop. */
export type ReadNow = () => Buffer | null;

const STOP = Buffer.alloc(0);

/**
 * A non-waiting reader of `fd`, or undefined where polling is not safe: only pipes and sockets,
 * which Node has opened non-blocking for process.stdin (a read of an empty one fails with
 * EAGAIN instead of waiting); not on Windows. The returned bytes are overwritten by the next read.
 */
export function pipeReader(fd: number): ReadNow | undefined {
  if (process.platform === "win32") return undefined;
  try {
    const stat = fstatSync(fd);
    if (!stat.isFIFO() && !stat.isSocket()) return undefined;
  } catch {
    return undefined;
  }
  const buf = Buffer.allocUnsafe(1 << 16);
  return () => {
    try {
      return buf.subarray(0, readSync(fd, buf, 0, buf.length, null));
    } catch (err) {
      // Anything but "nothing yet" (end of input, a closed descriptor) is left to the stream.
      return (err as NodeJS.ErrnoException).code === "EAGAIN" ? null : STOP;
    }
  };
}

/**
 * Feeds what arrives to `onChunk` until `windowMs` passes with nothing new, the input ends, or
 * `onChunk` returns false (its output is backed up). Each chunk restarts the window.
 */
export function pollWhileBusy(readNow: ReadNow, windowMs: number, onChunk: (chunk: Buffer) => boolean): void {
  let deadline = performance.now() + windowMs;
  while (performance.now() < deadline) {
    const chunk = readNow();
    if (chunk === null) continue;
    if (chunk.length === 0 || !onChunk(chunk)) return;
    deadline = performance.now() + windowMs;
  }
}
