// `bulwark mcp-proxy --url URL [--header K:V]…`: a stdio server for the client, a Streamable HTTP
// client to the remote server, with the router and inspector of the stdio proxy in between.
// Every POST's answer (JSON or SSE) is read as it arrives; a request whose answer never comes
// (an HTTP error, a stream cut off) is answered with an error, so the client never hangs.
import type { Readable, Writable } from "node:stream";
import { LineSplitter, type Line } from "../lines.js";
import { exchange } from "./http-upstream.js";
import { errorResponse, idKey, isObject, isRequest, isResponse, UPSTREAM_HTTP_CODE, type JsonRpcId, type JsonRpcMessage } from "./messages.js";
import { OffThreadScanner } from "./off-thread.js";
import { serverKey } from "./pins.js";
import type { ProxyPolicy } from "./policy.js";
import { MessageRouter } from "./router.js";
import { newInspector, proxyLog } from "./session.js";

export interface UrlBridgeOptions {
  url: string;
  headers: Record<string, string>;
  policy: ProxyPolicy;
  policyFile?: string;
  auditPath?: string;
  name?: string;
  stdin: Readable;
  stdout: Writable;
  stderr: Writable;
  env: NodeJS.ProcessEnv;
}

const MODERN_VERSION = "io.modelcontextprotocol/protocolVersion";

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/** The JSON-RPC objects of a parsed line: the line itself, or each element of a batch. */
function messagesOf(value: unknown): JsonRpcMessage[] {
  return (Array.isArray(value) ? value : [value]).filter(isObject) as JsonRpcMessage[];
}

function parsed(text: string): JsonRpcMessage[] {
  return messagesOf(parseJson(text));
}

/** Why a request got no answer, for the client: the status, never the body (it may echo a token). */
function failure(status: number, error: Error | undefined): string {
  if (error) return `[bulwark] the remote MCP server did not answer: ${error.message}`;
  if (status === 401) return "[bulwark] the remote MCP server answered HTTP 401: it needs authorization (pass --header 'Authorization: Bearer …')";
  if (status === 403) return "[bulwark] the remote MCP server answered HTTP 403: the credentials were refused";
  if (status >= 300 && status < 400) return `[bulwark] the remote MCP server answered HTTP ${status} (a redirect): redirects are not followed, so a token never goes to another host; use the final URL`;
  return `[bulwark] the remote MCP server answered HTTP ${status} without answering the request`;
}

export function runUrlBridge(options: UrlBridgeOptions): Promise<number> {
  const { url, stdin, stdout, stderr } = options;
  const log = proxyLog(stderr);
  const label = options.name ?? new URL(url).host;
  const inspector = newInspector({ ...options, key: serverKey(["url", url], options.name), label, warn: log });
  const offThread = new OffThreadScanner();
  const abort = new AbortController();
  let session: string | undefined;
  let protocol: string | undefined;
  let listening = false;

  const headersFor = (messages: JsonRpcMessage[]): Record<string, string> => {
    const out: Record<string, string> = { ...options.headers };
    if (session) out["mcp-session-id"] = session;
    const meta = messages[0]?.params?._meta;
    const version = isObject(meta) && typeof meta[MODERN_VERSION] === "string" ? (meta[MODERN_VERSION] as string) : protocol;
    if (version) out["mcp-protocol-version"] = version;
    return out;
  };

  const router: MessageRouter = new MessageRouter({
    inspector,
    offThread,
    timeoutMs: options.policy.timeout_ms,
    warn: log,
    toClient: (text) => stdout.write(`${text}\n`),
    toServer: (text) => post(text),
  });

  /** Server-initiated messages (legacy era): the GET stream, resumed from its last event id. */
  const listen = (lastEventId: string | undefined, attempt: number): void => {
    let status = 0;
    let last = lastEventId;
    void exchange(url, { method: "GET", headers: { ...headersFor([]), ...(last ? { "last-event-id": last } : {}) }, signal: abort.signal }, {
      head: (s) => (status = s),
      message: (text, id) => {
        if (id) last = id;
        router.fromServer(text);
      },
      bare: (e) => {
        if (e.id) last = e.id;
      },
      end: () => {
        if (abort.signal.aborted || status !== 200 || attempt >= 3) return;
        setTimeout(() => listen(last, attempt + 1), 1000).unref();
      },
    });
  };

  const post = (text: string): void => {
    const messages = parsed(text);
    const sentBatch = text.trimStart().startsWith("[");
    const waiting = new Map<string, JsonRpcId>();
    for (const m of messages) if (isRequest(m)) waiting.set(idKey(m.id), m.id);
    const init = messages.find((m) => isRequest(m) && m.method === "initialize");
    const initialized = messages.some((m) => m.method === "notifications/initialized");
    let status = 0;
    void exchange(url, { method: "POST", body: text, headers: headersFor(messages), signal: abort.signal }, {
      head: (s, headers) => {
        status = s;
        const id = headers.get("mcp-session-id");
        if (id) session = id;
      },
      message: (line) => {
        const value = parseJson(line);
        for (const m of messagesOf(value)) {
          if (!isResponse(m)) continue;
          waiting.delete(idKey(m.id));
          if (init && m.id === init.id && isObject(m.result) && typeof m.result.protocolVersion === "string") protocol = m.result.protocolVersion;
        }
        // The client sent one message, not a batch: an answer wrapped in an array reaches it as
        // the lines it holds (a stdio client cannot read an array it did not ask for).
        if (Array.isArray(value) && !sentBatch) for (const element of value) router.fromServer(JSON.stringify(element));
        else router.fromServer(line);
      },
      bare: () => undefined,
      end: (error) => {
        if (abort.signal.aborted) return;
        // Requests this exchange should have answered and did not: an error each, never a hang.
        for (const id of waiting.values()) router.fromServer(JSON.stringify(errorResponse(id, UPSTREAM_HTTP_CODE, failure(status, error))));
        if (status >= 400 || error) log(`the remote server ${error ? `did not answer: ${error.message}` : `answered HTTP ${status}`}`);
        if (initialized && status >= 200 && status < 300 && !listening) {
          listening = true;
          listen(undefined, 0);
        }
      },
    });
  };

  return new Promise((resolve) => {
    const lines = new LineSplitter();
    const onLine = (line: Line) => {
      if ("bytes" in line) router.fromClient(line.bytes);
    };
    stdin.on("data", (chunk: Buffer) => lines.push(chunk, onLine));
    stdin.on("end", () => {
      lines.end(onLine);
      void router.idle().then(async () => {
        abort.abort();
        // Ends the session on the server (spec: DELETE with the session id), without waiting long.
        if (session) {
          await fetch(url, { method: "DELETE", headers: { ...options.headers, "mcp-session-id": session }, redirect: "manual", signal: AbortSignal.timeout(2000) }).catch(() => undefined);
        }
        router.close();
        offThread.close();
        stdout.write("", () => resolve(0));
      });
    });
  });
}
