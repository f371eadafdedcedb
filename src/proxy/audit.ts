// The audit log: one JSON line per decision, appended, rotated by size. Evidence comes from the
// sanitized text, so no secret is ever written.
import { appendFileSync, existsSync, renameSync, statSync } from "node:fs";

export interface AuditRecord {
  time: string;
  server: string;
  direction: "client->server" | "server->client";
  method: string;
  tool?: string;
  action: string;
  effect: string;
  reasons: string[];
  scan_id?: string;
  evidence?: string[];
}

export const ROTATE_BYTES = 10 * 1024 * 1024;
const KEEP = 3;

export class AuditLog {
  constructor(
    readonly path: string,
    private readonly rotateBytes = ROTATE_BYTES,
  ) {}

  write(record: AuditRecord): void {
    try {
      if (existsSync(this.path) && statSync(this.path).size >= this.rotateBytes) this.rotate();
      appendFileSync(this.path, `${JSON.stringify(record)}\n`, { mode: 0o600 });
    } catch (err) {
      // The proxy must keep working when the log cannot be written; say so on stderr.
      process.stderr.write(`bulwark: audit log ${this.path}: ${(err as Error).message}\n`);
    }
  }

  private rotate(): void {
    for (let i = KEEP - 1; i >= 1; i--) {
      const from = `${this.path}.${i}`;
      if (existsSync(from)) renameSync(from, `${this.path}.${i + 1}`);
    }
    renameSync(this.path, `${this.path}.1`);
  }
}
