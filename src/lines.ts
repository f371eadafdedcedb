// Newline-delimited framing shared by the sidecar and the MCP proxy. Lines keep their original
// bytes (including a trailing \r), so unchanged messages can be forwarded exactly as they arrived.
// A line longer than `maxLine` is not buffered: it is reported by its size and skipped.

export type Line = { bytes: Buffer } | { tooLong: number };

export class LineSplitter {
  private parts: Buffer[] = [];
  private size = 0;
  private dropping = false;

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
          this.parts = [];
        } else if (end > from) {
          // A complete line in one chunk needs no copy; a partial one must outlive the chunk.
          this.parts.push(nl === -1 ? Buffer.from(chunk.subarray(from, end)) : chunk.subarray(from, end));
        }
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
    const line: Line = this.dropping ? { tooLong: this.size } : { bytes: this.parts.length === 1 ? (this.parts[0] as Buffer) : Buffer.concat(this.parts, this.size) };
    this.parts = [];
    this.size = 0;
    this.dropping = false;
    onLine(line);
  }
}
