// The flow: section of a policy as the engine reads it. Its schema (zod) is in
// flow-policy-schema.ts, loaded only when a policy file is read.
import type { Capability } from "./capabilities.js";
import type { FlowPolicy } from "./flow.js";

/** The policy's flow: section, as FlowPolicySchema (flow-policy-schema.ts) parses it. */
export interface FlowSection {
  mode: "enforce" | "monitor" | "off";
  classes: Record<string, Capability[]>;
  exempt: string[];
  rules: FlowPolicy["rules"];
}

/** The section when the policy says nothing: what the schema gives for `{}`. */
export function defaultFlowSection(): FlowSection {
  return { mode: "enforce", classes: {}, exempt: [], rules: [] };
}

/** The rules part, as the flow engine reads it; `monitor` from the command line wins over the file. */
export function flowPolicy(section: FlowSection, mode?: "enforce" | "monitor"): FlowPolicy {
  return { mode: mode === "monitor" && section.mode !== "off" ? "monitor" : section.mode, exempt: section.exempt, rules: section.rules };
}

export function classesFor(section: FlowSection, tool: string, bare: string): Capability[] | undefined {
  return section.classes[tool] ?? section.classes[bare];
}
