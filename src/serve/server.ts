// `bulwark serve`: Claude Code's `http` hooks answered by a resident process, so an event costs a
// loopback request instead of starting Node. The answers are `bulwark hook claude-code`'s; where
// the command hook blocks through exit code 2 (an event it cannot judge, fail closed), the
// server says the same in JSON, because an http hook's status codes cannot block: Claude Code
// treats a non-2xx answer or a refused connection as a non-blocking error.
import { randomBytes, timingSafeEqual } from "node:crypto";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import { join } from "node:path";
import { BulwarkError } from "../errors.js";
import { bulwarkHome } from "../home.js";
import type { FailMode, HookAnswer } from "../hooks/answer.js";

export interface ServeOptions {
  host: string;
  port: number;
  maxBytes: number;
  fail?: FailMode;
  env: NodeJS.ProcessEnv;
  log: (line: string) => void;
}

export interface RunningServer {
  url: string;
  server: Server;
  close(): Promise<void>;
}

const LOOPBACK = new Set(["127.0.0.1", "::1", "localhost"]);

/** The token in the hook's URL: kept in BULWARK_HOME/serve-token (0600) so the hook config stays valid across restarts. */
export function serveToken(env: NodeJS.ProcessEnv): string {
  const file = join(bulwarkHome(env), "serve-token");
  if (existsSync(file)) {
    const token = readFileSync(file, "utf8").trim();
    if (/^[A-Za-z0-9_-]{32,}$/.test(token)) return token;
  }
  const token = randomBytes(32).toString("base64url");
  writeFileSync(file, `${token}\n`, { mode: 0o600 });
  return token;
}

function sameToken(given: string, token: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** A blocking answer in JSON, for what the command hook blocks through its exit code. */
export function asHttpAnswer(answer: HookAnswer, raw: string): Record<string, unknown> {
  if (answer.exitCode !== 2) return answer.output ?? {};
  const reason = answer.warning ?? "Bulwark blocked this event";
  let name: unknown;
  try {
    name = (JSON.parse(raw) as { hook_event_name?: unknown }).hook_event_name;
  } catch {
    name = undefined;
  }
  if (name === "PreToolUse") return { hookSpecificOutput: { hookEventName: "PreToolUse", permissionDecision: "deny", permissionDecisionReason: reason } };
  return { decision: "block", reason };
}

function reply(res: ServerResponse, status: number, body: Record<string, unknown> | string): void {
  const text = typeof body === "string" ? body : JSON.stringify(body);
  res.writeHead(status, { "content-type": typeof body === "string" ? "text/plain; charset=utf-8" : "application/json", "cache-control": "no-store" });
  res.end(text);
}

export async function startServer(opts: ServeOptions): Promise<RunningServer> {
  if (!LOOPBACK.has(opts.host)) throw new BulwarkError("usage", `serve: ${opts.host} is not a loopback address; bulwark serve listens on 127.0.0.1, ::1 or localhost only`);
  const token = serveToken(opts.env);
  // Loaded once, before the first event: the scanner, the hooks and the policy file.
  const [{ answerHook }, { prepareHookPolicy }, { unjudged }] = await Promise.all([import("../hooks/index.js"), import("../hooks/flow.js"), import("../hooks/answer.js")]);
  let port = opts.port;

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    // Browsers send Origin; a hook client does not. The Host check stops DNS rebinding.
    if (req.headers.origin !== undefined) return reply(res, 403, "bulwark serve: requests from web pages are refused\n");
    const host = (req.headers.host ?? "").replace(/:\d+$/, "").replace(/^\[|\]$/g, "");
    if (!LOOPBACK.has(host)) return reply(res, 403, "bulwark serve: Host must be a loopback address\n");
    const url = new URL(req.url ?? "/", "http://127.0.0.1");
    const match = /^\/hook\/([^/]+)\/?$/.exec(url.pathname);
    const bearer = /^Bearer\s+(\S+)$/i.exec(req.headers.authorization ?? "")?.[1];
    const given = match?.[1] ?? bearer;
    if (url.pathname === "/health" && req.method === "GET") return reply(res, 200, { ok: true });
    if (!match && url.pathname !== "/hook") return reply(res, 404, "bulwark serve: POST events to /hook/<token>\n");
    if (given === undefined || !sameToken(given, token)) return reply(res, 401, "bulwark serve: wrong or missing token\n");
    if (req.method !== "POST") return reply(res, 405, "bulwark serve: POST an event\n");
    // A body declared too large is answered at once (fail closed), without waiting for it.
    const declared = Number(req.headers["content-length"] ?? "0");
    if (Number.isFinite(declared) && declared > opts.maxBytes) {
      const answer = unjudged("claude-code", "pre", { fail: opts.fail }, `event larger than ${opts.maxBytes} bytes`);
      if (answer.warning) opts.log(answer.warning);
      res.setHeader("connection", "close");
      reply(res, 200, asHttpAnswer(answer, ""));
      req.destroy();
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    let tooLarge = false;
    for await (const chunk of req as AsyncIterable<Buffer>) {
      size += chunk.length;
      if (size > opts.maxBytes) tooLarge = true;
      else chunks.push(chunk);
    }
    const raw = Buffer.concat(chunks).toString("utf8");
    let answer: HookAnswer;
    try {
      if (tooLarge) throw new BulwarkError("input_too_large", `event larger than ${opts.maxBytes} bytes`);
      await prepareHookPolicy(opts.env);
      answer = answerHook("claude-code", raw, { fail: opts.fail });
    } catch (err) {
      if (!(err instanceof BulwarkError)) throw err;
      answer = unjudged("claude-code", "pre", { fail: opts.fail }, err.message);
    }
    if (answer.warning) opts.log(answer.warning);
    reply(res, 200, asHttpAnswer(answer, raw));
  };

  const server = createServer((req, res) => {
    handle(req, res).catch((err: unknown) => {
      // A client that hung up mid-request is not an error of ours, and there is no one to answer.
      if ((req.destroyed && (err as NodeJS.ErrnoException).code === "ECONNRESET") || (err instanceof Error && err.message === "aborted")) return;
      opts.log(`bulwark serve: internal error: ${err instanceof Error ? err.message : String(err)}`);
      // Fail closed: a blocking answer, not a status Claude Code would treat as "go ahead".
      if (!res.headersSent) reply(res, 200, { decision: "block", reason: "Bulwark: internal error while judging this event" });
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", (err: NodeJS.ErrnoException) => reject(err.code === "EADDRINUSE" ? new BulwarkError("io", `serve: port ${opts.port} on ${opts.host} is in use (pass --port)`) : err));
    server.listen(opts.port, opts.host, () => resolve());
  });
  const address = server.address();
  if (address && typeof address === "object") port = address.port;
  const hostPart = opts.host.includes(":") ? `[${opts.host}]` : opts.host;
  return {
    url: `http://${hostPart}:${port}/hook/${token}`,
    server,
    // Open requests (a client sending slowly, an idle keep-alive) do not hold up the exit.
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
