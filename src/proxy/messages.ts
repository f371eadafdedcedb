// JSON-RPC shapes the proxy looks at, and the answers it writes itself.

export type JsonRpcId = string | number;

export interface JsonRpcMessage {
  jsonrpc?: string;
  id?: JsonRpcId | null;
  method?: string;
  params?: Record<string, unknown>;
  result?: Record<string, unknown>;
  error?: { code: number; message: string; data?: unknown };
}

/** Codes outside the JSON-RPC reserved range (-32768…-32000), as the 2026 spec asks. */
export const BLOCKED_CODE = -31001;
/** A request the server did not answer within the policy's `timeout_ms`. */
export const TIMEOUT_CODE = -31002;
/** A message the proxy could not judge (its own bug): refused rather than passed on unscanned. */
export const UNSCANNED_CODE = -31003;
/** The remote (HTTP) server failed to answer: an HTTP error, or a stream cut off. */
export const UPSTREAM_HTTP_CODE = -31004;
export const UPSTREAM_EXITED_CODE = -32000;
/** JSON-RPC 2.0's own codes for a line that is not JSON and a message that is not a request. */
export const PARSE_ERROR_CODE = -32700;
export const INVALID_REQUEST_CODE = -32600;

export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

export function isRequest(m: JsonRpcMessage): m is JsonRpcMessage & { id: JsonRpcId; method: string } {
  return typeof m.method === "string" && m.id !== undefined && m.id !== null;
}

export function isNotification(m: JsonRpcMessage): m is JsonRpcMessage & { method: string } {
  return typeof m.method === "string" && m.id === undefined;
}

export function isResponse(m: JsonRpcMessage): m is JsonRpcMessage & { id: JsonRpcId } {
  return m.method === undefined && m.id !== undefined && m.id !== null && (m.result !== undefined || m.error !== undefined);
}

/** Map key for an id: 1 and "1" are different ids. */
export function idKey(id: JsonRpcId): string {
  return typeof id === "number" ? `n:${id}` : `s:${id}`;
}

export function idOfKey(key: string): JsonRpcId {
  return key.startsWith("n:") ? Number(key.slice(2)) : key.slice(2);
}

/** An id as it may be printed: ids come from the peer and could carry anything. */
export function printableId(id: unknown): string {
  if (typeof id === "number") return String(id);
  if (typeof id === "string" && /^[\w.:-]{1,16}$/.test(id)) return JSON.stringify(id);
  return typeof id === "string" ? `(an id of ${id.length} characters)` : `(${id === null ? "null" : typeof id} id)`;
}

/** A method name as it may be printed (it comes from the peer). */
export function printableMethod(method: string): string {
  return /^[\w./-]{1,64}$/.test(method) ? method : `(a method name of ${method.length} characters)`;
}

/** `id` is null only for an error about a message whose id could not be read (JSON-RPC 2.0). */
export function errorResponse(id: JsonRpcId | null, code: number, message: string, data?: unknown): JsonRpcMessage {
  return data === undefined ? { jsonrpc: "2.0", id, error: { code, message } } : { jsonrpc: "2.0", id, error: { code, message, data } };
}

/** A tool result the model reads: clients pass `isError` results to the model (spec: SHOULD). */
export function toolErrorResult(id: JsonRpcId, text: string, modern: boolean): JsonRpcMessage {
  const result: Record<string, unknown> = { content: [{ type: "text", text }], isError: true };
  if (modern) result.resultType = "complete";
  return { jsonrpc: "2.0", id, result };
}
