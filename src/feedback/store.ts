// Local feedback: an append-only event log under BULWARK_HOME/feedback, and the index derived
// from it. Never uploaded. Safe with several writers (one O_APPEND write per event); a corrupt
// line is skipped and counted, never fatal.
import { randomUUID } from "node:crypto";
import { appendFileSync, existsSync, mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { BulwarkError } from "../errors.js";
import { sanitize } from "../sanitize.js";
import { SURFACES, type Surface } from "../types.js";

export const LABELS = ["false_positive", "false_negative", "confirmed"] as const;
export const DESIRED = ["allow", "block", "review"] as const;
export type FeedbackLabel = (typeof LABELS)[number];
export type DesiredAction = (typeof DESIRED)[number];

export interface FeedbackRecord {
  id: string;
  time: string;
  label: FeedbackLabel;
  desired_action: DesiredAction;
  /** Redacted before it was stored, whatever the caller sent. */
  excerpt: string;
  tool_name?: string;
  surface?: Surface;
  note?: string;
  /** The verdict this feedback is about (`sha256:…`, as the verdict, the hook message or the audit log show it). */
  scan_id?: string;
  reviewed: boolean;
  can_train: boolean;
}

type Event = ({ type: "record" } & FeedbackRecord) | { type: "forget"; id: string; time: string };

export interface FeedbackState {
  records: FeedbackRecord[];
  forgotten: number;
  skipped: number;
}

const MAX_EXCERPT = 4000;

function oneOf<T extends string>(value: unknown, allowed: readonly T[], field: string): T {
  if (typeof value === "string" && (allowed as readonly string[]).includes(value)) return value as T;
  throw new BulwarkError("invalid_request", `feedback.${field}: expected one of ${allowed.join(", ")}, got ${JSON.stringify(value)}`);
}

/** Validates what a caller sends to `feedback record`; the excerpt is redacted here. */
export function parseFeedback(raw: unknown): Omit<FeedbackRecord, "id" | "time"> {
  if (!raw || typeof raw !== "object" || Array.isArray(raw)) throw new BulwarkError("invalid_request", "feedback: expected a JSON object");
  const r = raw as Record<string, unknown>;
  if (typeof r.excerpt !== "string" || r.excerpt.trim() === "") throw new BulwarkError("invalid_request", "feedback.excerpt: expected a non-empty string");
  const out: Omit<FeedbackRecord, "id" | "time"> = {
    label: oneOf(r.label, LABELS, "label"),
    desired_action: oneOf(r.desired_action, DESIRED, "desired_action"),
    excerpt: sanitize(r.excerpt.slice(0, MAX_EXCERPT)),
    reviewed: r.reviewed === true,
    can_train: r.can_train === true,
  };
  if (r.tool_name !== undefined) {
    if (typeof r.tool_name !== "string") throw new BulwarkError("invalid_request", "feedback.tool_name: expected a string");
    out.tool_name = r.tool_name;
  }
  if (r.surface !== undefined) out.surface = oneOf(r.surface, SURFACES, "surface");
  if (r.note !== undefined) {
    if (typeof r.note !== "string") throw new BulwarkError("invalid_request", "feedback.note: expected a string");
    out.note = sanitize(r.note.slice(0, MAX_EXCERPT));
  }
  if (r.scan_id !== undefined) {
    if (typeof r.scan_id !== "string" || !SCAN_ID.test(r.scan_id)) throw new BulwarkError("invalid_request", "feedback.scan_id: expected sha256: and 64 hex digits, as a verdict's scan_id");
    out.scan_id = r.scan_id;
  }
  return out;
}

const SCAN_ID = /^sha256:[0-9a-f]{64}$/;

export class FeedbackStore {
  readonly path: string;
  /** The index derived from the log (live records only), rewritten after every change. */
  readonly indexPath: string;
  private readonly dir: string;
  constructor(home: string) {
    this.dir = join(home, "feedback");
    this.path = join(this.dir, "events.jsonl");
    this.indexPath = join(this.dir, "index.json");
  }

  /** Rewrites index.json from the log. The log stays the truth: the index can always be rebuilt. */
  private writeIndex(): void {
    const state = this.read();
    const tmp = `${this.indexPath}.${process.pid}.tmp`;
    writeFileSync(tmp, `${JSON.stringify({ derived_from: "events.jsonl", records: state.records.length, forgotten: state.forgotten, skipped_lines: state.skipped, by_id: Object.fromEntries(state.records.map((r) => [r.id, r])) }, null, 2)}\n`, { mode: 0o600 });
    renameSync(tmp, this.indexPath);
  }

  private append(event: Event): void {
    mkdirSync(this.dir, { recursive: true, mode: 0o700 });
    // One write per line with O_APPEND: concurrent writers (proxy, hooks, CLI) never interleave.
    appendFileSync(this.path, `${JSON.stringify(event)}\n`, { mode: 0o600 });
  }

  record(input: Omit<FeedbackRecord, "id" | "time">): FeedbackRecord {
    const record: FeedbackRecord = { id: randomUUID(), time: new Date().toISOString(), ...input };
    this.append({ type: "record", ...record });
    this.writeIndex();
    return record;
  }

  /** Many records in one append and one index rewrite (imports, benchmarks). */
  recordMany(inputs: ReadonlyArray<Omit<FeedbackRecord, "id" | "time">>): FeedbackRecord[] {
    const time = new Date().toISOString();
    const records = inputs.map((input) => ({ id: randomUUID(), time, ...input }));
    mkdirSync(this.dir, { recursive: true, mode: 0o700 });
    appendFileSync(this.path, records.map((r) => `${JSON.stringify({ type: "record", ...r })}\n`).join(""), { mode: 0o600 });
    this.writeIndex();
    return records;
  }

  forget(id: string): boolean {
    const known = this.read().records.some((r) => r.id === id);
    if (known) {
      this.append({ type: "forget", id, time: new Date().toISOString() });
      this.writeIndex();
    }
    return known;
  }

  /** Replays the log: records minus forgotten ones; unreadable lines are skipped and counted. */
  read(): FeedbackState {
    const state: FeedbackState = { records: [], forgotten: 0, skipped: 0 };
    if (!existsSync(this.path)) return state;
    const byId = new Map<string, FeedbackRecord>();
    for (const line of readFileSync(this.path, "utf8").split("\n")) {
      if (line.trim() === "") continue;
      let event: Event;
      try {
        event = JSON.parse(line) as Event;
      } catch {
        state.skipped++;
        continue;
      }
      if (event?.type === "record" && typeof event.id === "string" && typeof event.excerpt === "string") {
        const { type: _type, ...record } = event;
        byId.set(event.id, record);
      } else if (event?.type === "forget" && typeof event.id === "string") {
        if (byId.delete(event.id)) state.forgotten++;
      } else {
        state.skipped++;
      }
    }
    state.records = [...byId.values()];
    return state;
  }

  /** Size and modification time: a cheap check for "has anyone written since?". */
  stamp(): string {
    if (!existsSync(this.path)) return "empty";
    const s = statSync(this.path);
    return `${s.size}:${s.mtimeMs}`;
  }
}
