// The commands lane: shell (and PowerShell/cmd basics) understood by parsing, wherever it
// arrives: a shell tool's arguments, a message that is a command line, or a command quoted in
// prose. SQL, file writes and outbound sends are checked by their own modules here.
import type { ScanInput } from "../../scan/input.js";
import type { Lane } from "../../scan/lane.js";
import type { Finding, Reason, Severity } from "../../types.js";
import { analyzeShell } from "./analyze.js";
import { commandFinding } from "./finding.js";
import { fileWriteFindings } from "./files.js";
import { rulesByName } from "./rules/index.js";
import { SHELLS } from "./rules/facts.js";
import { DANGEROUS_COMMANDS } from "./known-commands.js";
import { commandSegments, mightMatter, namesPattern } from "./segments.js";

/** Every command name some rule looks at, for skipping prose lines no rule can match. */
const RULE_NAMES = namesPattern([...rulesByName.keys(), ...SHELLS, ...DANGEROUS_COMMANDS]);
import { sendFindings } from "./sends.js";
import { sqlFindings, sqlFieldText } from "./sql.js";

/** Argument names that hold shell code in any tool. */
const SHELL_KEYS = new Set(["command", "cmd", "script", "commands", "shell", "bash", "code", "shell_command", "commandline", "command_line"]);

const LOWER: Record<Severity, Severity> = { critical: "medium", high: "medium", medium: "low", low: "low" };
const RAISE: Record<Severity, Severity> = { low: "medium", medium: "high", high: "critical", critical: "critical" };


function shellFields(input: ScanInput): Set<number> {
  const call = input.toolCall;
  const picked = new Set<number>();
  input.fields.forEach((field, i) => {
    if (field.key !== undefined && SHELL_KEYS.has(field.key.toLowerCase())) picked.add(i);
  });
  // A shell tool whose argument names we do not know: all of its strings are commands.
  if (call?.kind === "shell" && picked.size === 0) input.fields.forEach((_, i) => picked.add(i));
  return picked;
}

export function scanCommands(input: ScanInput): Finding[] {
  const findings: Finding[] = [];
  const call = input.toolCall;
  const shell = shellFields(input);
  const destructive = call?.annotations?.destructiveHint === true;
  input.fields.forEach((field, i) => {
    const text = input.text.slice(field.start, field.end);
    if (call?.kind === "file_write" && !shell.has(i)) return; // the file-write checks read these fields
    if (sqlFieldText(input, field)) return; // SQL fields are parsed as SQL below
    const segments = shell.has(i) ? [{ text, offset: 0, whole: true }] : commandSegments(text);
    for (const segment of segments) {
      if (!segment.whole && !mightMatter(segment.text, RULE_NAMES)) continue;
      for (const match of analyzeShell(segment.text)) {
        let severity = segment.whole ? match.severity : LOWER[match.severity];
        if (destructive) severity = RAISE[severity];
        findings.push(commandFinding(match, field.start + segment.offset, segment.whole, severity));
      }
    }
  });
  findings.push(...sqlFindings(input), ...fileWriteFindings(input), ...sendFindings(input));
  return findings;
}

export const lane: Lane = {
  id: "commands",
  description: "dangerous shell, PowerShell, SQL, file writes and outbound sends, recognised by parsing",
  reasons: ["policy:dangerous_tool_call", "semantic:destructive_command", "semantic:data_exfiltration"] satisfies Reason[],
  scan: scanCommands,
};
