// Newline-delimited framing shared by the sidecar and the MCP proxy. Lines keep their original
// bytes (including a trailing \r), so unchanged messages can be forwarded exactly as they arrived.
// A line longer than `maxLine` is not buffered: it is reported by its size and skipped.

/** A line, or the size of one that was too long with its first and last bytes (up to EDGE each: where a JSON-RPC id sits). */
export type Line = { bytes: Buffer } | { tooLong: number; head: Buffer; tail: Buffer };

const EDGE = 512;

export class LineSplitter {
  private parts: Buffer[] = [];
  private size = 0;
  private dropping = false;
  private head: Buffer = Buffer.alloc(0);
  private tail: Buffer = Buffer.alloc(0);

  constructor(private readonly maxLine = Number.POSITIVE_INFINITY) {}

  /** Feeds a chunk; calls `onLine` for each complete line (without its "\n"). */
  push(chunk: Buffer, onLine: (line: Line) => void): void {
    let from = 0;
    for (let nl = chunk.indexOf(10, from); ; nl = chunk.indexOf(10, from)) {
      const end = nl === -1 ? chunk.length : nl;
      if (!this.dropping) {
        this.size += end - from;
        if (this.size > this.maxLine) {
          this.dropping = true;
          const kept = Buffer.concat([...this.parts, chunk.subarray(from, end)]);
          this.head = Buffer.from(kept.subarray(0, EDGE));
          this.tail = Buffer.from(kept.subarray(Math.max(0, kept.length - EDGE)));
          this.parts = [];
        } else if (end > from) {
          // A complete line in one chunk needs no copy; a partial one must outlive the chunk.
          this.parts.push(nl === -1 ? Buffer.from(chunk.subarray(from, end)) : chunk.subarray(from, end));
        }
      } else if (end > from) {
        // Dropping: only the line's last bytes are kept.
        const piece = chunk.subarray(Math.max(from, end - EDGE), end);
        this.size += end - from;
        this.tail = Buffer.from(Buffer.concat([this.tail, piece]).subarray(-EDGE));
      }
      if (nl === -1) return;
      this.emit(onLine);
      from = nl + 1;
    }
  }

  /** Emits an unterminated last line, if any (end of stream). */
  end(onLine: (line: Line) => void): void {
    if (this.size > 0 || this.dropping) this.emit(onLine);
  }

  private emit(onLine: (line: Line) => void): void {
    const line: Line = this.dropping ? { tooLong: this.size, head: this.head, tail: this.tail } : { bytes: this.parts.length === 1 ? (this.parts[0] as Buffer) : Buffer.concat(this.parts, this.size) };
    this.parts = [];
    this.head = Buffer.alloc(0);
    this.tail = Buffer.alloc(0);
    this.size = 0;
    this.dropping = false;
    onLine(line);
  }
}
