// `bulwark mcp-proxy -- CMD ARGS…`: runs a stdio MCP server as a child and sits between it and
// the client. Stdout carries JSON-RPC only; everything Bulwark says goes to stderr or the audit log.
import { spawn } from "node:child_process";
import { basename, join } from "node:path";
import type { Readable, Writable } from "node:stream";
import { AuditLog } from "./audit.js";
import { bulwarkHome } from "../home.js";
import { MessageInspector, type Direction } from "./inspector.js";
import { LineSplitter, type Line } from "../lines.js";
import { errorResponse, isObject, UPSTREAM_EXITED_CODE, type JsonRpcMessage } from "./messages.js";
import { PinStore, serverKey } from "./pins.js";
import type { ProxyPolicy } from "./policy.js";

export interface ProxyOptions {
  command: string[];
  policy: ProxyPolicy;
  auditPath?: string;
  name?: string;
  stdin: Readable;
  stdout: Writable;
  stderr: Writable;
  env: NodeJS.ProcessEnv;
}

const GRACE_MS = 2000;

function log(stderr: Writable, message: string): void {
  stderr.write(`bulwark mcp-proxy: ${message}\n`);
}

function parse(line: Buffer): JsonRpcMessage | JsonRpcMessage[] | undefined {
  const text = line.toString("utf8").replace(/\r$/, "");
  if (text.trim() === "") return undefined;
  try {
    const value = JSON.parse(text) as unknown;
    if (Array.isArray(value)) return value.filter(isObject) as JsonRpcMessage[];
    return isObject(value) ? (value as JsonRpcMessage) : undefined;
  } catch {
    return undefined;
  }
}

export function runProxy(options: ProxyOptions): Promise<number> {
  const { command, stdin, stdout, stderr, env } = options;
  const home = bulwarkHome(env);
  const key = serverKey(command);
  const label = options.name ?? [basename(command[0] ?? ""), ...command.slice(1).filter((a) => !a.startsWith("-")).map((a) => basename(a))].slice(0, 3).join(" ");
  const inspector = new MessageInspector({
    policy: options.policy,
    serverKey: key,
    serverLabel: label,
    pins: new PinStore(home),
    audit: new AuditLog(options.auditPath ?? join(home, "audit.jsonl")),
  });

  return new Promise((resolve) => {
    const child = spawn(command[0] as string, command.slice(1), { stdio: ["pipe", "pipe", "inherit"], env, shell: false });
    let finished = false;
    const toClient = (text: string) => stdout.write(text.endsWith("\n") ? text : `${text}\n`);
    const toServer = (text: string) => {
      if (child.stdin.writable) child.stdin.write(text.endsWith("\n") ? text : `${text}\n`);
    };

    // One message through the inspector; the original bytes go on unless it was changed.
    const route = (line: Buffer, direction: Direction) => {
      const forward = direction === "client->server" ? toServer : toClient;
      const answer = direction === "client->server" ? toClient : toServer;
      const parsed = parse(line);
      if (parsed === undefined) {
        if (direction === "server->client") {
          if (line.toString("utf8").trim() !== "") log(stderr, `dropped a line from the server that is not JSON-RPC (${line.length} bytes)`);
          return;
        }
        forward(`${line.toString("utf8")}\n`);
        return;
      }
      const batch = Array.isArray(parsed) ? parsed : [parsed];
      const passed: JsonRpcMessage[] = [];
      const replies: JsonRpcMessage[] = [];
      let changed = false;
      for (const message of batch) {
        let outcome;
        try {
          outcome = inspector.handle(message, direction);
        } catch (err) {
          // A scanning bug must not take the session down: log it and pass the message on.
          log(stderr, `internal error while inspecting ${message.method ?? "a response"}: ${(err as Error).message}`);
          outcome = { kind: "forward" as const };
        }
        if (outcome.kind === "forward") passed.push(message);
        else if (outcome.kind === "replace") {
          passed.push(outcome.message);
          changed = true;
        } else if (outcome.kind === "respond") {
          replies.push(outcome.message);
          changed = true;
        } else changed = true;
      }
      if (!changed) forward(`${line.toString("utf8")}\n`);
      else if (Array.isArray(parsed)) {
        if (passed.length > 0) forward(JSON.stringify(passed));
        if (replies.length > 0) answer(JSON.stringify(replies));
      } else {
        if (passed[0]) forward(JSON.stringify(passed[0]));
        if (replies[0]) answer(JSON.stringify(replies[0]));
      }
    };

    const fromClient = new LineSplitter();
    const fromServer = new LineSplitter();
    const routeLine = (direction: Direction) => (line: Line) => {
      if ("bytes" in line) route(line.bytes, direction);
    };
    stdin.on("data", (chunk: Buffer) => fromClient.push(chunk, routeLine("client->server")));
    child.stdout.on("data", (chunk: Buffer) => fromServer.push(chunk, routeLine("server->client")));

    let killTimer: NodeJS.Timeout | undefined;
    stdin.on("end", () => {
      fromClient.end(routeLine("client->server"));
      child.stdin.end();
      // The SDK's own escalation: give the server time to exit, then TERM, then KILL.
      killTimer = setTimeout(() => {
        child.kill("SIGTERM");
        killTimer = setTimeout(() => child.kill("SIGKILL"), GRACE_MS).unref();
      }, GRACE_MS).unref();
    });
    child.stdin.on("error", () => undefined); // the server may close its stdin first

    const signals: NodeJS.Signals[] = ["SIGINT", "SIGTERM", "SIGHUP"];
    const forwardSignal = (signal: NodeJS.Signals) => child.kill(signal);
    for (const s of signals) process.on(s, forwardSignal);

    const finish = (code: number) => {
      if (finished) return;
      finished = true;
      if (killTimer) clearTimeout(killTimer);
      for (const s of signals) process.off(s, forwardSignal);
      // Requests the server will never answer get an error, so the client does not hang.
      for (const [k, p] of inspector.pending) {
        if (!k.startsWith("c:")) continue;
        const raw = k.slice(4);
        const id = k.startsWith("c:n:") ? Number(raw) : raw;
        toClient(JSON.stringify(errorResponse(id, UPSTREAM_EXITED_CODE, `upstream MCP server exited before answering ${p.method}`)));
      }
      inspector.pending.clear();
      stdout.write("", () => resolve(code));
    };

    child.on("error", (err) => {
      log(stderr, `cannot start ${command[0]}: ${err.message}`);
      finish(127);
    });
    // Finish once the child has exited and everything it wrote has been routed.
    let exitCode: number | undefined;
    let stdoutEnded = false;
    const maybeFinish = () => {
      if (exitCode !== undefined && stdoutEnded) finish(exitCode);
    };
    child.stdout.on("end", () => {
      fromServer.end(routeLine("server->client"));
      stdoutEnded = true;
      maybeFinish();
    });
    child.on("exit", (code, signal) => {
      exitCode = code ?? (signal ? 128 + (({ SIGHUP: 1, SIGINT: 2, SIGKILL: 9, SIGTERM: 15 } as Record<string, number>)[signal] ?? 0) : 1);
      child.stdin.destroy();
      maybeFinish();
    });
  });
}
