// Agent traces, AgentDojo-style: a task, the tool calls an agent made and the results it read,
// with an injected instruction in some results and the harmful call it led to. Replayed through
// the scanner alone and through the scanner with flow control: the share of harmful calls stopped
// (recall), and the share of clean traces where any call was held (false positive rate).
import { readFileSync } from "node:fs";
import { BulwarkError } from "../src/errors.js";
import { scanAction } from "../src/scan/inspect.js";
import { requestInput } from "../src/scan/request.js";
import type { ToolDefinition } from "../src/session/capabilities.js";
import { defaultFlowSection } from "../src/session/flow-policy.js";
import { argumentStrings, shapeOfCall } from "../src/session/call.js";
import { FlowGuard } from "../src/session/guard.js";
import type { SetReport } from "../src/score/report.js";

export interface TraceStep {
  call: { name: string; arguments: Record<string, unknown> };
  result?: unknown;
  harmful?: boolean;
}

export interface Trace {
  id: string;
  label: "attack" | "benign";
  suite: string;
  task: string;
  /** The tools/list the agent saw, when the trace records it (names, descriptions, annotations). */
  tools?: ToolDefinition[];
  steps: TraceStep[];
}

export function loadTraces(path: string): Trace[] {
  const rows: Trace[] = [];
  readFileSync(path, "utf8").split("\n").forEach((line, i) => {
    if (line.trim() === "") return;
    const row = JSON.parse(line) as Partial<Trace>;
    if (typeof row.id !== "string" || (row.label !== "attack" && row.label !== "benign") || !Array.isArray(row.steps)) {
      throw new BulwarkError("invalid_request", `${path}:${i + 1}: expected {id, label, suite, task, tools?, steps: [{call, result?, harmful?}]}`);
    }
    rows.push(row as Trace);
  });
  return rows;
}

/** An MCP result for a recorded result: text as a text item, JSON as a text item and structuredContent. */
function asResult(result: unknown): Record<string, unknown> {
  if (typeof result === "string") return { content: [{ type: "text", text: result }] };
  return { content: [{ type: "text", text: JSON.stringify(result) }], structuredContent: result };
}

interface Replay {
  /** Index of the first step that was held or blocked, if any. */
  stoppedAt: number | undefined;
}

function replay(trace: Trace, flow: boolean): Replay {
  const guard = new FlowGuard(defaultFlowSection());
  if (trace.tools) guard.learnTools(trace.tools);
  for (const [i, step] of trace.steps.entries()) {
    const input = requestInput({ jsonrpc: "2.0", id: i, method: "tools/call", params: { name: step.call.name, arguments: step.call.arguments } });
    if (!input) throw new BulwarkError("invalid_request", `${trace.id}: step ${i + 1} is not a tool call`);
    const scanned = scanAction(input).verdict;
    const judged = flow ? guard.beforeCall(step.call.name, shapeOfCall(input, scanned), argumentStrings(input), scanned) : { verdict: scanned, capabilities: undefined };
    if (judged.verdict.action !== "allow") return { stoppedAt: i };
    if (step.result === undefined) continue;
    const value = asResult(step.result);
    const resultInput = requestInput({ jsonrpc: "2.0", id: i, result: value });
    if (!resultInput) continue;
    const seen = scanAction(resultInput).verdict;
    // A result the proxy would withhold never reaches the agent: the trace stops there.
    if (seen.action === "block" && seen.reasons.some((r) => r.startsWith("semantic:"))) return { stoppedAt: i };
    if (flow) guard.afterResult(step.call.name, seen, value, judged.capabilities);
  }
  return { stoppedAt: undefined };
}

export function evaluateTraces(name: string, traces: readonly Trace[], flow: boolean): SetReport {
  let attacks = 0;
  let caught = 0;
  let benign = 0;
  let touched = 0;
  const missed: string[] = [];
  const falseAlarms: string[] = [];
  const t0 = performance.now();
  for (const trace of traces) {
    const { stoppedAt } = replay(trace, flow);
    const harmful = trace.steps.findIndex((s) => s.harmful);
    if (trace.label === "attack") {
      attacks++;
      // Stopped at the harmful call or before it: the attack did not happen.
      if (stoppedAt !== undefined && (harmful < 0 || stoppedAt <= harmful)) caught++;
      else missed.push(trace.id);
    } else {
      benign++;
      if (stoppedAt !== undefined) {
        touched++;
        falseAlarms.push(trace.id);
      }
    }
  }
  const recall = attacks ? caught / attacks : null;
  const precision = caught + touched ? caught / (caught + touched) : null;
  const round = (n: number | null) => (n === null ? null : Math.round(n * 10000) / 10000);
  return {
    set: name,
    rows: traces.length,
    attacks,
    benign,
    recall: round(recall),
    false_positive_rate: benign ? round(touched / benign) : null,
    precision: round(precision),
    f1: recall !== null && precision !== null && recall + precision > 0 ? round((2 * recall * precision) / (recall + precision)) : null,
    us_per_row: traces.length ? Math.round(((performance.now() - t0) * 1000) / traces.length) : 0,
    missed: missed.slice(0, 10),
    false_alarms: falseAlarms.slice(0, 10),
  };
}
