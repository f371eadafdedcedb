// Where shell code sits in a text. A text that is a command line is analysed whole; in prose,
// command lines, code spans and fenced blocks are analysed as embedded (their severity lowered,
// since talking about a command is not running it). One pass over the lines: linear.
import { DANGEROUS_COMMANDS, KNOWN_COMMANDS } from "./known-commands.js";
import { rulesByName } from "./rules/index.js";

export interface Segment {
  text: string;
  /** Offset of `text` in the field it came from. */
  offset: number;
  /** The whole field is a command (full severity) rather than a command quoted in prose. */
  whole: boolean;
}

const PROMPT = /^\s*(?:\$|#|>|PS [^>]*>|[\w.-]+@[\w.-]+:[^$#]*[$#])\s+/;
/**
 * One regex for every dangerous command name at a word boundary, followed by an argument. Global:
 * it runs over the whole text once (see DangerFinder), not once per line.
 */
const DANGEROUS_IN_PROSE = new RegExp(
  `(^|[\\s"'(;|&])(?:${[...DANGEROUS_COMMANDS].map((c) => c.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|")})[ \\t]+[^\\s]`,
  "g",
);

/**
 * Where the first dangerous command name of each line sits, for lines visited in order: one
 * search serves every line up to its match, so the whole text is searched once. A line starts
 * after a newline, which the regex's leading class accepts as a word boundary.
 */
class DangerFinder {
  /** Where the name of the last match found sits (-1: not searched yet, Infinity: no more). */
  private next = -1;
  constructor(private readonly text: string) {}

  /** Offset of the first dangerous command name in [start, end), or -1. */
  firstIn(start: number, end: number): number {
    if (this.next < start) {
      DANGEROUS_IN_PROSE.lastIndex = Math.max(0, start - 1);
      const m = DANGEROUS_IN_PROSE.exec(this.text);
      this.next = m ? m.index + (m[1]?.length ?? 0) : Infinity;
    }
    return this.next >= start && this.next < end ? this.next : -1;
  }
}

/** The first word after an optional prompt and `NAME=value` prefixes, without splitting the line. */
const FIRST_WORD = /^\s*(?:[A-Za-z_][A-Za-z0-9_]*=\S*\s+)*["'(]*([^\s"'(]+)/;

function firstCommandWord(line: string): string | undefined {
  const c = line.charCodeAt(0);
  // Prompts start with $, #, >, PS or user@host: strip them only when present.
  const text = c === 36 || c === 35 || c === 62 || c === 80 || (line.includes("@") && /^\S+@/.test(line)) ? line.replace(PROMPT, "") : line;
  return FIRST_WORD.exec(text)?.[1];
}

/**
 * Could any rule match this embedded line? Some word in it names a command that has rules, or it
 * holds what the name-less rules look at (devices, secret paths, persistence files, inline code).
 * Only used for commands quoted in prose; a command that will run is always analysed.
 */
const TRIGGERS = /\/dev\/|\.ssh|\.aws|\.env\b|\.pem|\.key\b|\.netrc|\.npmrc|\.pypirc|\.kube|\.docker|\.gnupg|credentials|shadow|environ|_history|HIST|socket|checkpoint|authorized_keys|\.bashrc|\.zshrc|\.profile|cron|sudoers|systemd|\/var\/log|\/etc\//i;

export function namesPattern(names: Iterable<string>): RegExp {
  const escaped = [...new Set(names)].filter((n) => n !== "" && n !== ".").map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
  escaped.sort((a, b) => b.length - a.length);
  return new RegExp(`(?<![\\w.-])(?:${escaped.join("|")})(?![\\w-])`, "i");
}

export function mightMatter(text: string, names: RegExp): boolean {
  return names.test(text) || TRIGGERS.test(text);
}

/** After `.` (source) in prose: a file to read, not another dot or a word of a sentence. */
const SOURCED = /^\s*\.\s+["']?(?:\.{1,2}\/|[~$/]|[\w.-]+\.(?:sh|bash|zsh|env|rc|profile)\b)/;

export function isCommandLine(line: string): boolean {
  const word = firstCommandWord(line);
  if (!word) return false;
  // `.` runs a file: ". ./env.sh" is a command line, ". . ." and ". Then" are prose.
  if (word === ".") return SOURCED.test(line.replace(PROMPT, ""));
  const bare = word.charCodeAt(0) === 92 ? word.slice(1) : word;
  // Every name a rule looks at is a command too (`mkfs.ext4 /dev/sdb1`, `sgdisk --zap-all`).
  if (KNOWN_COMMANDS.has(word) || KNOWN_COMMANDS.has(bare) || rulesByName.has(bare.toLowerCase())) return true;
  // The regexes below only run for words that could pass them (most prose words cannot).
  const c = word.charCodeAt(0);
  if ((c === 47 || c === 46 || c === 126) && /^(?:\/|\.\/|~\/)[\w./-]+$/.test(word)) return true;
  if (word.includes(".") && /^[\w.-]+\.(?:sh|exe|ps1|bat|cmd|py)$/.test(word)) return true;
  return (c === 114 || c === 34 || c === 36) && /^(?:r\\m|"r""m"|\$'\\x)/.test(word);
}

interface Line {
  text: string;
  start: number;
}

/**
 * The lines that hold something: blank lines change no verdict and no span (a fenced block is
 * cut from its first to its last line), and a megabyte of newlines must not become a million
 * objects.
 */
function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (;;) {
    const nl = text.indexOf("\n", start);
    const end = nl === -1 ? text.length : nl;
    let i = start;
    while (i < end) {
      const c = text.charCodeAt(i);
      if (c !== 32 && c !== 9 && c !== 13) break;
      i++;
    }
    if (i < end) lines.push({ text: text.slice(start, end), start });
    if (nl === -1) return lines;
    start = nl + 1;
  }
}

/** Is the whole text a shell script or command line (rather than prose that mentions one)? */
export function isCommandText(text: string, lines: Line[] = splitLines(text)): boolean {
  let commands = 0;
  let total = 0;
  let continued = false;
  let first = true;
  for (const { text: line } of lines) {
    const trimmed = line.trim();
    if (trimmed === "" || trimmed.startsWith("#")) continue;
    total++;
    const isCmd = continued || isCommandLine(line) || /^(?:then|do|done|fi|else|elif|esac|\}|\)|;;)/.test(trimmed);
    if (first && !isCmd) return false;
    first = false;
    if (isCmd) commands++;
    continued = /(?:\\|&&|\|\||\||\{|\(|do|then)$/.test(trimmed);
  }
  return total > 0 && commands / total >= 0.6;
}

function embeddedInLine(line: Line, out: Segment[], danger: DangerFinder): void {
  const text = line.text;
  if (isCommandLine(text)) {
    const lead = text.length - text.replace(PROMPT, "").length;
    out.push({ text: text.slice(lead), offset: line.start + lead, whole: false });
    return;
  }
  // Inline code spans: `rm -rf /`.
  let found = false;
  for (let at = text.indexOf("`"); at !== -1; ) {
    const close = text.indexOf("`", at + 1);
    if (close === -1) break;
    const span = text.slice(at + 1, close);
    if (isCommandLine(span)) {
      out.push({ text: span, offset: line.start + at + 1, whole: false });
      found = true;
    }
    at = text.indexOf("`", close + 1);
  }
  if (found) return;
  // A dangerous command in the middle of a sentence: analyse from it to the end of the line.
  const named = danger.firstIn(line.start, line.start + text.length);
  if (named >= 0) {
    const at = named - line.start;
    out.push({ text: text.slice(at), offset: named, whole: false });
  }
}

/** A ``` or ~~~ fence line; the regex runs only when the first visible character could start one. */
function isFence(line: string): boolean {
  let i = 0;
  while (i < line.length && (line.charCodeAt(i) === 32 || line.charCodeAt(i) === 9)) i++;
  const c = line.charCodeAt(i);
  return (c === 96 || c === 126 || c === 13 || c === 11 || c === 12 || c > 127) && /^\s*(?:```|~~~)/.test(line);
}

export function commandSegments(text: string): Segment[] {
  if (text.length === 0) return [];
  const lines = splitLines(text);
  if (isCommandText(text, lines)) return [{ text, offset: 0, whole: true }];
  const out: Segment[] = [];
  const danger = new DangerFinder(text);
  let fence: Line | undefined;
  let fenceBody: Line[] = [];
  for (const line of lines) {
    if (isFence(line.text)) {
      if (fence) {
        const first = fenceBody[0];
        if (first) {
          const last = fenceBody[fenceBody.length - 1] as Line;
          out.push({ text: text.slice(first.start, last.start + last.text.length), offset: first.start, whole: false });
        }
        fence = undefined;
        fenceBody = [];
      } else {
        fence = line;
      }
      continue;
    }
    if (fence) fenceBody.push(line);
    else embeddedInLine(line, out, danger);
  }
  if (fence) for (const line of fenceBody) embeddedInLine(line, out, danger);
  return out;
}
