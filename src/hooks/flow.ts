// Flow control for hooks: each event is its own process, so a session's state lives in
// BULWARK_HOME/sessions, keyed by the agent's session id. The policy's `flow:` section comes from
// BULWARK_POLICY, or BULWARK_HOME/policy.yaml (or .json) when there is one.
import { existsSync } from "node:fs";
import { join } from "node:path";
import { bulwarkHome } from "../home.js";
import { BulwarkError } from "../errors.js";
import type { ProxyPolicy } from "../proxy/policy.js";
import { defaultFlowSection } from "../session/flow-policy.js";
import type { ScanInput } from "../scan/input.js";
import { inspectRequest } from "../scan/inspect.js";
import { argumentStrings, shapeOfCall } from "../session/call.js";
import { FlowGuard } from "../session/guard.js";
import { appendSession, loadSession } from "../session/store.js";
import type { Verdict } from "../types.js";

export interface HookFlow {
  beforeCall(tool: string, input: ScanInput, verdict: Verdict): Verdict;
  afterResult(tool: string, toolInput: unknown, verdict: Verdict, result: unknown): void;
}

/** The policy file hooks read: BULWARK_POLICY, else BULWARK_HOME/policy.yaml or policy.json. */
export function hookPolicyPath(env: NodeJS.ProcessEnv, home: string): string | undefined {
  if (env.BULWARK_POLICY) return env.BULWARK_POLICY;
  return ["policy.yaml", "policy.yml", "policy.json"].map((f) => join(home, f)).find((p) => existsSync(p));
}

/** The policy a hook reads, loaded before the event is judged (the YAML parser and the schema are only loaded when there is a file). */
let loaded: { path: string; policy: ProxyPolicy } | undefined;

/** Reads the hooks' policy file, if there is one; the CLI and `bulwark serve` call it before answering events. */
export async function prepareHookPolicy(env: NodeJS.ProcessEnv = process.env): Promise<void> {
  const path = hookPolicyPath(env, bulwarkHome(env, false));
  if (path === undefined || loaded?.path === path) return;
  const { loadPolicy } = await import("../proxy/policy.js");
  loaded = { path, policy: loadPolicy(path) };
}

/** What the schema gives for an empty policy, without loading it. */
export function defaultHookPolicy(): ProxyPolicy {
  return { mode: "enforce", results: "withhold", profile: "balanced", tools: {}, surfaces: {}, servers: {}, flow: defaultFlowSection() };
}

function policyAt(path: string): ProxyPolicy {
  if (loaded?.path === path) return loaded.policy;
  // Judging without the user's policy would drop their rules: the event is unjudged instead.
  throw new BulwarkError("io", `policy ${path} was not read before the event (prepareHookPolicy)`);
}

/** Session ids of Claude Code, Gemini CLI and Codex (`session_id`) and Cursor (`conversation_id`). */
function sessionIdOf(event: Record<string, unknown>): string | undefined {
  const id = event.session_id ?? event.conversation_id;
  return typeof id === "string" && id !== "" ? id : undefined;
}

/** The policy hooks follow: the user's file (read before the event), or the default. */
export function hookPolicy(env: NodeJS.ProcessEnv = process.env): { policy: ProxyPolicy; file: string | undefined } {
  const path = hookPolicyPath(env, bulwarkHome(env, false));
  return { policy: path ? policyAt(path) : defaultHookPolicy(), file: path };
}

export function hookFlow(event: Record<string, unknown>, env: NodeJS.ProcessEnv = process.env): HookFlow | undefined {
  const id = sessionIdOf(event);
  if (!id) return undefined;
  const home = bulwarkHome(env, false);
  const { policy } = hookPolicy(env);
  if (policy.flow.mode === "off") return undefined;
  const guard = new FlowGuard(policy.flow, loadSession(home, id), policy.mode);
  return {
    beforeCall(tool, input, verdict) {
      const judged = guard.beforeCall(tool, shapeOfCall(input, verdict), argumentStrings(input), verdict);
      if (judged.decision && judged.monitorOnly) process.stderr.write(`Bulwark flow (monitor): would ${judged.decision.action} ${tool}: ${judged.decision.detail}\n`);
      return judged.verdict;
    },
    afterResult(tool, toolInput, verdict, result) {
      // The call's own classes (a Bash command that fetched, a Read of a secret file) decide what its result adds.
      const call = inspectRequest({ tool_name: tool, tool_input: toolInput ?? {} });
      const classes = guard.classesOfCall(tool, shapeOfCall(call.input, call.verdict));
      appendSession(home, id, guard.afterResult(tool, verdict, result, classes));
    },
  };
}
