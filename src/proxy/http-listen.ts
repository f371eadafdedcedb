// `bulwark mcp-proxy --listen 127.0.0.1:PORT (--url URL | -- CMD…)`: a local Streamable HTTP
// endpoint in front of a remote server or a stdio command, with the router and inspector of the
// stdio proxy in between. Each client POST is one stream: its answers (JSON, or SSE event by
// event with the server's event ids) are scanned in order. Loopback only unless --allow-remote;
// Host and Origin are checked (DNS rebinding). OAuth is the client's own: a 401 and its
// WWW-Authenticate come back as they are, the discovery documents are relayed from the server,
// and Authorization goes to that one server only.
import { spawn, type ChildProcessByStdio } from "node:child_process";
import type { Readable } from "node:stream";
import { randomUUID } from "node:crypto";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import { isIP } from "node:net";
import type { Writable } from "node:stream";
import { BulwarkError } from "../errors.js";
import { LineSplitter } from "../lines.js";
import { sanitize } from "../sanitize.js";
import { exchange, sseEvent, upstreamHeaders } from "./http-upstream.js";
import { errorResponse, idKey, isObject, isRequest, isResponse, UPSTREAM_EXITED_CODE, UPSTREAM_HTTP_CODE, type JsonRpcId, type JsonRpcMessage } from "./messages.js";
import type { MessageInspector } from "./inspector.js";
import { OffThreadScanner } from "./off-thread.js";
import { serverKey } from "./pins.js";
import type { ProxyPolicy } from "./policy.js";
import { MessageRouter } from "./router.js";
import { labelOf, newInspector, proxyLog } from "./session.js";

export interface ListenOptions {
  listen: string;
  allowRemote: boolean;
  url?: string;
  headers: Record<string, string>;
  command?: string[];
  policy: ProxyPolicy;
  policyFile?: string;
  auditPath?: string;
  name?: string;
  stderr: Writable;
  env: NodeJS.ProcessEnv;
  /** Called with the address once listening (tests, and the line on stderr). */
  onListening?: (address: string) => void;
}

const MAX_BODY = 64 * 1024 * 1024;
/** Response headers of the server that the client needs. */
const RELAYED = ["content-type", "mcp-session-id", "mcp-protocol-version", "www-authenticate", "retry-after", "cache-control", "x-accel-buffering"];

export function parseListen(value: string, allowRemote: boolean): { host: string; port: number } {
  const m = /^(?:\[([0-9a-fA-F:]+)\]|([^:[\]]+)):(\d{1,5})$/.exec(value);
  if (!m) throw new BulwarkError("usage", "--listen: expected HOST:PORT, e.g. 127.0.0.1:8765");
  const host = (m[1] ?? m[2]) as string;
  const port = Number(m[3]);
  if (port > 65535) throw new BulwarkError("usage", "--listen: the port must be 0 to 65535");
  if (!allowRemote && !isLoopback(host)) throw new BulwarkError("usage", `--listen ${value}: not a loopback address; clients on other machines could reach the proxy. Bind 127.0.0.1, or add --allow-remote`);
  return { host, port };
}

function isLoopback(host: string): boolean {
  const h = host.toLowerCase().replace(/^\[|\]$/g, "");
  if (h === "localhost" || h === "::1") return true;
  return isIP(h) === 4 && h.startsWith("127.");
}

/** Host (DNS rebinding) and Origin checks of the spec: a page on another site never gets in. */
function refused(req: IncomingMessage, allowRemote: boolean): string | undefined {
  const host = req.headers.host ?? "";
  const hostname = host.replace(/:\d+$/, "");
  if (!allowRemote && !isLoopback(hostname)) return "the Host header is not a loopback name";
  const origin = req.headers.origin;
  if (origin === undefined) return undefined;
  let url: URL;
  try {
    url = new URL(origin);
  } catch {
    return "the Origin header is not a URL";
  }
  if (isLoopback(url.hostname)) return undefined;
  if (allowRemote && url.host === host) return undefined;
  return "the Origin is not this proxy's";
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const parts: Buffer[] = [];
    let size = 0;
    req.on("data", (c: Buffer) => {
      size += c.length;
      if (size > MAX_BODY) {
        reject(new Error("too large"));
        req.destroy();
        return;
      }
      parts.push(c);
    });
    req.on("end", () => resolve(Buffer.concat(parts).toString("utf8")));
    req.on("error", reject);
  });
}

function requestIds(text: string): Map<string, JsonRpcId> {
  const ids = new Map<string, JsonRpcId>();
  try {
    const value = JSON.parse(text) as unknown;
    for (const m of (Array.isArray(value) ? value : [value]) as JsonRpcMessage[]) if (isObject(m) && isRequest(m)) ids.set(idKey(m.id), m.id);
  } catch {
    // Not JSON: the server answers it, or not.
  }
  return ids;
}

/** One client HTTP exchange (a POST or a GET): where its answers are written, JSON or SSE. */
class ClientStream {
  /** Requests of the client's body not answered yet. */
  readonly pending: Map<string, JsonRpcId>;
  private started = false;
  private sse = false;
  private closed = false;
  /** Something of the body went on to the server (else the proxy answered it all itself). */
  forwarded = false;
  /** The server's side of this exchange is over: end once every request is answered. */
  upstreamDone = false;

  constructor(
    readonly res: ServerResponse,
    readonly headers: Record<string, string>,
    body: string,
  ) {
    this.pending = requestIds(body);
    res.on("close", () => (this.closed = true));
  }

  get open(): boolean {
    return !this.closed && !this.res.writableEnded;
  }

  /** The server's status and headers, relayed (once). */
  head(status: number, headers: Headers): void {
    if (this.started || !this.open) return;
    this.started = true;
    const out: Record<string, string> = {};
    for (const name of RELAYED) {
      const value = headers.get(name);
      if (value !== null) out[name] = value;
    }
    // An error's body is replaced by a JSON-RPC error unless it was JSON-RPC itself (which the
    // router judged): it is never relayed as the server wrote it (HTML, text with instructions).
    if (status >= 400 || status === 0) out["content-type"] = "application/json";
    this.sse = (out["content-type"] ?? "").includes("text/event-stream");
    if (this.sse) out["x-accel-buffering"] = "no";
    if (out["www-authenticate"] !== undefined) out["www-authenticate"] = sanitize(out["www-authenticate"]);
    this.res.writeHead(status === 0 ? 502 : status, out);
    if (this.sse) this.res.flushHeaders();
  }

  /** One message for the client, with the server's event id when it came as an SSE event. */
  write(text: string, eventId?: string): void {
    if (!this.open) return;
    for (const m of parsedAll(text)) if (isResponse(m)) this.pending.delete(idKey(m.id));
    if (!this.started) {
      // Answered by the proxy alone, whole: one JSON body. Otherwise a stream.
      this.started = true;
      this.sse = this.forwarded || this.pending.size > 0;
      this.res.writeHead(200, { "content-type": this.sse ? "text/event-stream" : "application/json", ...(this.sse ? { "x-accel-buffering": "no" } : {}) });
    }
    this.res.write(this.sse ? sseEvent(text, eventId) : text);
    this.maybeEnd();
  }

  /** An SSE event that carries no message (a priming id). */
  bare(id: string | undefined): void {
    if (!this.open || !this.sse) return;
    this.res.write(`${id !== undefined ? `id: ${id}\n` : ""}data: \n\n`);
  }

  maybeEnd(): void {
    if (!this.open || this.pending.size > 0 || (this.forwarded && !this.upstreamDone)) return;
    if (!this.started) {
      this.started = true;
      this.res.writeHead(202);
    }
    this.res.end();
  }
}

function parsedAll(text: string): JsonRpcMessage[] {
  try {
    const value = JSON.parse(text) as unknown;
    return (Array.isArray(value) ? value : [value]).filter(isObject) as JsonRpcMessage[];
  } catch {
    return [];
  }
}

interface Tag {
  stream: ClientStream;
  eventId?: string;
}

/** What the proxy talks to: a remote server over HTTP, or a child over stdio. */
interface Upstream {
  /** A client body (after the inspector) to the server; answers come back through `session.router`. */
  send(text: string, session: Session, tag: Tag | undefined): void;
  /** A client GET: the server's own stream. */
  get(session: Session, stream: ClientStream): void;
  /** The client ends its session. */
  end(session: Session, stream: ClientStream): void;
}

interface Session {
  id?: string;
  router: MessageRouter<Tag>;
  inspector: MessageInspector;
  /** stdio upstream: the child and the streams waiting on its answers. */
  child?: ChildProcessByStdio<Writable, Readable, null>;
  waiting?: Map<string, ClientStream>;
  listeners?: ClientStream[];
  queued?: string[];
}

export function runListener(options: ListenOptions): Promise<number> {
  const { host, port } = parseListen(options.listen, options.allowRemote);
  const log = proxyLog(options.stderr);
  const offThread = new OffThreadScanner();
  const key = options.url ? serverKey(["url", options.url], options.name) : serverKey(options.command ?? [], options.name);
  const label = options.name ?? (options.url ? new URL(options.url).host : labelOf(options.command ?? []));
  const sessions = new Map<string, Session>();
  let shared: Session | undefined;

  const upstream: Upstream = options.url ? httpUpstream(options.url, options.headers, sessions) : stdioUpstream(options.command ?? [], options.env, log, sessions);

  const newSession = (): Session => {
    const inspector = newInspector({ ...options, key, label, warn: log, canAsk: false });
    const session = {} as Session;
    session.inspector = inspector;
    session.router = new MessageRouter<Tag>({
      inspector,
      offThread,
      timeoutMs: options.policy.timeout_ms,
      warn: log,
      toServer: (text, tag) => upstream.send(text, session, tag),
      toClient: (text, tag) => deliver(session, text, tag),
    });
    return session;
  };

  /** A message for the client: on the stream it belongs to. */
  const deliver = (session: Session, text: string, tag: Tag | undefined): void => {
    if (tag) return tag.stream.write(text, tag.eventId);
    // stdio upstream: answers go to the stream that asked; the server's own messages to a listener.
    const messages = parsedAll(text);
    const response = messages.find((m) => isResponse(m));
    const target = response ? session.waiting?.get(idKey(response.id as JsonRpcId)) : (session.listeners ?? []).find((s) => s.open);
    if (response) for (const m of messages) if (isResponse(m)) session.waiting?.delete(idKey(m.id));
    if (target?.open) target.write(text);
    else if (!response) (session.queued ??= []).push(text);
  };

  const sessionFor = (req: IncomingMessage, body: string): Session | undefined => {
    const id = req.headers["mcp-session-id"];
    if (typeof id === "string") return sessions.get(id);
    if (/"method"\s*:\s*"initialize"/.test(body)) return newSession();
    return (shared ??= newSession());
  };

  const server = createServer((req, res) => {
    void handle(req, res).catch((err: Error) => {
      log(`internal error on ${req.method ?? "?"} ${req.url?.split("?")[0] ?? ""}: ${err.message}`);
      if (!res.headersSent) res.writeHead(500).end();
      else res.end();
    });
  });

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const why = refused(req, options.allowRemote);
    if (why) {
      log(`refused a ${req.method ?? "?"} request: ${why}`);
      res.writeHead(403, { "content-type": "application/json" }).end(JSON.stringify(errorResponse(null, -32000, `Forbidden: ${why}`)));
      return;
    }
    const path = (req.url ?? "/").split("?")[0] as string;
    if (path.startsWith("/.well-known/")) return wellKnown(req, res);
    const headers = upstreamHeaders(req.headers);
    if (req.method === "POST") {
      let body: string;
      try {
        body = await readBody(req);
      } catch {
        res.writeHead(413).end();
        return;
      }
      const session = sessionFor(req, body);
      if (!session) {
        res.writeHead(404, { "content-type": "application/json" }).end(JSON.stringify(errorResponse(null, -32001, "Session not found")));
        return;
      }
      if (body.trim() === "") {
        res.writeHead(400, { "content-type": "application/json" }).end(JSON.stringify(errorResponse(null, -32700, "[bulwark] parse error: the body is empty")));
        return;
      }
      const stream = new ClientStream(res, headers, body);
      session.router.fromClient(body, { stream });
      // A body the proxy dropped whole (a request without an id) is answered once judged: 202.
      void session.router.idle().then(() => stream.maybeEnd());
      return;
    }
    const session = typeof req.headers["mcp-session-id"] === "string" ? sessions.get(req.headers["mcp-session-id"]) : shared;
    if (req.method === "GET") {
      if (!session) {
        res.writeHead(options.url ? 400 : 405).end();
        return;
      }
      upstream.get(session, new ClientStream(res, headers, ""));
      return;
    }
    if (req.method === "DELETE" && typeof req.headers["mcp-session-id"] !== "string") {
      // Without a session id there is nothing of the client's to end (the shared server is everyone's).
      res.writeHead(400, { "content-type": "application/json" }).end(JSON.stringify(errorResponse(null, -32600, "[bulwark] DELETE needs an Mcp-Session-Id")));
      return;
    }
    if (req.method === "DELETE" && session) {
      upstream.end(session, new ClientStream(res, headers, ""));
      if (session.id) sessions.delete(session.id);
      return;
    }
    res.writeHead(405, { allow: "GET, POST, DELETE" }).end();
  };

  /** OAuth discovery documents, relayed from the server's origin (no credentials sent). */
  const wellKnown = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    if (!options.url || req.method !== "GET") {
      res.writeHead(404).end();
      return;
    }
    const target = new URL(req.url ?? "/", new URL(options.url).origin);
    try {
      const answer = await fetch(target, { headers: { accept: "application/json" }, redirect: "manual" });
      res.writeHead(answer.status, { "content-type": answer.headers.get("content-type") ?? "application/json" }).end(Buffer.from(await answer.arrayBuffer()));
    } catch {
      res.writeHead(502).end();
    }
  };

  return new Promise((resolve, reject) => {
    server.on("error", (err: NodeJS.ErrnoException) => reject(new BulwarkError("usage", `--listen ${options.listen}: ${err.code ?? err.message}`)));
    server.listen(port, host, () => {
      const address = server.address();
      const where = typeof address === "object" && address ? `http://${address.family === "IPv6" ? `[${address.address}]` : address.address}:${address.port}/mcp` : options.listen;
      // The URL without its query: a key passed there must not reach stderr.
      const remote = options.url ? new URL(options.url) : undefined;
      const target = remote ? `${remote.origin}${remote.pathname}` : (options.command ?? []).join(" ");
      log(`listening on ${where}, in front of ${target}`);
      options.onListening?.(where);
    });
    const stop = () => {
      for (const s of [...sessions.values(), ...(shared ? [shared] : [])]) {
        s.router.close();
        s.child?.kill("SIGTERM");
      }
      offThread.close();
      server.close(() => resolve(0));
      server.closeAllConnections();
    };
    process.once("SIGINT", stop);
    process.once("SIGTERM", stop);
  });
}

/** A remote Streamable HTTP server: each client exchange becomes one exchange with it. */
function httpUpstream(url: string, fixed: Record<string, string>, sessions: Map<string, Session>): Upstream {
  const relay = (session: Session, stream: ClientStream, method: "POST" | "GET" | "DELETE", body?: string) => {
    let status = 0;
    void exchange(url, { method, body, headers: { ...stream.headers, ...fixed } }, {
      head: (s, headers) => {
        status = s;
        const id = headers.get("mcp-session-id");
        if (id && !sessions.has(id)) {
          session.id = id;
          sessions.set(id, session);
        }
        stream.head(s, headers);
      },
      message: (text, eventId) => session.router.fromServer(text, { stream, eventId }),
      bare: (e) => stream.bare(e.id),
      end: (error, text) => {
        void session.router.idle().then(() => {
          if (status >= 400 || status === 0) {
            // An HTTP error (a 401 with WWW-Authenticate, a 404 for an expired session): relayed
            // as it came, with the body it had (a JSON-RPC error body went through the router).
            const ids = [...stream.pending.values()];
            stream.pending.clear();
            stream.upstreamDone = true;
            const why = status === 0 ? `[bulwark] ${error?.message ?? "the remote MCP server cannot be reached"}` : `[bulwark] the remote MCP server answered HTTP ${status}`;
            if (stream.open) stream.res.end(text === undefined && status !== 0 ? undefined : JSON.stringify(errorResponse(ids.length === 1 ? (ids[0] as JsonRpcId) : null, UPSTREAM_HTTP_CODE, why)));
            return;
          }
          // Requests the server did not answer on this stream (cut off mid-way): an error each,
          // so the client never waits for nothing.
          for (const id of stream.open ? stream.pending.values() : []) session.router.fromServer(JSON.stringify(errorResponse(id, UPSTREAM_HTTP_CODE, `[bulwark] the remote MCP server ${error ? `did not answer: ${error.message}` : "ended the stream without answering"}`)), { stream });
          void session.router.idle().then(() => {
            stream.upstreamDone = true;
            stream.pending.clear();
            stream.maybeEnd();
          });
        });
      },
    });
  };
  return {
    send: (text, session, tag) => {
      if (!tag) return;
      tag.stream.forwarded = true;
      relay(session, tag.stream, "POST", text);
    },
    get: (session, stream) => relay(session, stream, "GET"),
    end: (session, stream) => relay(session, stream, "DELETE"),
  };
}

/** A stdio server: one child per session (legacy), one shared for requests without a session. */
function stdioUpstream(command: string[], env: NodeJS.ProcessEnv, log: (l: string) => void, sessions: Map<string, Session>): Upstream {
  const start = (session: Session): ChildProcessByStdio<Writable, Readable, null> => {
    const child = spawn(command[0] as string, command.slice(1), { stdio: ["pipe", "pipe", "inherit"], env, shell: false });
    session.child = child;
    session.waiting = new Map();
    session.listeners = [];
    const lines = new LineSplitter();
    child.stdout.on("data", (chunk: Buffer) => lines.push(chunk, (line) => "bytes" in line && session.router.fromServer(line.bytes)));
    child.stdin.on("error", () => undefined);
    child.on("error", (err) => log(`cannot start ${command[0]}: ${err.message}`));
    child.on("exit", () => {
      void session.router.idle().then(() => {
        for (const [k, stream] of session.waiting ?? []) {
          session.waiting?.delete(k);
          const id = stream.pending.get(k);
          if (id !== undefined) stream.write(JSON.stringify(errorResponse(id, UPSTREAM_EXITED_CODE, "upstream MCP server exited before answering")));
        }
        session.router.serverGone();
      });
    });
    return child;
  };
  return {
    send: (text, session, tag) => {
      const child = session.child ?? start(session);
      const ids = requestIds(text);
      if (tag) {
        for (const k of ids.keys()) session.waiting?.set(k, tag.stream);
        tag.stream.forwarded = true;
        tag.stream.upstreamDone = true;
        // The session id is this proxy's: given on the answer to initialize.
        if (!session.id && /"method"\s*:\s*"initialize"/.test(text)) {
          session.id = randomUUID();
          sessions.set(session.id, session);
          tag.stream.res.setHeader("mcp-session-id", session.id);
        }
      }
      if (child.stdin.writable) child.stdin.write(`${text}\n`);
      tag?.stream.maybeEnd();
    },
    get: (session, stream) => {
      stream.forwarded = true;
      stream.head(200, new Headers({ "content-type": "text/event-stream" }));
      (session.listeners ??= []).push(stream);
      for (const text of (session.queued ?? []).splice(0)) stream.write(text);
    },
    end: (session, stream) => {
      session.child?.stdin.end();
      stream.head(200, new Headers());
      stream.res.end();
    },
  };
}
