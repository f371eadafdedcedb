// Flow control for one session, as the proxy and the hooks use it: learn the tools' definitions,
// judge each call against what the session has read, and record what each result adds.
import type { Verdict } from "../types.js";
import { callCapabilities, type CallShape, type Capability, type ToolDefinition } from "./capabilities.js";
import { toolClasses } from "./call.js";
import { stringsOf } from "./fingerprints.js";
import { flowPolicy, type FlowSection } from "./flow-policy.js";
import { judgeCall, observeResult, SessionState, withFlow, type FlowDecision, type SessionEvent } from "./flow.js";

export interface CallJudgement {
  /** The scan's verdict, with the flow decision added when flow control holds the call. */
  verdict: Verdict;
  decision: FlowDecision | undefined;
  /** The decision was made in monitor mode: log it, do not hold the call. */
  monitorOnly: boolean;
  capabilities: Capability[];
}

export class FlowGuard {
  private readonly definitions = new Map<string, ToolDefinition>();

  constructor(
    private readonly section: FlowSection,
    readonly state: SessionState = new SessionState(),
    private readonly mode?: "enforce" | "monitor",
  ) {}

  learnTools(tools: readonly ToolDefinition[]): void {
    for (const tool of tools) if (typeof tool.name === "string") this.definitions.set(tool.name, tool);
  }

  classesOf(tool: string): Capability[] {
    return toolClasses(tool, this.definitions.get(tool), this.section);
  }

  /** The classes of one call: the tool's, plus what its arguments show. */
  classesOfCall(tool: string, shape: CallShape): Capability[] {
    return callCapabilities(this.classesOf(tool), shape);
  }

  /**
   * `shape` is what the call's arguments show (`shapeOfCall`), `argStrings` its strings, `verdict`
   * its own scan.
   */
  beforeCall(tool: string, shape: CallShape, argStrings: readonly string[], verdict: Verdict): CallJudgement {
    const policy = flowPolicy(this.section, this.mode);
    const capabilities = this.classesOfCall(tool, shape);
    const decision = judgeCall(this.state, tool, capabilities, argStrings, policy);
    if (!decision) return { verdict, decision, monitorOnly: false, capabilities };
    const monitorOnly = policy.mode === "monitor";
    return { verdict: monitorOnly ? verdict : withFlow(verdict, decision), decision, monitorOnly, capabilities };
  }

  /**
   * What the result adds to the session, applied and returned (the hooks persist it). `callClasses`
   * are the classes `beforeCall` gave the call, when it was seen.
   */
  afterResult(tool: string, verdict: Verdict, result: unknown, callClasses?: readonly Capability[]): SessionEvent[] {
    if (flowPolicy(this.section, this.mode).mode === "off") return [];
    const events = observeResult(tool, callClasses ?? this.classesOf(tool), verdict, stringsOf(result));
    for (const e of events) this.state.apply(e);
    return events;
  }
}
