// A session's flow state on disk, for hooks (a process per event): one JSONL file of events per
// session under BULWARK_HOME/sessions, appended with O_APPEND (several hook processes at once
// each add whole lines), read back in full. Files idle longer than the time to live are removed.
import { createHash } from "node:crypto";
import { appendFileSync, mkdirSync, readdirSync, readFileSync, statSync, unlinkSync } from "node:fs";
import { join } from "node:path";
import { SessionState, type SessionEvent } from "./flow.js";

export const SESSION_TTL_MS = 24 * 60 * 60 * 1000;

function fileOf(home: string, sessionId: string): string {
  // The id is the agent's; hashed so any id is a safe file name.
  return join(home, "sessions", `${createHash("sha256").update(sessionId).digest("hex").slice(0, 32)}.jsonl`);
}

function isEvent(value: unknown): value is SessionEvent {
  const e = value as Partial<SessionEvent> | null;
  return !!e && (e.kind === "untrusted" || e.kind === "private") && typeof e.tool === "string" && typeof e.scan_id === "string";
}

export function loadSession(home: string, sessionId: string): SessionState {
  const state = new SessionState();
  let raw: string;
  try {
    raw = readFileSync(fileOf(home, sessionId), "utf8");
  } catch {
    return state;
  }
  for (const line of raw.split("\n")) {
    if (line === "") continue;
    try {
      const event = JSON.parse(line) as unknown;
      if (isEvent(event)) state.apply(event);
    } catch {
      // A line cut short by a crash: the others still count.
    }
  }
  return state;
}

export function appendSession(home: string, sessionId: string, events: readonly SessionEvent[], now = Date.now()): void {
  if (events.length === 0) return;
  const dir = join(home, "sessions");
  const file = fileOf(home, sessionId);
  let fresh = false;
  try {
    statSync(file);
  } catch {
    fresh = true;
  }
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  appendFileSync(file, events.map((e) => `${JSON.stringify(e)}\n`).join(""), { mode: 0o600 });
  if (fresh) expireSessions(dir, now);
}

/** Removes session files nobody wrote to within the time to live (checked when a session starts). */
export function expireSessions(dir: string, now = Date.now(), ttl = SESSION_TTL_MS): void {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return;
  }
  for (const name of names) {
    if (!name.endsWith(".jsonl")) continue;
    const path = join(dir, name);
    try {
      if (now - statSync(path).mtimeMs > ttl) unlinkSync(path);
    } catch {
      // Removed by another process meanwhile.
    }
  }
}
