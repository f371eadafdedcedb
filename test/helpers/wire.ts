// A raw JSON-RPC peer on the client side of `bulwark mcp-proxy`: it sees every line the proxy
// writes, exactly (duplicates, strays and arrays included), which an SDK client would hide.
import { spawn, type ChildProcessWithoutNullStreams } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { CLI } from "./cli.js";

export type Message = Record<string, unknown> & { id?: unknown; method?: string; result?: Record<string, unknown>; error?: { code: number; message: string; data?: unknown }; params?: Record<string, unknown> };

export class WirePeer {
  readonly child: ChildProcessWithoutNullStreams;
  readonly home: string;
  /** Every line from the proxy's stdout, parsed (an array stays an array). */
  readonly lines: Array<Message | Message[]> = [];
  /** The raw text of stdout, to check what never appears in it. */
  stdout = "";
  stderr = "";
  private parts: Buffer[] = [];
  private nextId = 1;

  constructor(server: string[], proxyArgs: string[] = [], env: Record<string, string> = {}) {
    this.home = env.BULWARK_HOME ?? mkdtempSync(join(tmpdir(), "bulwark-wire-"));
    this.child = spawn(process.execPath, [CLI, "mcp-proxy", ...proxyArgs, "--", process.execPath, ...server], {
      env: { ...process.env, BULWARK_HOME: this.home, ...env },
      stdio: ["pipe", "pipe", "pipe"],
    });
    this.child.stdout.on("data", (chunk: Buffer) => {
      let from = 0;
      for (let nl = chunk.indexOf(10, from); nl !== -1; nl = chunk.indexOf(10, from)) {
        this.parts.push(chunk.subarray(from, nl));
        const line = Buffer.concat(this.parts).toString("utf8");
        this.parts = [];
        this.stdout += `${line.length > 100_000 ? line.slice(0, 100_000) : line}\n`;
        this.lines.push(JSON.parse(line) as Message | Message[]);
        from = nl + 1;
      }
      if (from < chunk.length) this.parts.push(Buffer.from(chunk.subarray(from)));
    });
    this.child.stderr.on("data", (chunk: Buffer) => (this.stderr += chunk.toString("utf8")));
    this.child.stdin.on("error", () => undefined);
  }

  /** Every message received, batches flattened. */
  messages(): Message[] {
    return this.lines.flatMap((l) => (Array.isArray(l) ? l : [l]));
  }

  write(message: unknown): void {
    this.child.stdin.write(`${typeof message === "string" ? message : JSON.stringify(message)}\n`);
  }

  /** Sends a request and returns its id. */
  send(method: string, params: unknown = {}, id: number = this.nextId++): number {
    this.write({ jsonrpc: "2.0", id, method, params });
    return id;
  }

  async until<T>(check: () => T | undefined | false, what: string, ms = 20_000): Promise<T> {
    const end = Date.now() + ms;
    for (;;) {
      const value = check();
      if (value) return value;
      if (Date.now() > end) throw new Error(`timed out waiting for ${what}; stderr: ${this.stderr.slice(-2000)}`);
      await new Promise((r) => setTimeout(r, 20));
    }
  }

  response(id: unknown): Promise<Message> {
    return this.until(() => this.messages().find((m) => m.id === id && m.method === undefined), `the answer to ${String(id)}`);
  }

  stderrHas(pattern: RegExp): Promise<true> {
    return this.until(() => pattern.test(this.stderr), `stderr to match ${pattern}`);
  }

  /** The MCP handshake, as a client does it. */
  async initialize(capabilities: Record<string, unknown> = {}): Promise<Message> {
    const id = this.send("initialize", { protocolVersion: "2025-06-18", capabilities, clientInfo: { name: "wire", version: "1" } });
    const answer = await this.response(id);
    this.write({ jsonrpc: "2.0", method: "notifications/initialized" });
    return answer;
  }

  close(): void {
    this.child.stdin.end();
    setTimeout(() => this.child.kill(), 3000).unref();
  }
}
