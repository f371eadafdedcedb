// Runs the command rules over a shell text: parse once, resolve, check each invocation.
import type { Severity } from "../../types.js";
import { resolveShell, type Invocation } from "./resolve.js";
import { MAX_COMMANDS } from "./shell/parse.js";
import type { CommandReason } from "./rule.js";
import { rulesByName, rulesForAll, scriptRules } from "./rules/index.js";

export interface CommandMatch {
  rule: string;
  description: string;
  severity: Severity;
  reason: CommandReason;
  /** Span in the analysed text. */
  start: number;
  end: number;
}

/** Findings kept per rule: a script repeating `rm -rf /` ten thousand times needs only a few. */
export const MAX_MATCHES_PER_RULE = 5;

/** Typographic quotes from web pages and docs read as the ASCII quotes they stand for (same length). */
function foldQuotes(text: string): string {
  return /[\u2018\u2019\u201c\u201d]/.test(text) ? text.replace(/[\u2018\u2019]/g, "'").replace(/[\u201c\u201d]/g, '"') : text;
}

export function analyzeShell(raw: string): CommandMatch[] {
  const text = foldQuotes(raw);
  const resolution = resolveShell(text);
  const matches: CommandMatch[] = [];
  const seen = new Set<string>();
  const perRule = new Map<string, number>();
  const add = (rule: { id: string; description: string; reason: CommandReason }, severity: Severity, inv: Invocation) => {
    const key = `${rule.id}:${inv.start}:${inv.end}`;
    const count = perRule.get(rule.id) ?? 0;
    if (seen.has(key) || count >= MAX_MATCHES_PER_RULE) return;
    perRule.set(rule.id, count + 1);
    seen.add(key);
    // In a pipeline the danger is the pipeline (`curl … | sh`): report its whole span.
    const first = inv.pipe?.elements[0]?.[0];
    const last = inv.pipe?.elements[inv.pipe.elements.length - 1]?.at(-1);
    const start = first ? Math.min(first.start, inv.start) : inv.start;
    const end = last ? Math.max(last.end, inv.end) : inv.end;
    matches.push({ rule: rule.id, description: rule.description, severity, reason: rule.reason, start, end });
  };
  for (const inv of resolution.invocations) {
    const named = rulesByName.get(inv.name.toLowerCase());
    for (const list of named ? [rulesForAll, named] : [rulesForAll]) {
      for (const rule of list) {
        // A rule that has reported all it may report is not asked again (scripts of 5,000 `rm -rf /`).
        if ((perRule.get(rule.id) ?? 0) >= MAX_MATCHES_PER_RULE) continue;
        const verdict = rule.check(inv, resolution);
        if (verdict) add(rule, verdict === true ? rule.severity : verdict, inv);
      }
    }
  }
  for (const rule of scriptRules) {
    const inv = rule.check(resolution);
    if (inv) add(rule, rule.severity, inv);
  }
  if (resolution.truncated) {
    // Too long to read to the end: never let what was not read pass silently.
    matches.push({ rule: "command-too-large", description: `more than ${MAX_COMMANDS} commands; the rest was not analysed`, severity: "medium", reason: "semantic:destructive_command", start: 0, end: text.length });
  }
  return matches;
}
