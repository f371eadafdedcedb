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
  let delta = 0;
  for (const r of redactions) {
    if (offset <= r.start) break;
    const label = redactionLabel(r.type).length;
    if (offset < r.end) return r.start + delta + (side === "start" ? 0 : label);
    delta += label - (r.end - r.start);
  }
  return offset + delta;
}
