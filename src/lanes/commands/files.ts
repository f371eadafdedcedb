// File-write tools: where the file goes (persistence, system, secrets) and, when the file is a
// script, what it would run.
import type { ScanInput, TextField } from "../../scan/input.js";
import type { Finding, Severity } from "../../types.js";
import { analyzeShell } from "./analyze.js";
import { classifyPath, isSecretFile, persistenceTarget } from "./paths.js";
import { commandFinding } from "./finding.js";
import { commandSegments } from "./segments.js";

const SCRIPT_EXT = /\.(?:sh|bash|zsh|ksh|command|ps1|psm1|bat|cmd|fish)$/i;
const CRITICAL_KINDS = new Set(["authorized_keys", "sudoers", "account database", "system shell startup"]);

/** A crontab line runs the command after its five schedule fields (or an @keyword). */
function cronCommands(content: string): string {
  return content
    .split("\n")
    .map((line) => line.replace(/^\s*(?:@\w+|(?:\S+\s+){5})(?:\w+\s+)?/, ""))
    .join("\n");
}

function pathFinding(path: string, span: [number, number]): Finding | undefined {
  const persistence = persistenceTarget(path);
  let rule: string | undefined;
  let severity: Severity = "high";
  if (persistence) {
    rule = "file-write-persistence";
    if (CRITICAL_KINDS.has(persistence)) severity = "critical";
  } else if (classifyPath(path) === "system-file" || classifyPath(path) === "system") {
    rule = "file-write-system";
  } else if (isSecretFile(path)) {
    rule = "file-write-secret-file";
  }
  if (!rule) return undefined;
  return {
    lane: "commands",
    reason: "policy:dangerous_tool_call",
    also: ["semantic:destructive_command"],
    rule,
    confidence: 0.93,
    span,
    severity,
  };
}

const CRON_PATH = /(?:^|\/)(?:crontab|cron\.d\/[^/]+|cron\.(?:daily|hourly|weekly|monthly)\/[^/]+)$|\/var\/spool\/cron\//;

/** What the action writes to files (whatever the tool calls its arguments), judged by path and content. */
export function fileWriteFindings(input: ScanInput): Finding[] {
  const findings: Finding[] = [];
  for (const write of input.writes) {
    const path = write.path;
    if (write.pathSpan) {
      const finding = pathFinding(path, write.pathSpan);
      if (finding) findings.push(finding);
    }
    const cron = CRON_PATH.test(path);
    for (const content of write.content) {
      const script = SCRIPT_EXT.test(path) || content.text.startsWith("#!") || persistenceTarget(path) !== undefined;
      // A script is analysed whole (its commands will run); any other file as text with commands in it.
      const segments = script || cron ? [{ text: cron ? cronCommands(content.text) : content.text, offset: 0, whole: true }] : commandSegments(content.text);
      for (const segment of segments) {
        for (const match of analyzeShell(segment.text)) {
          const severity = segment.whole ? match.severity : match.severity === "critical" ? "high" : "medium";
          const at = segment.offset;
          const finding = commandFinding(match, 0, true, severity);
          finding.span = [content.toScanned(at + match.start), content.toScanned(at + match.end)];
          findings.push(finding);
        }
      }
    }
  }
  return findings;
}

const READ_SECRET = { rule: "read-secret-file", description: "reading private keys, cloud credentials, password hashes or .env files", severity: "medium", reason: "semantic:data_exfiltration" } as const;

/** A file the agent's own tools read (Read, Grep, Glob, an MCP read_file): the same rule as `cat`. */
export function fileReadFindings(input: ScanInput): Finding[] {
  const findings: Finding[] = [];
  for (const read of input.reads) {
    if (!isSecretFile(read.path)) continue;
    const field = input.fields[read.field] as TextField;
    findings.push(commandFinding({ ...READ_SECRET, start: field.start, end: field.end }, 0, true, READ_SECRET.severity));
  }
  return findings;
}
