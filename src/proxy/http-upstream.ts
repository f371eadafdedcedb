// One exchange with a Streamable HTTP MCP server: a POST (or GET, DELETE) sent, and its answer
// read as it arrives, a JSON body or an SSE stream event by event (ids kept for resumption).
// Tokens go to the one upstream the user named and nowhere else: redirects are not followed.
import { createParser, type EventSourceMessage } from "eventsource-parser";
import { isObject, type JsonRpcMessage } from "./messages.js";

export interface Exchange {
  method: "POST" | "GET" | "DELETE";
  /** The JSON-RPC text of a POST. */
  body?: string;
  headers: Record<string, string>;
  signal?: AbortSignal;
}

export interface ExchangeHandlers {
  /** Status and headers, before any of the body. */
  head(status: number, headers: Headers): void;
  /** One JSON-RPC text (a JSON body, or one SSE `message` event's data), with its event id. */
  message(text: string, eventId: string | undefined): void;
  /** An SSE event that carries no message (the priming event: an id and empty data). */
  bare(event: EventSourceMessage): void;
  /** The body ended; `error` when it was cut off. A non-2xx body that is not JSON-RPC comes as `text`. */
  end(error: Error | undefined, text?: string): void;
}

/** Headers a client may send that belong to MCP and go on to the server. */
const PASSED = new Set(["authorization", "mcp-session-id", "mcp-protocol-version", "last-event-id", "accept", "content-type"]);

/** The client's headers that go upstream: MCP's own and Authorization; never Host, Origin or cookies. */
export function upstreamHeaders(incoming: Record<string, string | string[] | undefined>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(incoming)) {
    const key = name.toLowerCase();
    if (value === undefined || !(PASSED.has(key) || key.startsWith("mcp-param-"))) continue;
    out[key] = Array.isArray(value) ? value.join(", ") : value;
  }
  return out;
}

/**
 * `Mcp-Method` and `Mcp-Name` (2026-07-28) for a body as it is sent: recomputed from the body, so
 * they always agree with it, whatever the proxy rewrote.
 */
export function methodHeaders(body: string | undefined): Record<string, string> {
  if (!body) return {};
  let message: unknown;
  try {
    message = JSON.parse(body) as unknown;
  } catch {
    return {};
  }
  if (!isObject(message) || typeof message.method !== "string") return {};
  const m = message as JsonRpcMessage;
  const out: Record<string, string> = { "mcp-method": m.method as string };
  const params = m.params ?? {};
  const name = m.method === "resources/read" ? params.uri : m.method === "tools/call" || m.method === "prompts/get" ? params.name : undefined;
  if (typeof name === "string" && /^[\x20-\x7e]*$/.test(name)) out["mcp-name"] = name;
  else if (typeof name === "string") out["mcp-name"] = `=?base64?${Buffer.from(name, "utf8").toString("base64")}?=`;
  return out;
}

export async function exchange(url: string, call: Exchange, handlers: ExchangeHandlers): Promise<void> {
  const headers: Record<string, string> = { ...call.headers };
  if (call.method === "POST") {
    headers["content-type"] = "application/json";
    headers.accept = "application/json, text/event-stream";
    // Keep the 2026 headers true to the body; legacy servers ignore them.
    delete headers["mcp-method"];
    delete headers["mcp-name"];
    if (call.headers["mcp-method"] !== undefined || /"io\.modelcontextprotocol\/protocolVersion"/.test(call.body ?? "")) Object.assign(headers, methodHeaders(call.body));
  } else if (call.method === "GET") headers.accept = "text/event-stream";
  let response: Response;
  try {
    response = await fetch(url, { method: call.method, headers, body: call.method === "POST" ? call.body : undefined, redirect: "manual", signal: call.signal });
  } catch (err) {
    handlers.head(0, new Headers());
    handlers.end(new Error(`cannot reach the server: ${(err as Error).cause instanceof Error ? ((err as Error).cause as Error).message : (err as Error).message}`));
    return;
  }
  handlers.head(response.status, response.headers);
  const type = response.headers.get("content-type") ?? "";
  if (!response.body || response.status === 202 || response.status === 204) {
    await response.body?.cancel().catch(() => undefined);
    handlers.end(undefined);
    return;
  }
  if (type.includes("text/event-stream")) {
    const parser = createParser({
      onEvent: (event) => {
        if (event.data === "" || (event.event !== undefined && event.event !== "message")) handlers.bare(event);
        else handlers.message(event.data, event.id);
      },
    });
    const decoder = new TextDecoder();
    try {
      for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) parser.feed(decoder.decode(chunk, { stream: true }));
      handlers.end(undefined);
    } catch (err) {
      handlers.end(new Error(`the server's stream broke off: ${(err as Error).message}`));
    }
    return;
  }
  let text: string;
  try {
    text = await response.text();
  } catch (err) {
    handlers.end(new Error(`the server's answer broke off: ${(err as Error).message}`));
    return;
  }
  if (type.includes("application/json") && text.trim() !== "") {
    handlers.message(text, undefined);
    handlers.end(undefined);
    return;
  }
  handlers.end(undefined, text);
}

/** One SSE event as written to a client: the data on `data:` lines, the id kept. */
export function sseEvent(data: string, id?: string, event?: string): string {
  let out = "";
  if (event) out += `event: ${event}\n`;
  if (id !== undefined) out += `id: ${id}\n`;
  for (const line of data.split(/\r\n|\r|\n/)) out += `data: ${line}\n`;
  return `${out}\n`;
}
