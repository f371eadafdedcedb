// File-write tools: where the file goes (persistence, system, secrets) and, when the file is a
// script, what it would run.
import type { ScanInput, TextField } from "../../scan/input.js";
import type { Finding, Severity } from "../../types.js";
import { analyzeShell } from "./analyze.js";
import { classifyPath, isSecretFile, persistenceTarget } from "./paths.js";
import { commandFinding } from "./finding.js";
import { commandSegments } from "./segments.js";

const PATH_KEYS = new Set(["path", "file_path", "filepath", "filename", "file", "target", "destination", "dest", "notebook_path", "target_file"]);
const CONTENT_KEYS = new Set(["content", "contents", "text", "data", "body", "new_string", "new_str", "new_text", "file_text", "code", "insert_text", "replacement", "new_source", "patch", "diff"]);
const SCRIPT_EXT = /\.(?:sh|bash|zsh|ksh|command|ps1|psm1|bat|cmd|fish)$/i;
const CRITICAL_KINDS = new Set(["authorized_keys", "sudoers", "account database", "system shell startup"]);

function fieldsByKey(input: ScanInput, keys: ReadonlySet<string>): TextField[] {
  return input.fields.filter((f) => f.key !== undefined && keys.has(f.key.toLowerCase()));
}

/** A crontab line runs the command after its five schedule fields (or an @keyword). */
function cronCommands(content: string): string {
  return content
    .split("\n")
    .map((line) => line.replace(/^\s*(?:@\w+|(?:\S+\s+){5})(?:\w+\s+)?/, ""))
    .join("\n");
}

function pathFinding(path: string, field: TextField): Finding | undefined {
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
    span: [field.start, field.end],
    severity,
  };
}

export function fileWriteFindings(input: ScanInput): Finding[] {
  if (input.toolCall?.kind !== "file_write") return [];
  const findings: Finding[] = [];
  const paths = fieldsByKey(input, PATH_KEYS);
  const path = paths[0] ? input.text.slice(paths[0].start, paths[0].end) : "";
  for (const field of paths) {
    const finding = pathFinding(input.text.slice(field.start, field.end), field);
    if (finding) findings.push(finding);
  }
  for (const field of fieldsByKey(input, CONTENT_KEYS)) {
    const content = input.text.slice(field.start, field.end);
    const cron = /(?:^|\/)(?:crontab|cron\.d\/[^/]+|cron\.(?:daily|hourly|weekly|monthly)\/[^/]+)$|\/var\/spool\/cron\//.test(path);
    const script = SCRIPT_EXT.test(path) || content.startsWith("#!") || persistenceTarget(path) !== undefined;
    // A script is analysed whole (its commands will run); any other file as text with commands in it.
    const segments = script || cron ? [{ text: cron ? cronCommands(content) : content, offset: 0, whole: true }] : commandSegments(content);
    for (const segment of segments) {
      for (const match of analyzeShell(segment.text)) {
        const severity = segment.whole ? match.severity : match.severity === "critical" ? "high" : "medium";
        findings.push(commandFinding(match, field.start + segment.offset, true, severity));
      }
    }
  }
  return findings;
}
