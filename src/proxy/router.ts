// Message routing between a client and a server, whatever carries the messages (stdio lines, HTTP
// bodies, SSE events): each line is parsed, judged by the inspector, and written on, in order.
// Transport-free: a transport hands lines in with an opaque tag (which stream they came on) and
// gets lines back with the tag of the message they answer or continue.
//
// Order. Messages from the server reach the client in the order the server sent them. Messages
// from the client keep their order too, except that a request may pass an earlier request that
// is still being scanned off-thread: JSON-RPC requests are independent and answered by id, and a
// 20 MB call must not hold up the small ones behind it. Notifications (and `initialize`) never
// pass anything, and nothing passes them.
import type { Direction, Inspection, MessageInspector, Outcome } from "./inspector.js";
import {
  errorResponse,
  idKey,
  INVALID_REQUEST_CODE,
  isObject,
  isRequest,
  isResponse,
  PARSE_ERROR_CODE,
  printableMethod,
  TIMEOUT_CODE,
  UNSCANNED_CODE,
  UPSTREAM_EXITED_CODE,
  type JsonRpcId,
  type JsonRpcMessage,
} from "./messages.js";
import { runScan, type ScanJob, type ScanResult } from "./scans.js";
import { hasDuplicateKeys, strayFields } from "./wire.js";

export interface OffThread {
  run(job: ScanJob): Promise<ScanResult>;
}

export interface RouterOptions<Tag> {
  inspector: MessageInspector;
  toServer: (text: string, tag: Tag | undefined) => void;
  toClient: (text: string, tag: Tag | undefined) => void;
  warn: (line: string) => void;
  /** Answer a client request with an error when the server has not answered it in this time. */
  timeoutMs?: number;
  /** Where large messages are scanned; without it every message is scanned in line. */
  offThread?: OffThread;
  /** Lines at least this long (UTF-16 units) are scanned off-thread. */
  largeLine?: number;
}

/** A line in flight: done once judged; written when its turn comes. */
interface Slot<Tag> {
  tag: Tag | undefined;
  done: boolean;
  /** Keeps its place: nothing passes it and it passes nothing (all server lines; client notifications). */
  ordered: boolean;
  write: () => void;
}

/** Answers the proxy made for some elements of a batch, waiting for the peer's answers to the rest. */
interface BatchJoin<Tag> {
  order: string[];
  answers: Map<string, JsonRpcMessage>;
  waiting: Set<string>;
  tag: Tag | undefined;
}

export const LARGE_LINE = 256 * 1024;

function parseLine(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

const opposite = (d: Direction): Direction => (d === "client->server" ? "server->client" : "client->server");

export class MessageRouter<Tag = undefined> {
  private readonly queues: Record<Direction, Slot<Tag>[]> = { "client->server": [], "server->client": [] };
  /** Batch joins by the direction their missing answers travel and the id they answer. */
  private readonly joins = new Map<string, BatchJoin<Tag>>();
  private readonly timers = new Map<string, { timer: NodeJS.Timeout; id: JsonRpcId; progress?: string }>();
  private readonly idleWaiters: Array<() => void> = [];
  private upstreamGone = false;

  constructor(private readonly options: RouterOptions<Tag>) {}

  fromClient(line: string | Buffer, tag?: Tag): void {
    this.take(typeof line === "string" ? line : line.toString("utf8"), "client->server", tag);
  }

  fromServer(line: string | Buffer, tag?: Tag): void {
    this.take(typeof line === "string" ? line : line.toString("utf8"), "server->client", tag);
  }

  /** Resolves once every line taken so far has been judged and written. */
  idle(): Promise<void> {
    if (this.queues["client->server"].length === 0 && this.queues["server->client"].length === 0) return Promise.resolve();
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  /** The server is gone: requests it will never answer get an error, now and from now on. */
  serverGone(): void {
    this.upstreamGone = true;
    for (const t of this.timers.values()) clearTimeout(t.timer);
    this.timers.clear();
    for (const { id, method } of this.options.inspector.takeUnanswered()) {
      this.answer("server->client", errorResponse(id, UPSTREAM_EXITED_CODE, `upstream MCP server exited before answering ${method}`), undefined);
    }
  }

  close(): void {
    for (const t of this.timers.values()) clearTimeout(t.timer);
    this.timers.clear();
  }

  private send(direction: Direction, text: string, tag: Tag | undefined): void {
    if (direction === "client->server") this.options.toServer(text, tag);
    else this.options.toClient(text, tag);
  }

  /** A message the proxy writes itself, travelling in `direction`, in its turn. */
  private answer(direction: Direction, message: JsonRpcMessage, tag: Tag | undefined): void {
    const joined = this.intoJoin(direction, message);
    if (joined === null) return;
    const text = JSON.stringify(joined);
    this.queues[direction].push({ tag, done: true, ordered: true, write: () => this.send(direction, text, tag) });
    this.flush(direction);
  }

  private take(raw: string, direction: Direction, tag: Tag | undefined): void {
    const text = raw.endsWith("\r") ? raw.slice(0, -1) : raw;
    if (text.trim() === "") return;
    const value = parseLine(text);
    const fromServer = direction === "server->client";
    const peer = fromServer ? "the server" : "the client";
    if (!isObject(value) && !Array.isArray(value)) {
      // Nothing that is not JSON-RPC is passed on: a peer that reads a stream of JSON values
      // (not lines) could find a message in it that was never judged.
      this.options.warn(`dropped a line from ${peer} that is not JSON-RPC (${Buffer.byteLength(text)} bytes)`);
      if (!fromServer) this.answer("server->client", errorResponse(null, PARSE_ERROR_CODE, "[bulwark] parse error: the line is not JSON"), tag);
      return;
    }
    const batch = Array.isArray(value);
    const { elements, rewritten } = this.wellFormed((batch ? value : [value]) as unknown[], direction, tag);
    if (elements.length === 0) {
      if (!fromServer && batch) this.answer("server->client", errorResponse(null, INVALID_REQUEST_CODE, "[bulwark] invalid request: an empty or unusable batch"), tag);
      return;
    }
    // A key given twice is read differently by different parsers: the peer gets the value judged.
    const canonical = rewritten || hasDuplicateKeys(text);
    if (fromServer) this.responsesArrived(elements);
    const slot: Slot<Tag> = { tag, done: false, ordered: fromServer || elements.some((e) => !isObject(e) || !isRequest(e as JsonRpcMessage) || (e as JsonRpcMessage).method === "initialize"), write: () => undefined };
    this.push(direction, slot);
    const offThread = this.options.offThread;
    if (offThread && text.length >= (this.options.largeLine ?? LARGE_LINE)) {
      void Promise.all(elements.map((e) => (isObject(e) ? this.judgeOffThread(e as JsonRpcMessage, direction, offThread) : Promise.resolve(undefined)))).then((outcomes) =>
        this.judged(slot, direction, canonical ? undefined : text, batch, elements, outcomes),
      );
      return;
    }
    const outcomes = elements.map((e) => (isObject(e) ? this.judgeInLine(e as JsonRpcMessage, direction) : undefined));
    this.judged(slot, direction, canonical ? undefined : text, batch, elements, outcomes);
  }

  /**
   * The elements that may travel: JSON-RPC 2.0 objects with JSON-RPC's fields only, and from the
   * client no request without an id (a server would run it, and nothing could answer it).
   * Whatever is dropped or cut is said on stderr; `rewritten` when the line is no longer as sent.
   */
  private wellFormed(elements: unknown[], direction: Direction, tag: Tag | undefined): { elements: unknown[]; rewritten: boolean } {
    const fromServer = direction === "server->client";
    const peer = fromServer ? "the server" : "the client";
    const out: unknown[] = [];
    let rewritten = false;
    for (const e of elements) {
      if (!isObject(e) || e.jsonrpc !== "2.0") {
        rewritten = true;
        this.options.warn(`dropped a message from ${peer} that is not a JSON-RPC 2.0 object`);
        const id = isObject(e) ? e.id : undefined;
        if (!fromServer && (typeof id === "string" || typeof id === "number")) this.answer("server->client", errorResponse(id, INVALID_REQUEST_CODE, "[bulwark] invalid request: not JSON-RPC 2.0"), tag);
        continue;
      }
      if (!fromServer && typeof e.method === "string" && !e.method.startsWith("notifications/") && (e.id === undefined || e.id === null)) {
        rewritten = true;
        this.options.warn(`dropped a ${printableMethod(e.method)} request from the client without an id`);
        continue;
      }
      const stray = strayFields(e);
      if (stray.length > 0) {
        rewritten = true;
        this.options.warn(`removed ${stray.length} field${stray.length === 1 ? "" : "s"} JSON-RPC does not define from a message from ${peer}`);
        const kept: Record<string, unknown> = {};
        for (const [k, v] of Object.entries(e)) if (!stray.includes(k)) kept[k] = v;
        out.push(kept);
        continue;
      }
      out.push(e);
    }
    return { elements: out, rewritten };
  }

  /**
   * A line over the size limit, known only by its size and its first and last bytes: dropped
   * unread. If those bytes name the request it answers (or is), that request is answered with an
   * error, so the client does not wait for it forever.
   */
  tooLong(direction: Direction, size: number, limit: number, head: Buffer, tail: Buffer, tag?: Tag): void {
    const fromServer = direction === "server->client";
    const id = edgeId(head.toString("utf8"), tail.toString("utf8"));
    const what = `a line of ${size} bytes from ${fromServer ? "the server" : "the client"}, over the limit of ${limit} (--max-bytes)`;
    if (fromServer) {
      const pending = id === undefined ? undefined : this.options.inspector.abandon(id, `dropped ${what}`);
      if (id === undefined || !pending) {
        this.options.warn(`dropped ${what}; it was not read`);
        return;
      }
      const timer = this.timers.get(idKey(id));
      if (timer) clearTimeout(timer.timer);
      this.timers.delete(idKey(id));
      this.answer("server->client", errorResponse(id, UNSCANNED_CODE, `[bulwark] the server's answer to ${pending.method} was ${size} bytes, over the proxy's limit of ${limit}; it was dropped unread`), tag);
      return;
    }
    this.options.warn(`dropped ${what}; it was not passed on`);
    if (id !== undefined) this.answer("server->client", errorResponse(id, UNSCANNED_CODE, `[bulwark] the request was ${size} bytes, over the proxy's limit of ${limit}; it was not passed on`), tag);
  }

  private push(direction: Direction, slot: Slot<Tag>): void {
    this.queues[direction].push(slot);
    if (slot.done) this.flush(direction);
  }

  private judgeInLine(m: JsonRpcMessage, direction: Direction): Outcome {
    try {
      const inspection = this.options.inspector.handle(m, direction);
      let step = inspection.next();
      while (!step.done) step = inspection.next(runScan(step.value));
      return step.value;
    } catch (err) {
      return this.failed(m, direction, err);
    }
  }

  private async judgeOffThread(m: JsonRpcMessage, direction: Direction, offThread: OffThread): Promise<Outcome> {
    let inspection: Inspection | undefined;
    try {
      inspection = this.options.inspector.handle(m, direction);
      let step = inspection.next();
      while (!step.done) {
        const job = step.value;
        // The worker may be gone (killed, out of memory): then the scan runs here, late but whole.
        const result = await offThread.run(job).catch(() => runScan(job));
        step = inspection.next(result);
      }
      return step.value;
    } catch (err) {
      return this.failed(m, direction, err);
    }
  }

  /** The inspector failed on a message (a bug of ours): refuse it rather than pass it on unscanned. */
  private failed(m: JsonRpcMessage, direction: Direction, err: unknown): Outcome {
    this.options.warn(`internal error while inspecting ${m.method ?? "a response"}: ${(err as Error).message}; the message was refused`);
    if (isRequest(m)) return { kind: "respond", message: errorResponse(m.id, UNSCANNED_CODE, "[bulwark] this message could not be scanned and was not passed on") };
    if (direction === "server->client" && isResponse(m)) return { kind: "replace", message: errorResponse(m.id, UNSCANNED_CODE, "[bulwark] the server's answer could not be scanned and was withheld") };
    return direction === "server->client" ? { kind: "drop" } : { kind: "forward" };
  }

  /** `text`: the line as it came, to forward unchanged when nothing was changed; undefined when it must be written anew. */
  private judged(slot: Slot<Tag>, direction: Direction, text: string | undefined, batch: boolean, elements: unknown[], outcomes: Array<Outcome | undefined>): void {
    const forwarded: unknown[] = [];
    const answers: JsonRpcMessage[] = [];
    let changed = text === undefined;
    elements.forEach((element, i) => {
      const outcome = outcomes[i];
      if (!outcome || outcome.kind === "forward") {
        const joined = outcome ? this.intoJoin(direction, element as JsonRpcMessage) : element;
        if (joined === null) changed = true;
        else {
          if (joined !== element) changed = true;
          forwarded.push(joined);
        }
      } else if (outcome.kind === "replace") {
        changed = true;
        const joined = this.intoJoin(direction, outcome.message);
        if (joined !== null) forwarded.push(joined);
      } else if (outcome.kind === "respond") {
        changed = true;
        answers.push(outcome.message);
      } else changed = true;
    });
    // A completed batch join comes back as the batch's answers, an array: merged flat into this
    // line, so the peer gets one array for its batch.
    const flat = forwarded.flatMap((f) => (Array.isArray(f) ? (f as unknown[]) : [f]));
    const asArray = batch || forwarded.some((f) => Array.isArray(f));
    let forwardText: string | undefined;
    if (!changed && text !== undefined) forwardText = text;
    else if (flat.length > 0) forwardText = JSON.stringify(asArray ? flat : flat[0]);
    let answerText: string | undefined;
    if (answers.length > 0) {
      if (!batch) answerText = JSON.stringify(answers[0]);
      else answerText = this.batchAnswers(direction, elements, forwarded, answers, slot.tag);
    }
    const forwardedRequests = direction === "client->server" ? (flat.filter((f) => isObject(f) && isRequest(f as JsonRpcMessage)) as Array<JsonRpcMessage & { id: JsonRpcId }>) : [];
    slot.write = () => {
      if (forwardText !== undefined) {
        if (this.upstreamGone && forwardedRequests.length > 0) {
          for (const r of forwardedRequests) this.answer("server->client", errorResponse(r.id, UPSTREAM_EXITED_CODE, `upstream MCP server exited before answering ${r.method}`), slot.tag);
        } else {
          this.send(direction, forwardText, slot.tag);
          for (const r of forwardedRequests) this.startTimer(r);
        }
      }
      if (answerText !== undefined) this.send(opposite(direction), answerText, slot.tag);
    };
    slot.done = true;
    this.flush(direction);
  }

  /**
   * Answers the proxy made for part of a batch: sent now as one array when nothing else in the
   * batch will be answered, else held until the peer's answers to the rest arrive.
   */
  private batchAnswers(direction: Direction, elements: unknown[], forwarded: unknown[], answers: JsonRpcMessage[], tag: Tag | undefined): string | undefined {
    const order = elements.filter((e) => isObject(e) && isRequest(e as JsonRpcMessage)).map((e) => idKey((e as { id: JsonRpcId }).id));
    const waiting = new Set(forwarded.filter((f) => isObject(f) && isRequest(f as JsonRpcMessage)).map((f) => idKey((f as { id: JsonRpcId }).id)));
    if (waiting.size === 0) return JSON.stringify(sortByOrder(answers, order));
    const join: BatchJoin<Tag> = { order, answers: new Map(answers.map((a) => [idKey(a.id as JsonRpcId), a])), waiting, tag };
    for (const key of waiting) this.joins.set(`${opposite(direction)}|${key}`, join);
    return undefined;
  }

  /**
   * A response travelling in `direction` that completes part of a batch: null while the batch
   * still waits for others, the whole batch's answers (an array) when it was the last, or the
   * message itself when it belongs to no batch.
   */
  private intoJoin(direction: Direction, message: JsonRpcMessage): JsonRpcMessage | JsonRpcMessage[] | null {
    if (!isResponse(message)) return message;
    const key = `${direction}|${idKey(message.id)}`;
    const join = this.joins.get(key);
    if (!join) return message;
    this.joins.delete(key);
    join.waiting.delete(idKey(message.id));
    join.answers.set(idKey(message.id), message);
    if (join.waiting.size > 0) return null;
    return sortByOrder([...join.answers.values()], join.order);
  }

  /** Write every slot whose turn has come (see the header for the order kept). */
  private flush(direction: Direction): void {
    const queue = this.queues[direction];
    let waiting = false;
    for (let i = 0; i < queue.length; ) {
      const slot = queue[i] as Slot<Tag>;
      if (slot.done && (!waiting || !slot.ordered)) {
        queue.splice(i, 1);
        slot.write();
        continue;
      }
      if (slot.ordered) break;
      waiting = true;
      i++;
    }
    if (this.queues["client->server"].length === 0 && this.queues["server->client"].length === 0) {
      for (const resolve of this.idleWaiters.splice(0)) resolve();
    }
  }

  // ── timeouts ──────────────────────────────────────────────────────────────────────────────

  private startTimer(request: JsonRpcMessage & { id: JsonRpcId }): void {
    const ms = this.options.timeoutMs;
    if (!ms) return;
    const key = idKey(request.id);
    const meta = isObject(request.params?._meta) ? request.params._meta : undefined;
    const token = meta && (typeof meta.progressToken === "string" || typeof meta.progressToken === "number") ? idKey(meta.progressToken) : undefined;
    const existing = this.timers.get(key);
    if (existing) clearTimeout(existing.timer);
    const timer = setTimeout(() => this.timedOut(key), ms);
    timer.unref();
    this.timers.set(key, { timer, id: request.id, progress: token });
  }

  private timedOut(key: string): void {
    const entry = this.timers.get(key);
    this.timers.delete(key);
    if (!entry) return;
    const pending = this.options.inspector.expire(entry.id);
    if (!pending) return;
    this.answer("server->client", errorResponse(entry.id, TIMEOUT_CODE, `[bulwark] the server did not answer ${pending.method} within ${this.options.timeoutMs} ms (timeout_ms); the request was cancelled`), undefined);
    this.answer("client->server", { jsonrpc: "2.0", method: "notifications/cancelled", params: { requestId: entry.id, reason: "timed out (bulwark timeout_ms)" } }, undefined);
  }

  /** Answers stop their timers when they arrive; progress for a request restarts its timer. */
  private responsesArrived(elements: unknown[]): void {
    if (this.timers.size === 0) return;
    for (const e of elements) {
      if (!isObject(e)) continue;
      const m = e as JsonRpcMessage;
      if (isResponse(m)) {
        const key = idKey(m.id);
        const t = this.timers.get(key);
        if (t) clearTimeout(t.timer);
        this.timers.delete(key);
      } else if (m.method === "notifications/progress" && isObject(m.params)) {
        const token = m.params.progressToken;
        if (typeof token !== "string" && typeof token !== "number") continue;
        for (const [key, t] of this.timers) {
          if (t.progress !== idKey(token)) continue;
          clearTimeout(t.timer);
          t.timer = setTimeout(() => this.timedOut(key), this.options.timeoutMs);
          t.timer.unref();
        }
      }
    }
  }
}

const ID_VALUE = String.raw`(-?\d{1,15}|"(?:[^"\\]|\\.){0,200}")`;
const HEAD_ID = new RegExp(String.raw`^\s*\{\s*(?:"jsonrpc"\s*:\s*"2\.0"\s*,\s*)?"id"\s*:\s*${ID_VALUE}`);
const TAIL_ID = new RegExp(String.raw`"id"\s*:\s*${ID_VALUE}\s*(?:,\s*"jsonrpc"\s*:\s*"2\.0"\s*)?\}\s*$`);

/** The id a message names at its start or its end (where JSON-RPC writers put it), or undefined. */
export function edgeId(head: string, tail: string): JsonRpcId | undefined {
  const m = HEAD_ID.exec(head) ?? TAIL_ID.exec(tail);
  if (!m) return undefined;
  try {
    const id = JSON.parse(m[1] as string) as unknown;
    return typeof id === "string" || typeof id === "number" ? id : undefined;
  } catch {
    return undefined;
  }
}

function sortByOrder(messages: JsonRpcMessage[], order: string[]): JsonRpcMessage[] {
  const rank = new Map(order.map((k, i) => [k, i]));
  return [...messages].sort((a, b) => (rank.get(idKey(a.id as JsonRpcId)) ?? 1e9) - (rank.get(idKey(b.id as JsonRpcId)) ?? 1e9));
}
