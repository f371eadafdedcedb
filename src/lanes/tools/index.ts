// The tools lane: poisoned MCP tool definitions → policy:tool_poisoning. Runs on tool
// descriptions (a `tools/list` result, or text with eval_surface tool_description).
import type { ScanInput } from "../../scan/input.js";
import type { Lane } from "../../scan/lane.js";
import { suspiciousDestination } from "../../scan/destinations.js";
import type { Finding } from "../../types.js";
import { poisonActs, type PoisonAct } from "./cues.js";
import { POISON_RULES } from "./rules.js";

/** What each act of a poisoned description would do besides poisoning the tool list. */
const ACT_ALSO: Record<PoisonAct, Finding["also"]> = {
  "secret-handover": ["semantic:data_exfiltration"],
  "own-destination": ["semantic:data_exfiltration"],
  concealment: ["semantic:prompt_injection"],
  "argument-override": ["semantic:prompt_injection"],
  "skips-the-user": ["semantic:prompt_injection"],
  "hooks-other-tools": ["semantic:prompt_injection"],
};

const URL_IN_TEXT = /\bhttps?:\/\/[^\s"'<>)]{1,200}/g;

export function scanToolDefinitions(input: ScanInput): Finding[] {
  if (input.context.eval_surface !== "tool_description") return [];
  const findings: Finding[] = [];
  const text = input.text;
  for (const rule of POISON_RULES) {
    const m = rule.pattern.exec(text);
    if (!m) continue;
    findings.push({
      lane: "tools",
      reason: "policy:tool_poisoning",
      also: rule.also,
      rule: rule.id,
      confidence: 0.92,
      span: [m.index, m.index + m[0].length],
      severity: "high",
    });
  }
  for (const { act, span } of poisonActs(text)) {
    findings.push({ lane: "tools", reason: "policy:tool_poisoning", also: ACT_ALSO[act], rule: `poison-act:${act}`, confidence: 0.85, span, severity: "high" });
  }
  for (const m of text.matchAll(URL_IN_TEXT)) {
    const kind = suspiciousDestination(m[0]);
    if (!kind) continue;
    findings.push({ lane: "tools", reason: "policy:tool_poisoning", also: ["semantic:data_exfiltration"], rule: "exfiltration-address", confidence: 0.9, span: [m.index, m.index + m[0].length], severity: "high" });
    break;
  }
  return findings;
}

export const lane: Lane = {
  id: "tools",
  description: "poisoned MCP tool definitions: hidden instructions, file and secret grabs, shadowing of other tools",
  reasons: ["policy:tool_poisoning"],
  scan: scanToolDefinitions,
};
