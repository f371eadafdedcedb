// A command match as a verdict finding: a command that will run is a dangerous tool call; one
// quoted in prose is only its semantic reason.
import type { Finding, Severity } from "../../types.js";
import type { CommandMatch } from "./analyze.js";

export function commandFinding(match: CommandMatch, offset: number, whole: boolean, severity: Severity): Finding {
  const finding: Finding = {
    lane: "commands",
    reason: whole ? "policy:dangerous_tool_call" : match.reason,
    rule: match.rule,
    confidence: whole ? 0.97 : 0.75,
    span: [offset + match.start, offset + match.end],
    severity,
  };
  if (whole) finding.also = [match.reason];
  return finding;
}
