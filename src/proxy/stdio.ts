// `bulwark mcp-proxy -- CMD ARGS…`: runs a stdio MCP server as a child and sits between it and
// the client. Stdout carries JSON-RPC only; everything Bulwark says goes to stderr or the audit log.
// This file is the stdio transport: lines in and out; the router and inspector decide.
import { spawn } from "node:child_process";
import type { Readable, Writable } from "node:stream";
import { LineSplitter, type Line } from "../lines.js";
import { OffThreadScanner } from "./off-thread.js";
import { serverKey } from "./pins.js";
import type { ProxyPolicy } from "./policy.js";
import { MessageRouter } from "./router.js";
import { labelOf, newInspector, proxyLog } from "./session.js";

export interface ProxyOptions {
  command: string[];
  policy: ProxyPolicy;
  policyFile?: string;
  auditPath?: string;
  name?: string;
  stdin: Readable;
  stdout: Writable;
  stderr: Writable;
  env: NodeJS.ProcessEnv;
  /** Lines longer than this (bytes) are dropped unread, and the request they answer gets an error. */
  maxBytes?: number;
}

const GRACE_MS = 2000;
/** Far above any tool result a model can read, far below what one string can hold (about 512 MB). */
export const DEFAULT_MAX_MESSAGE_BYTES = 64 * 1024 * 1024;

export function runProxy(options: ProxyOptions): Promise<number> {
  const { command, stdin, stdout, stderr, env } = options;
  const log = proxyLog(stderr);
  const inspector = newInspector({ ...options, key: serverKey(command, options.name), label: options.name ?? labelOf(command), warn: log });

  return new Promise((resolve) => {
    const child = spawn(command[0] as string, command.slice(1), { stdio: ["pipe", "pipe", "inherit"], env, shell: false });
    let finished = false;
    const offThread = new OffThreadScanner();
    const router = new MessageRouter({
      inspector,
      offThread,
      timeoutMs: options.policy.timeout_ms,
      warn: log,
      toClient: (text) => stdout.write(`${text}\n`),
      toServer: (text) => {
        if (child.stdin.writable) child.stdin.write(`${text}\n`);
      },
    });

    const limit = options.maxBytes ?? DEFAULT_MAX_MESSAGE_BYTES;
    const fromClient = new LineSplitter(limit);
    const fromServer = new LineSplitter(limit);
    const clientLine = (line: Line) => {
      if ("bytes" in line) router.fromClient(line.bytes);
      else router.tooLong("client->server", line.tooLong, limit, line.head, line.tail);
    };
    const serverLine = (line: Line) => {
      if ("bytes" in line) router.fromServer(line.bytes);
      else router.tooLong("server->client", line.tooLong, limit, line.head, line.tail);
    };
    stdin.on("data", (chunk: Buffer) => fromClient.push(chunk, clientLine));
    child.stdout.on("data", (chunk: Buffer) => fromServer.push(chunk, serverLine));

    let killTimer: NodeJS.Timeout | undefined;
    let clientDone = false;
    stdin.on("end", () => {
      clientDone = true;
      fromClient.end(clientLine);
      // Lines still being scanned reach the server before its stdin closes.
      void router.idle().then(() => {
        child.stdin.end();
        // The SDK's own escalation: give the server time to exit, then TERM, then KILL.
        killTimer = setTimeout(() => {
          child.kill("SIGTERM");
          killTimer = setTimeout(() => child.kill("SIGKILL"), GRACE_MS).unref();
        }, GRACE_MS).unref();
      });
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
      void router.idle().then(() => {
        // Requests the server will never answer get an error, so the client does not hang.
        router.serverGone();
        router.close();
        offThread.close();
        stdout.write("", () => resolve(code));
      });
    };

    child.on("error", (err) => {
      log(`cannot start ${command[0]}: ${err.message}`);
      finish(127);
    });
    // Finish once the child has exited and everything it wrote has been routed.
    let exitCode: number | undefined;
    let stdoutEnded = false;
    const maybeFinish = () => {
      if (exitCode !== undefined && stdoutEnded) finish(exitCode);
    };
    child.stdout.on("end", () => {
      fromServer.end(serverLine);
      stdoutEnded = true;
      maybeFinish();
    });
    child.on("exit", (code, signal) => {
      exitCode = code ?? (signal ? 128 + (({ SIGHUP: 1, SIGINT: 2, SIGKILL: 9, SIGTERM: 15 } as Record<string, number>)[signal] ?? 0) : 1);
      // A server that stops while the client still talks to it, or fails, is worth a line.
      if (!clientDone || exitCode !== 0) log(`the server exited (${signal ? `signal ${signal}` : `code ${code}`})${clientDone ? "" : " while the client was still connected"}; pending requests are answered with an error`);
      child.stdin.destroy();
      maybeFinish();
    });
  });
}
