// What a word or a pipeline evaluates to when nothing outside the text decides it: the tricks
// that build a command out of pieces (`a=r;b=m;$a$b`, `rm${IFS}-rf`, `$(printf '\x72\x6d')`,
// `$(echo cm0= | base64 -d)`, `{rm,-rf,~}`, `/bin/r?`, `echo 'rm -rf ~' | sh`). Only constant
// text is evaluated: echo, printf and a few decoding filters; anything else stays unknown.
import type { Command, Script, Word } from "./shell/ast.js";

/** Output longer than this is not evaluated (a payload that large is judged by its other signs). */
const MAX_OUTPUT = 64 * 1024;

/** printf and `echo -e` escapes: \xHH, \NNN (octal), \n, \t, \\. */
function unescape(text: string): string {
  return text.replace(/\\(x[0-9a-fA-F]{1,2}|0?[0-7]{1,3}|[ntr\\'"abfv])/g, (_, e: string) => {
    if (e[0] === "x") return String.fromCharCode(Number.parseInt(e.slice(1), 16));
    if (/^[0-7]/.test(e)) return String.fromCharCode(Number.parseInt(e, 8));
    return ({ n: "\n", t: "\t", r: "\r", "\\": "\\", "'": "'", '"': '"', a: "", b: "", f: "", v: "" } as Record<string, string>)[e] ?? e;
  });
}

function printf(args: readonly string[]): string | undefined {
  const [format, ...rest] = args;
  if (format === undefined) return undefined;
  let i = 0;
  const out = unescape(format).replace(/%[-0-9.]*([sdbc%])/g, (whole, kind: string) => {
    if (kind === "%") return "%";
    const value = rest[i++] ?? "";
    return kind === "b" ? unescape(value) : value;
  });
  return out;
}

/** A command that only prints constant text, and that text; or a filter applied to `input`. */
function commandOutput(words: readonly string[], input: string | undefined): string | undefined {
  const [name, ...args] = words;
  switch (name) {
    case "echo": {
      let escapes = false;
      let newline = true;
      while (args[0] !== undefined && /^-[neE]+$/.test(args[0])) {
        const flag = args.shift() as string;
        if (flag.includes("e")) escapes = true;
        if (flag.includes("n")) newline = false;
      }
      const text = args.join(" ");
      return (escapes ? unescape(text) : text) + (newline ? "\n" : "");
    }
    case "printf":
      return printf(args);
    case "cat":
      return args.length === 0 ? input : undefined;
    case "base64":
    case "base32":
      if (input === undefined || !args.some((a) => a === "-d" || a === "--decode" || a === "-D" || a === "-di")) return undefined;
      return name === "base64" ? Buffer.from(input.replace(/\s+/g, ""), "base64").toString("utf8") : undefined;
    case "xxd":
      return input !== undefined && args.includes("-r") && args.includes("-p") ? Buffer.from(input.replace(/\s+/g, ""), "hex").toString("utf8") : undefined;
    case "rev":
      return input === undefined ? undefined : input.split("\n").map((l) => [...l].reverse().join("")).join("\n");
    default:
      return undefined;
  }
}

export type Evaluate = (word: Word) => string | undefined;

/** The output of a pipeline of constant printers and decoding filters, or undefined. */
export function pipelineOutput(commands: readonly Command[], evaluate: Evaluate, input?: string): string | undefined {
  let out: string | undefined = input;
  for (const command of commands) {
    if (command.kind !== "simple" || command.redirects.length > 0) return undefined;
    const words: string[] = [];
    for (const w of command.words) {
      const v = evaluate(w);
      if (v === undefined) return undefined;
      words.push(v);
    }
    out = commandOutput(words, out);
    if (out === undefined || out.length > MAX_OUTPUT) return undefined;
  }
  return out;
}

/** What `$(…)` around this script prints, trailing newlines removed as the shell does. */
export function substitutionOutput(script: Script, evaluate: Evaluate): string | undefined {
  if (script.pipelines.length !== 1 || script.functions.length > 0) return undefined;
  const out = pipelineOutput((script.pipelines[0] as Script["pipelines"][number]).commands, evaluate);
  return out?.replace(/\n+$/, "");
}

/** `{a,b,c}` and `pre{a,b}post` (one level, unquoted): the words it expands to. */
export function braceExpansion(value: string): string[] | undefined {
  if (value.length > 4096) return undefined;
  const m = /^([^{}\s]*)\{([^{}\s,]*(?:,[^{}\s,]*)+)\}([^{}\s]*)$/.exec(value);
  if (!m) return undefined;
  const [, pre, list, post] = m as unknown as [string, string, string, string];
  return list.split(",").map((part) => `${pre}${part}${post}`);
}

/** Commands worth resolving a glob to: a glob as a command name that matches one of these is that command. */
const GLOB_TARGETS = ["rm", "sh", "bash", "dash", "zsh", "curl", "wget", "nc", "ncat", "python", "python3", "perl", "ruby", "php", "chmod", "chown", "dd", "mkfs", "shred", "base64", "sudo", "su", "cat", "scp", "ssh", "telnet", "socat"];

/** `/bin/r?`, `/???/?m`, `/usr/bin/c[u]rl`: the command a glob in the name position picks. */
export function globCommand(name: string): string | undefined {
  if (!/[?*[]/.test(name)) return undefined;
  const base = name.slice(name.lastIndexOf("/") + 1);
  if (base === "" || base.length > 32) return undefined;
  let pattern = "";
  for (const ch of base) pattern += ch === "?" ? "." : ch === "*" ? "[^/]*" : ch === "[" || ch === "]" || ch === "-" || ch === "!" ? ch.replace("!", "^") : ch.replace(/[.+^${}()|\\]/g, "\\$&");
  let re: RegExp;
  try {
    re = new RegExp(`^${pattern}$`);
  } catch {
    return undefined;
  }
  return GLOB_TARGETS.find((t) => re.test(t));
}
