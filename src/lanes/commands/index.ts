// The commands lane: shell (and PowerShell/cmd basics) understood by parsing, wherever it
// arrives: a shell tool's arguments, a message that is a command line, or a command quoted in
// prose. SQL, file writes and outbound sends are checked by their own modules here.
import type { ScanInput } from "../../scan/input.js";
import type { Lane } from "../../scan/lane.js";
import type { Finding, Reason, Severity } from "../../types.js";
import { analyzeShell } from "./analyze.js";
import { argumentInjectionFindings } from "./arg-injection.js";
import { codeAsShell, type Language } from "./inline-code.js";
import { commandFinding } from "./finding.js";
import { fileReadFindings, fileWriteFindings } from "./files.js";
import { rulesByName } from "./rules/index.js";
import { SHELLS } from "./rules/facts.js";
import { DANGEROUS_COMMANDS } from "./known-commands.js";
import { commandSegments, mightMatter, namesPattern } from "./segments.js";

/** Every command name some rule looks at, for skipping prose lines no rule can match. */
const RULE_NAMES = namesPattern([...rulesByName.keys(), ...SHELLS, ...DANGEROUS_COMMANDS]);
import { sendFindings } from "./sends.js";
import { sqlFindings, sqlFieldText } from "./sql.js";

const LOWER: Record<Severity, Severity> = { critical: "medium", high: "medium", medium: "low", low: "low" };
const RAISE: Record<Severity, Severity> = { low: "medium", medium: "high", high: "critical", critical: "critical" };


/** The language a piece of source code is in, from the calls that run commands in each. */
function languageOf(code: string): Language | undefined {
  if (/\b(?:os\.system|os\.popen|subprocess\.|shutil\.rmtree|os\.remove|os\.unlink)\b/.test(code)) return "python";
  if (/\b(?:child_process|execSync|spawnSync|fs\.rm(?:Sync)?|fs\.unlink(?:Sync)?|fs\.rmdir(?:Sync)?)\b/.test(code)) return "node";
  if (/<\?php|\b(?:shell_exec|passthru)\s*\(/.test(code)) return "php";
  return undefined;
}

/** Source code (surface `code`): its shell calls, deletes and downloads judged as the commands they are, at review level (written or read, not yet run). */
function codeFindings(input: ScanInput): Finding[] {
  if (input.context.eval_surface !== "code" || input.text.length > 64 * 1024) return [];
  const language = languageOf(input.text);
  const shell = language ? codeAsShell(language, input.text) : undefined;
  if (!shell) return [];
  return analyzeShell(shell).map((match) => ({ ...commandFinding(match, 0, false, LOWER[match.severity]), span: [0, input.text.length] as [number, number] }));
}

export function scanCommands(input: ScanInput): Finding[] {
  const findings: Finding[] = [];
  const call = input.toolCall;
  const shell = new Set(input.commands);
  const destructive = call?.annotations?.destructiveHint === true;
  input.fields.forEach((field, i) => {
    const text = input.text.slice(field.start, field.end);
    if (input.writes.length > 0 && !shell.has(i)) return; // the file-write checks read these fields
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
  findings.push(...sqlFindings(input), ...fileWriteFindings(input), ...fileReadFindings(input), ...sendFindings(input), ...argumentInjectionFindings(input), ...codeFindings(input));
  return findings;
}

export const lane: Lane = {
  id: "commands",
  description: "dangerous shell, PowerShell, SQL, file writes and outbound sends, recognised by parsing",
  reasons: ["policy:dangerous_tool_call", "semantic:destructive_command", "semantic:data_exfiltration"] satisfies Reason[],
  scan: scanCommands,
};
