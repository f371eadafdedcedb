// The scans the proxy asks for, as data: a job names a value and the context to judge it in, and
// its result is plain data too, so a job runs the same here or in a worker thread (scan-worker.ts).
import { scanAction } from "../scan/inspect.js";
import type { TextField } from "../scan/input.js";
import { requestInput, valueInput } from "../scan/request.js";
import type { CallShape } from "../session/capabilities.js";
import { argumentStrings, shapeOfCall } from "../session/call.js";
import type { Context, Verdict } from "../types.js";

export type ScanJob =
  /** Any JSON value scanned as itself (a result, a notification's params, a form). */
  | { kind: "value"; value: unknown; context: Context }
  /** A request shape of the contract (an MCP tools/call). */
  | { kind: "request"; request: object; context: Context };

export interface ScanResult {
  verdict: Verdict;
  /** The value (or request) with its secrets redacted in place; absent when nothing was redacted. */
  sanitized?: unknown;
  /** Per finding (same order as `verdict.findings`), the JSON paths of the strings its span covers. */
  paths: string[][];
  /** For a tool call: what its arguments show, and their strings, for flow control. */
  call?: { shape: CallShape; strings: string[] };
}

/** The last field that starts at or before `offset` (fields are in text order). */
function fieldBefore(fields: readonly TextField[], offset: number): number {
  let lo = 0;
  let hi = fields.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if ((fields[mid] as TextField).start <= offset) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

/** The paths of the fields a span of the flattened text touches. */
export function pathsOfSpan(fields: readonly TextField[], [start, end]: readonly [number, number]): string[] {
  const paths: string[] = [];
  let i = Math.max(0, fieldBefore(fields, start));
  // A span that starts in a `key: ` prefix belongs to the field after it.
  if (fields[i] && (fields[i] as TextField).end < start) i++;
  for (; i < fields.length; i++) {
    const f = fields[i] as TextField;
    if (f.start >= Math.max(end, start + 1)) break;
    if (paths[paths.length - 1] !== f.path) paths.push(f.path);
  }
  return paths;
}

export function runScan(job: ScanJob): ScanResult {
  const input = job.kind === "value" ? valueInput(job.value, job.context) : requestInput(job.request, job.context);
  if (!input) throw new Error("not a request shape the scanner reads");
  const { verdict, sanitized } = scanAction(input);
  const original = job.kind === "value" ? job.value : job.request;
  const value = "value" in sanitized ? sanitized.value : sanitized.text;
  const paths = job.kind === "value" ? verdict.findings.map((f) => pathsOfSpan(input.fields, f.span)) : verdict.findings.map(() => []);
  const result: ScanResult = value === original ? { verdict, paths } : { verdict, sanitized: value, paths };
  if (input.toolCall) result.call = { shape: shapeOfCall(input, verdict), strings: argumentStrings(input) };
  return result;
}
