// Newline-delimited framing for stdio JSON-RPC. Lines keep their original bytes (including a
// trailing \r) so unchanged messages are forwarded exactly as they arrived.

export class LineSplitter {
  private parts: Buffer[] = [];
  private size = 0;

  /** Feeds a chunk; calls `onLine` for each complete line (without its "\n"). */
  push(chunk: Buffer, onLine: (line: Buffer) => void): void {
    let from = 0;
    for (let nl = chunk.indexOf(10, from); nl !== -1; nl = chunk.indexOf(10, from)) {
      const piece = chunk.subarray(from, nl);
      if (this.size === 0) onLine(piece);
      else {
        this.parts.push(piece);
        onLine(Buffer.concat(this.parts, this.size + piece.length));
        this.parts = [];
        this.size = 0;
      }
      from = nl + 1;
    }
    if (from < chunk.length) {
      const rest = chunk.subarray(from);
      this.parts.push(Buffer.from(rest));
      this.size += rest.length;
    }
  }

  /** Bytes of an unterminated last line, if any (flushed at end of stream). */
  rest(): Buffer | undefined {
    if (this.size === 0) return undefined;
    const out = Buffer.concat(this.parts, this.size);
    this.parts = [];
    this.size = 0;
    return out;
  }

  get pending(): number {
    return this.size;
  }
}
