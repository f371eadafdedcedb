// Runs the command rules over a shell text: parse once, resolve, check each invocation.
import type { Severity } from "../../types.js";
import { resolveShell, type Invocation } from "./resolve.js";
import { MAX_COMMANDS, MAX_WORDS } from "./shell/parse.js";
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

/**
 * Tools whose dry-run flag is known to change nothing. Only these: a plain `rm` on BSD reads a
 * `--dry-run` after a path as one more file to delete.
 */
const DRY_RUN_TOOLS = new Set(["kubectl", "oc", "helm", "aws", "az", "npm", "pnpm", "yarn", "pip", "pip3", "apt", "apt-get", "restic", "borg", "rclone", "rsync", "git", "gh", "eksctl", "flux"]);

/**
 * Is this invocation a dry run: `--dry-run` (not `=none`), `--dryrun`, `--simulate`, `-n` of
 * rsync, rclone, borg and git clean or push, or a PowerShell cmdlet with `-WhatIf`?
 */
export function dryRun(inv: Invocation): boolean {
  const name = inv.name.toLowerCase();
  const end = inv.args.indexOf("--");
  const options = end >= 0 ? inv.args.slice(0, end) : inv.args;
  if (/^[a-z]+-[a-z]+$/.test(name)) return options.some((a) => /^-whatif(?::\$true)?$/i.test(a));
  if (!DRY_RUN_TOOLS.has(name)) return false;
  for (const a of options) {
    if (a === "--dry-run" || a === "--dryrun" || a === "--simulate" || a === "--what-if") return true;
    if (a.startsWith("--dry-run=") && !/=(?:none|false|0)$/i.test(a)) return true;
  }
  const short = options.some((a) => /^-[A-Za-z]*n[A-Za-z]*$/.test(a));
  if (name === "rsync" || name === "rclone" || name === "borg") return short;
  if (name === "git") return short && (options.includes("clean") || options.includes("push"));
  if (name === "apt-get" || name === "apt") return options.some((a) => /^-[A-Za-z]*s[A-Za-z]*$/.test(a));
  return false;
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
    // A dry run destroys nothing; what it would send or read is judged as usual.
    const dry = dryRun(inv);
    for (const list of named ? [rulesForAll, named] : [rulesForAll]) {
      for (const rule of list) {
        if (dry && rule.reason === "semantic:destructive_command") continue;
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
    matches.push({ rule: "command-too-large", description: `more than ${MAX_COMMANDS} commands or ${MAX_WORDS} words; the rest was not analysed`, severity: "medium", reason: "semantic:destructive_command", start: 0, end: text.length });
  }
  return matches;
}
