// Replaces secret spans with `[REDACTED:<type>]` and maps offsets from the original text.

export interface Redaction {
  start: number;
  end: number;
  type: string;
}

export function redactionLabel(type: string): string {
  return `[REDACTED:${type}]`;
}

/** Applies non-overlapping redactions sorted by start. */
export function applyRedactions(text: string, redactions: readonly Redaction[]): string {
  if (redactions.length === 0) return text;
  let out = "";
  let pos = 0;
  for (const r of redactions) {
    if (r.start < pos) continue;
    out += text.slice(pos, r.start) + redactionLabel(r.type);
    pos = r.end;
  }
  return out + text.slice(pos);
}

/**
 * Maps an offset in the original text to the redacted text. An offset inside a redaction snaps
 * to the redaction's start (`side` "start") or end (`side` "end"), so a slice never cuts a label.
 */
export function mapOffset(offset: number, redactions: readonly Redaction[], side: "start" | "end"): number {
  return offsetMap(redactions)(offset, side);
}

/**
 * `mapOffset` for many offsets over the same redactions: a binary search over the redactions'
 * cumulative shifts, so a verdict with thousands of findings and redactions costs n log n.
 */
export function offsetMap(redactions: readonly Redaction[]): (offset: number, side: "start" | "end") => number {
  // The redactions applyRedactions keeps (sorted, non-overlapping), and the shift before each.
  const kept: Redaction[] = [];
  const before: number[] = [];
  let delta = 0;
  let pos = 0;
  for (const r of redactions) {
    if (r.start < pos) continue;
    kept.push(r);
    before.push(delta);
    delta += redactionLabel(r.type).length - (r.end - r.start);
    pos = r.end;
  }
  const total = delta;
  return (offset, side) => {
    // The last kept redaction starting before the offset.
    let lo = 0;
    let hi = kept.length - 1;
    let at = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if ((kept[mid] as Redaction).start < offset) {
        at = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    if (at < 0) return offset;
    const r = kept[at] as Redaction;
    const shift = before[at] as number;
    if (offset < r.end) return r.start + shift + (side === "start" ? 0 : redactionLabel(r.type).length);
    return offset + (at === kept.length - 1 ? total : (before[at + 1] as number));
  };
}
