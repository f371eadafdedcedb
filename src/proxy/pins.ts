// Tool-definition pins: the hash of each tool's definition as first seen, per server. A changed
// definition is held back until the user approves it (`bulwark pins approve`).
import { createHash } from "node:crypto";
import { existsSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { join } from "node:path";

export interface ToolPin {
  hash: string;
  pinned_at: string;
  /** A definition seen since, different from the pinned one, waiting for approval. */
  pending?: { hash: string; seen_at: string; description?: string };
}

export interface ServerPins {
  label: string;
  tools: Record<string, ToolPin>;
}

export interface PinFile {
  version: 1;
  servers: Record<string, ServerPins>;
}

function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(",")}]`;
  if (value && typeof value === "object") {
    const obj = value as Record<string, unknown>;
    return `{${Object.keys(obj).sort().map((k) => `${JSON.stringify(k)}:${canonical(obj[k])}`).join(",")}}`;
  }
  return JSON.stringify(value) ?? "null";
}

/** Hash of what the model sees of a tool: name, title, description, schemas, annotations. */
export function toolDefinitionHash(tool: Record<string, unknown>): string {
  const { name, title, description, inputSchema, outputSchema, annotations } = tool;
  return `sha256:${createHash("sha256").update(canonical({ name, title, description, inputSchema, outputSchema, annotations })).digest("hex")}`;
}

/**
 * Pins are keyed by how the server is launched (command and arguments), not by what it calls
 * itself, and by the name it was given (`--name`, which `wrap` sets to the config entry's): two
 * entries running the same command (two memory servers with their own files) keep their own pins.
 */
export function serverKey(command: readonly string[], name?: string): string {
  return createHash("sha256").update(JSON.stringify(name === undefined ? command : { name, command })).digest("hex").slice(0, 16);
}

export class PinStore {
  readonly path: string;
  constructor(home: string) {
    this.path = join(home, "pins.json");
  }

  load(): PinFile {
    if (!existsSync(this.path)) return { version: 1, servers: {} };
    try {
      const data = JSON.parse(readFileSync(this.path, "utf8")) as PinFile;
      if (data && typeof data === "object" && data.servers) return data;
    } catch {
      process.stderr.write(`bulwark: ${this.path} is not valid JSON; starting with no pins (the file is kept as .corrupt)\n`);
      renameSync(this.path, `${this.path}.corrupt`);
    }
    return { version: 1, servers: {} };
  }

  save(data: PinFile): void {
    const tmp = `${this.path}.${process.pid}.tmp`;
    writeFileSync(tmp, `${JSON.stringify(data, null, 2)}\n`, { mode: 0o600 });
    renameSync(tmp, this.path);
  }

  /**
   * Checks a tools/list against the pins: new tools are pinned, unchanged ones pass, changed ones
   * are returned (and recorded as pending). Re-reads the file so approvals take effect at once.
   */
  check(key: string, label: string, tools: ReadonlyArray<Record<string, unknown>>): Set<string> {
    const data = this.load();
    const server = (data.servers[key] ??= { label, tools: {} });
    const changed = new Set<string>();
    // The label follows the name the server runs under now (`pins approve NAME` finds it).
    let dirty = server.label !== label;
    server.label = label;
    const now = new Date().toISOString();
    for (const tool of tools) {
      const name = typeof tool.name === "string" ? tool.name : "";
      const hash = toolDefinitionHash(tool);
      const pin = server.tools[name];
      if (!pin) {
        server.tools[name] = { hash, pinned_at: now };
        dirty = true;
      } else if (pin.hash !== hash) {
        changed.add(name);
        if (pin.pending?.hash !== hash) {
          pin.pending = { hash, seen_at: now, description: typeof tool.description === "string" ? tool.description.slice(0, 500) : undefined };
          dirty = true;
        }
      }
    }
    if (dirty) this.save(data);
    return changed;
  }

  /** Accepts pending definitions (all of a server's, or one tool's). Returns what was approved. */
  approve(key?: string, tool?: string): string[] {
    const data = this.load();
    const approved: string[] = [];
    for (const [k, server] of Object.entries(data.servers)) {
      if (key && k !== key && server.label !== key) continue;
      for (const [name, pin] of Object.entries(server.tools)) {
        if (tool && name !== tool) continue;
        if (!pin.pending) continue;
        server.tools[name] = { hash: pin.pending.hash, pinned_at: new Date().toISOString() };
        approved.push(`${server.label}/${name}`);
      }
    }
    if (approved.length > 0) this.save(data);
    return approved;
  }

  /** Forgets pins (all, one server's, or one tool's): they are taken afresh on next use. */
  reset(key?: string, tool?: string): number {
    const data = this.load();
    let removed = 0;
    for (const [k, server] of Object.entries(data.servers)) {
      if (key && k !== key && server.label !== key) continue;
      if (!tool) {
        removed += Object.keys(server.tools).length;
        delete data.servers[k];
        continue;
      }
      if (server.tools[tool]) {
        delete server.tools[tool];
        removed++;
      }
    }
    this.save(data);
    return removed;
  }
}
