// Outbound tools (HTTP, email, chat, upload): where the data goes and what it carries.
import type { ScanInput } from "../../scan/input.js";
import { isOutboundInput } from "../../scan/policy.js";
import type { Finding } from "../../types.js";
import { suspiciousDestination } from "../../scan/destinations.js";
import { isSecretFile } from "./paths.js";

const DESTINATION_KEYS = new Set(["url", "uri", "endpoint", "webhook", "webhook_url", "host", "to", "recipient", "recipients", "cc", "bcc", "channel", "destination", "target_url", "callback_url", "server"]);
const ATTACHMENT_KEYS = new Set(["attachment", "attachments", "file", "files", "path", "paths", "file_path", "upload"]);
/** Five or more `NAME=value` lines: an environment dump. */
const ENV_DUMP = /(?:^|\n)[A-Z][A-Z0-9_]{1,64}=[^\n]*(?:\n[A-Z][A-Z0-9_]{1,64}=[^\n]*){4,}/;

export function sendFindings(input: ScanInput): Finding[] {
  const call = input.toolCall;
  if (!isOutboundInput(input)) return [];
  const findings: Finding[] = [];
  const exfil = (rule: string, span: [number, number], severity: "high" | "critical"): Finding => ({
    lane: "commands",
    reason: "semantic:data_exfiltration",
    also: call ? ["policy:dangerous_tool_call"] : [],
    rule,
    confidence: 0.9,
    span,
    severity,
  });
  for (const field of input.fields) {
    const key = field.key?.toLowerCase();
    const value = input.text.slice(field.start, field.end);
    if (key !== undefined && DESTINATION_KEYS.has(key)) {
      const kind = suspiciousDestination(value);
      if (kind) findings.push(exfil("send-to-exfiltration-endpoint", [field.start, field.end], "high"));
    }
    if (key !== undefined && ATTACHMENT_KEYS.has(key) && isSecretFile(value)) {
      findings.push(exfil("send-secret-file", [field.start, field.end], "critical"));
    }
    const dump = ENV_DUMP.exec(value);
    if (dump) findings.push(exfil("send-environment-dump", [field.start + dump.index, field.start + dump.index + dump[0].length], "high"));
  }
  return findings;
}
