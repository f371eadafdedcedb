// Shell syntax smuggled into an argument that is not a command line: a file name, a host, a
// query or a path that closes its value and starts a command (`photo.png; id`, `x|curl …`,
// `$(whoami)`, a newline then `/usr/bin/id`), or markup that a server would execute
// (`<!--#exec cmd=…-->`, `<?php system(…) ?>`, `${jndi:ldap://…}`). A tool that passes the value
// to a shell runs the command: the call is blocked before it reaches the tool.
import type { ScanInput } from "../../scan/input.js";
import type { Finding } from "../../types.js";

/** Commands an injected payload runs first: identity, recon, fetch, shells, interpreters, sleep (blind timing). */
const PROBE = String.raw`id|whoami|uname|hostname|ifconfig|ipconfig|netstat|cat|ls|dir|type|ping|nslookup|dig|host|curl|wget|nc|ncat|netcat|bash|sh|zsh|dash|python[23]?|perl|php|ruby|node|sleep|echo|powershell|pwsh|cmd(?:\.exe)?|net|systeminfo|tasklist|ps|env|printenv|rm|chmod|certutil|bitsadmin|telnet|scp|ssh|nohup|base64|xterm`;
/** A break out of the value: a separator, a pipe, a substitution, a newline (also escaped or %-encoded). */
const BREAK = String.raw`(?:;|\|\|?|&&?|\x60|\$\(|\n|\r|\\n|\\r|%0[aAdD]|%26|%7[cC]|%3[bB])`;
const INJECTED = new RegExp(
  String.raw`${BREAK}\s*["']?\s*(?:(?:\/usr)?\/s?bin\/)?(?:${PROBE})(?=$|[\s;|&\x60)'"<>\\]|%[0-9a-fA-F]{2})|<!--\s*#\s*exec\b|<\?php\b[^?]{0,200}?\b(?:system|exec|passthru|shell_exec|popen|proc_open|eval|include)\s*\(|\$\{\s*jndi\s*:|\{\{[^}]{0,120}\b(?:popen|system|subprocess|os\.|__import__|exec)\b`,
  "i",
);

const MAX_FIELD = 4096;
/** Fields of prose, where backticks and pipes are formatting ("run `ls -la` to see…"), not a value's end. */
const PROSE_KEY = /^(?:body|content|text|message|msg|description|desc|comment|comments|note|notes|query|q|prompt|title|summary|subject|markdown|html|reply|answer|question|caption|bio|instructions|input|data|value|values|code|script|snippet|patch|diff)$/i;

/** Injected shell or server-side code in the string arguments of a tool that is not a shell. */
export function argumentInjectionFindings(input: ScanInput): Finding[] {
  if (input.context.eval_surface !== "tool_call_args" || !input.toolCall) return [];
  const commands = new Set(input.commands);
  const findings: Finding[] = [];
  input.fields.forEach((field, i) => {
    if (commands.has(i) || field.end - field.start > MAX_FIELD || (field.key !== undefined && PROSE_KEY.test(field.key))) return;
    const text = input.text.slice(field.start, field.end);
    const m = INJECTED.exec(text);
    // A value that closes and starts a command: what comes before the break is one token (or nothing).
    if (!m || /\s/.test(text.slice(0, m.index).trim())) return;
    findings.push({
      lane: "commands",
      reason: "policy:dangerous_tool_call",
      rule: "shell-injection-in-argument",
      confidence: 0.9,
      span: [field.start + m.index, field.start + m.index + m[0].length],
      severity: "high",
    });
  });
  return findings.slice(0, 1);
}
