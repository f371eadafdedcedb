// From a parse tree to what actually runs: every simple command reached (inside pipelines,
// lists, compound commands, substitutions, `bash -c` and `eval` strings, `find -exec`, `xargs`),
// with its wrappers (`sudo`, `env`, `nohup` …) peeled off and its name resolved.
import type { Command, Redirect, Script, SimpleCommand, Word } from "./shell/ast.js";
import { codeAsShell, inlineCode } from "./inline-code.js";
import { parseShell } from "./shell/parse.js";
import { braceExpansion, globCommand, pipelineOutput, substitutionOutput } from "./static-words.js";
import { work } from "../../scan/work.js";

/** Re-parsing of `bash -c` / `eval` strings stops here. */
const MAX_REPARSE = 4;

export interface Invocation {
  /** Basename of the command, e.g. `rm` for `/bin/rm`, `"r""m"` or `$'\x72\x6d'`. */
  name: string;
  /** Argument values after the name (quotes removed). */
  args: string[];
  /** The argument words (for nested substitutions and raw text). */
  argWords: Word[];
  redirects: Redirect[];
  /** Span in the scanned text. */
  start: number;
  end: number;
  /** The pipeline element this belongs to, and the pipeline's elements (each a list of invocations). */
  pipe: { elements: Invocation[][]; index: number } | undefined;
  /** Reached through a substitution ($(…), `…`, <(…)) whose output feeds another command. */
  substituted: boolean;
  /** Wrappers and re-parses on the way: ["sudo", "bash -c"]. */
  via: string[];
  /** The words from the command name on, and the text their spans point into. */
  words: Word[];
  source: string;
}

/** Raw source text of the words (for Windows commands, where `\` is a path separator). */
export function rawWords(inv: Invocation): string[] {
  return inv.words.map((w) => inv.source.slice(w.start, w.end));
}

export interface Resolution {
  /** The analysed text, for checks that read it raw (PowerShell is not bash). */
  source: string;
  /** Payloads decoded on the way (`powershell -EncodedCommand …`). */
  decoded: string[];
  invocations: Invocation[];
  /** Function names defined in the script, with the invocations of their bodies. */
  functions: Map<string, Invocation[]>;
  incomplete: boolean;
  /** The script was longer than the parser analyses (see MAX_COMMANDS). */
  truncated: boolean;
}

/** `via` of a substitution whose output becomes variables: `export $(cat .env | xargs)`, `env $(…) cmd`. */
export const LOADED_AS_VARIABLES = "$(…) as variables";
const ENV_LOADERS = new Set(["env", "export", "declare", "typeset", "readonly", "local"]);

const INTERPRETER_C = new Set(["bash", "sh", "zsh", "dash", "ksh", "ash", "busybox", "fish", "mksh", "rbash"]);

/** Options that take a value, per wrapper, so the wrapped command is found after them. */
const WRAPPERS: Record<string, { valueOptions: Set<string>; positional?: number }> = {
  sudo: { valueOptions: new Set(["-u", "-g", "-C", "-h", "-p", "-r", "-t", "-U", "-D", "-R", "-T", "--user", "--group", "--host", "--prompt", "--chdir"]) },
  doas: { valueOptions: new Set(["-u", "-C"]) },
  env: { valueOptions: new Set(["-u", "-C", "--unset", "--chdir"]) },
  nohup: { valueOptions: new Set() },
  nice: { valueOptions: new Set(["-n", "--adjustment"]) },
  ionice: { valueOptions: new Set(["-c", "-n", "-p", "--class", "--classdata"]) },
  time: { valueOptions: new Set(["-f", "-o", "--format", "--output"]) },
  timeout: { valueOptions: new Set(["-s", "-k", "--signal", "--kill-after"]), positional: 1 },
  busybox: { valueOptions: new Set() },
  toybox: { valueOptions: new Set() },
  stdbuf: { valueOptions: new Set(["-i", "-o", "-e"]) },
  exec: { valueOptions: new Set(["-a"]) },
  command: { valueOptions: new Set() },
  builtin: { valueOptions: new Set() },
  setsid: { valueOptions: new Set() },
  unbuffer: { valueOptions: new Set() },
  chronic: { valueOptions: new Set() },
  caffeinate: { valueOptions: new Set(["-t", "-w"]) },
  watch: { valueOptions: new Set(["-n", "-d", "--interval"]) },
  flock: { valueOptions: new Set(["-w", "-E", "--timeout"]), positional: 1 },
  chroot: { valueOptions: new Set(["--userspec", "--groups"]), positional: 1 },
  xargs: { valueOptions: new Set(["-I", "-i", "-n", "-P", "-L", "-l", "-d", "-E", "-e", "-s", "-a", "--max-args", "--max-procs", "--delimiter", "--arg-file", "--replace"]) },
  parallel: { valueOptions: new Set(["-j", "-S", "--jobs"]) },
  proxychains: { valueOptions: new Set(["-f"]) },
  proxychains4: { valueOptions: new Set(["-f"]) },
  torify: { valueOptions: new Set() },
  strace: { valueOptions: new Set(["-o", "-e", "-p", "-s"]) },
  ltrace: { valueOptions: new Set(["-o", "-e", "-p"]) },
  runuser: { valueOptions: new Set(["-u", "-g", "-l"]) },
  "sudo-rs": { valueOptions: new Set(["-u", "-g"]) },
};

export function basename(value: string): string {
  const cut = Math.max(value.lastIndexOf("/"), value.lastIndexOf("\\"));
  return cut >= 0 ? value.slice(cut + 1) : value;
}

class Resolver {
  readonly invocations: Invocation[] = [];
  readonly functions = new Map<string, Invocation[]>();
  readonly decoded: string[] = [];
  incomplete = false;
  truncated = false;
  private readonly vars = new Map<string, string>();
  private readonly aliases = new Map<string, string>();
  private readonly evaluated = new WeakMap<Word, { version: number; value: string | undefined }>();
  /** Bumped whenever a variable is set, so cached word values are read again. */
  private varsVersion = 0;

  /** The text words' spans point into: the scanned text, or a re-parsed `bash -c` string. */
  constructor(private source: string) {}

  script(script: Script, depth: number, via: string[], substituted: boolean, span?: [number, number]): void {
    if (script.incomplete) this.incomplete = true;
    if (script.truncated) this.truncated = true;
    for (const fn of script.functions) {
      const inner = new Resolver(this.source);
      inner.script(fn.body, depth, via, false, span);
      this.functions.set(fn.name, inner.invocations);
    }
    for (const pipeline of script.pipelines) {
      const elements: Invocation[][] = [];
      // What the elements before each one print, while it stays constant (`echo 'rm -rf ~' | sh`):
      // carried along the pipeline, one element at a time.
      let stdin: string | undefined;
      let constant = true;
      pipeline.commands.forEach((command, index) => {
        const before = this.invocations.length;
        this.command(command, depth, via, substituted, span, index > 0 ? stdin : undefined);
        if (constant && index < pipeline.commands.length - 1) {
          stdin = pipelineOutput([command], (w) => this.evaluate(w), index > 0 ? stdin : undefined);
          constant = stdin !== undefined;
        }
        const element = this.invocations.slice(before);
        elements.push(element);
        if (pipeline.commands.length > 1) for (const inv of element) inv.pipe ??= { elements, index };
      });
    }
  }

  private command(command: Command, depth: number, via: string[], substituted: boolean, span?: [number, number], stdin?: string): void {
    if (command.kind === "compound") {
      for (const word of command.header) this.nestedOf(word, depth, via, span);
      this.script(command.body, depth, via, substituted, span);
      this.redirectBodies(command.redirects, depth, via, span);
      return;
    }
    this.simple(command, depth, via, substituted, span, stdin);
  }

  private nestedOf(word: Word, depth: number, via: string[], span?: [number, number], how = "$(…)"): void {
    if (word.nested.length === 0) return;
    const inner = [...via, how];
    for (const nested of word.nested) this.script(nested, depth, inner, true, span);
  }

  private redirectBodies(redirects: Redirect[], depth: number, via: string[], span?: [number, number]): void {
    for (const r of redirects) if (r.target) this.nestedOf(r.target, depth, via, span);
  }

  private simple(command: SimpleCommand, depth: number, via: string[], substituted: boolean, span?: [number, number], stdin?: string): void {
    for (const word of command.assignments) this.nestedOf(word, depth, via, span);
    const loader = this.loadsVariables(command.words);
    command.words.forEach((word, i) => this.nestedOf(word, depth, via, span, loader >= 0 && i > loader ? LOADED_AS_VARIABLES : "$(…)"));
    this.redirectBodies(command.redirects, depth, via, span);
    if (command.words.length === 0) {
      // `x=rm` on its own line: remember simple constant assignments for `$x -rf /`.
      // Values built from constant substitutions count too: `x=$(echo rm)`, `c=$(printf '\x72\x6d')`.
      for (const a of command.assignments) {
        const eq = a.value.indexOf("=");
        const value = eq > 0 ? this.evaluate(a) : undefined;
        if (eq > 0 && value !== undefined) {
          this.vars.set(a.value.slice(0, eq), value.slice(value.indexOf("=") + 1));
          this.varsVersion++;
        }
      }
      // `> /var/log/syslog` alone still writes: report it as a nameless invocation.
      if (command.redirects.length > 0) this.pushInvocation("", [], [], command.redirects, command.start, command.end, via, substituted, span);
      return;
    }
    // A here-string is the command's input as a pipe would be (`xargs rm -rf <<< ~/.ssh`).
    const hereString = command.redirects.find((r) => r.op === "<<<" && r.target)?.target;
    const input = stdin ?? (hereString ? this.evaluate(hereString) : undefined);
    this.invoke(this.expanded(command.words), command.redirects, command.start, command.end, depth, via, substituted, span, input);
  }

  /**
   * A word's value when nothing outside the text decides it: constant variables, `$IFS`,
   * positional parameters (unset), zero-length substrings (`\${HOME:0:0}`) and constant
   * substitutions (`$(printf '\x72\x6d')`, `$(echo cm0= | base64 -d)`); undefined otherwise.
   */
  evaluate(word: Word): string | undefined {
    if (!word.dynamic) return word.value;
    // The same word is read several times while a command is resolved: once per variables' state.
    const cached = this.evaluated.get(word);
    if (cached && cached.version === this.varsVersion) return cached.value;
    const value = this.evaluateNow(word);
    this.evaluated.set(word, { version: this.varsVersion, value });
    return value;
  }

  private evaluateNow(word: Word): string | undefined {
    work.steps += word.end - word.start;
    // A process substitution is a file name decided at run time, not text.
    if (/[<>]\(…\)/.test(word.value)) return undefined;
    const raw = this.source.slice(word.start, word.end);
    let value = word.value;
    // `\${NAME:offset:0}` is always empty; the parser keeps only `$NAME` for it.
    for (const m of raw.matchAll(/\$\{([A-Za-z_][A-Za-z0-9_]*):[0-9]+:0\}/g)) value = value.replace(`$${m[1]}`, "");
    let k = 0;
    let unknown = false;
    value = value.replace(/\$\(…\)|`…`/g, () => {
      const nested = word.nested[k++];
      const out = nested ? substitutionOutput(nested, (w) => this.evaluate(w)) : undefined;
      if (out === undefined) unknown = true;
      return out ?? "";
    });
    if (unknown) return undefined;
    value = value.replace(/\$([0-9@*#?$!]|[A-Za-z_][A-Za-z0-9_]*)/g, (whole, name: string) => {
      if (/^[0-9@*#]$/.test(name)) return "";
      if (name === "IFS") return this.vars.get("IFS") ?? " ";
      const known = this.vars.get(name);
      if (known === undefined) unknown ||= !/^(?:HOME|USER|PWD|TMPDIR|PATH|SHELL)$/.test(name);
      return known ?? whole;
    });
    return unknown ? undefined : value;
  }

  /** Words after expansion: an unquoted expansion split on IFS, `{a,b,c}` brace lists. */
  private expanded(words: Word[]): Word[] {
    work.steps += words.length;
    const out: Word[] = [];
    const ifs = this.vars.get("IFS") ?? " \t\n";
    const split = new RegExp(`[${ifs.replace(/[\]\\^-]/g, "\\$&")}]+`);
    for (const word of words) {
      const synthetic = (value: string): Word => ({ value, start: word.start, end: word.end, quoted: false, dynamic: false, nested: [] });
      if (!word.quoted && word.dynamic) {
        const value = this.evaluate(word);
        if (value !== undefined && split.test(value)) {
          for (const part of value.split(split)) if (part !== "") out.push(synthetic(part));
          continue;
        }
        if (value !== undefined) {
          out.push(synthetic(value));
          continue;
        }
      }
      const braces = !word.quoted && !word.dynamic ? braceExpansion(word.value) : undefined;
      if (braces) for (const part of braces) out.push(synthetic(part));
      else out.push(word);
    }
    return out;
  }

  /**
   * Does the command turn its arguments into variables and print nothing: `export …`, or `env …`
   * running a command (a bare `env A=…` prints the environment, `export -p` too)? The index of
   * its name (after `sudo`), or -1.
   */
  private loadsVariables(words: Word[]): number {
    let at = 0;
    while (at < words.length - 1 && /^(?:sudo|doas)$/.test(basename(this.valueOf(words[at] as Word)))) at++;
    const name = words[at] === undefined ? "" : basename(this.valueOf(words[at] as Word));
    if (!ENV_LOADERS.has(name) || words.some((w) => w.value === "-p")) return -1;
    if (name !== "env") return at;
    const last = words[words.length - 1] as Word;
    const runs = words.length > at + 1 && last.nested.length === 0 && !last.value.startsWith("-") && !/^[A-Za-z_][A-Za-z0-9_]*=/.test(last.value);
    return runs ? at : -1;
  }

  private valueOf(word: Word): string {
    return this.evaluate(word) ?? word.value;
  }

  private invoke(
    words: Word[],
    redirects: Redirect[],
    start: number,
    end: number,
    depth: number,
    via: string[],
    substituted: boolean,
    span?: [number, number],
    stdin?: string,
  ): void {
    let rest = words;
    let chain = via;
    let xargsInput: string | undefined;
    // Peel wrappers: sudo -u x env A=1 nohup nice -n 5 rm …
    for (let guard = 0; guard < 16 && rest.length > 0; guard++) {
      const name = basename(this.valueOf(rest[0] as Word));
      const wrapper = WRAPPERS[name];
      if (!wrapper) break;
      let i = 1;
      let positional = wrapper.positional ?? 0;
      while (i < rest.length) {
        const v = (rest[i] as Word).value;
        if (v === "--") {
          i++;
          break;
        }
        if (v.startsWith("-") && v.length > 1) {
          const opt = v.includes("=") ? v.slice(0, v.indexOf("=")) : v;
          i += wrapper.valueOptions.has(opt) && !v.includes("=") ? 2 : 1;
          continue;
        }
        if (name === "env" && /^[A-Za-z_][A-Za-z0-9_]*=/.test(v)) {
          i++;
          continue;
        }
        if (positional > 0) {
          positional--;
          i++;
          continue;
        }
        break;
      }
      // chroot's new root matters to the rules (a host's root mounted in a container).
      chain = [...chain, name === "chroot" && i > 1 ? `chroot ${(rest[i - 1] as Word).value}` : name];
      // xargs runs its command with its input as more arguments.
      if (name === "xargs" && stdin !== undefined) xargsInput = stdin;
      rest = rest.slice(i);
    }
    if (rest.length === 0) {
      // A bare wrapper still runs: `env | curl …` dumps the environment, `exec 5<>/dev/tcp/…` opens a socket.
      const wrapper = words[0];
      if (wrapper) this.pushInvocation(basename(this.valueOf(wrapper)), words.slice(1), words, redirects, start, end, via, substituted, span);
      return;
    }
    if (xargsInput !== undefined) {
      const last = rest[rest.length - 1] as Word;
      rest = [...rest, ...xargsInput.split(/\s+/).filter(Boolean).map((value): Word => ({ value, start: last.start, end: last.end, quoted: true, dynamic: false, nested: [] }))];
    }
    const nameWord = rest[0] as Word;
    const name = basename(this.valueOf(nameWord));
    // `/bin/r?` names the command a glob picks; `alias ls='rm -rf ~'` is remembered.
    const inv = this.pushInvocation(nameWord.quoted ? name : (globCommand(name) ?? name), rest.slice(1), rest, redirects, start, end, chain, substituted, span);
    if (inv.name === "alias") {
      for (const arg of inv.args) {
        const eq = arg.indexOf("=");
        if (eq > 0) this.aliases.set(arg.slice(0, eq), arg.slice(eq + 1));
      }
    }
    if (depth < MAX_REPARSE) this.reparse(inv, depth, span ?? [inv.start, inv.end], stdin);
  }

  private pushInvocation(
    name: string,
    argWords: Word[],
    words: Word[],
    redirects: Redirect[],
    start: number,
    end: number,
    via: string[],
    substituted: boolean,
    span?: [number, number],
  ): Invocation {
    const inv: Invocation = {
      name,
      args: argWords.map((w) => this.valueOf(w)),
      argWords,
      redirects,
      start: span ? span[0] : start,
      end: span ? span[1] : end,
      pipe: undefined,
      substituted,
      via,
      words,
      source: this.source,
    };
    this.invocations.push(inv);
    return inv;
  }

  /** Strings that are themselves shell code: `bash -c '…'`, `eval …`, `su -c`, `ssh host …`, `nc -c`, `find -exec`. */
  private reparse(inv: Invocation, depth: number, span: [number, number], stdin?: string): void {
    const again = (code: string, how: string) => {
      const outer = this.source;
      this.source = code;
      this.script(parseShell(code), depth + 1, [...inv.via, how], inv.substituted, span);
      this.source = outer;
    };
    const { name, args } = inv;
    const alias = this.aliases.get(name);
    if (alias !== undefined) {
      again([alias, ...args].join(" "), "alias");
      return;
    }
    const inline = inlineCode(inv);
    if (inline) {
      for (const code of inline.code) {
        const shell = codeAsShell(inline.language, code);
        if (shell !== undefined) again(shell, `${name} code`);
      }
    } else if (INTERPRETER_C.has(name)) {
      const c = args.findIndex((a) => a === "-c" || /^-[a-z]*c$/.test(a));
      if (c >= 0 && args[c + 1] !== undefined) again(args[c + 1] as string, `${name} -c`);
      // A shell reading a script from a pipe whose text is constant: `echo 'rm -rf ~' | sh`.
      else if (stdin !== undefined && !args.some((a) => !a.startsWith("-"))) again(stdin, `| ${name}`);
      for (const r of inv.redirects) if (r.heredoc !== undefined && (r.op === "<<" || r.op === "<<-")) again(r.heredoc, `${name} <<`);
      for (const r of inv.redirects) if (r.op === "<<<" && r.target) again(r.target.value, `${name} <<<`);
    } else if (/^(?:powershell|pwsh)(?:\.exe)?$/i.test(name)) {
      const at = args.findIndex((a) => /^[-/](?:e|ec|en|enc|enco|encodedcommand)$/i.test(a));
      const payload = at >= 0 ? args[at + 1] : undefined;
      if (payload && /^[A-Za-z0-9+/=]{8,}$/.test(payload)) {
        const code = Buffer.from(payload, "base64").toString("utf16le");
        this.decoded.push(code);
        again(code, `${name} -EncodedCommand`);
      }
      const c = args.findIndex((a) => /^[-/](?:c|command)$/i.test(a));
      if (c >= 0 && args[c + 1] !== undefined) again(args.slice(c + 1).join(" "), `${name} -Command`);
    } else if (/^cmd(?:\.exe)?$/i.test(name)) {
      // `cmd /c rd /s /q C:\`: the rest of the line is a cmd command, read raw (`\` is a path separator there).
      const c = inv.argWords.findIndex((w) => /^\/[ck]$/i.test(w.value));
      const first = inv.argWords[c + 1];
      const last = inv.argWords[inv.argWords.length - 1];
      if (c >= 0 && first && last) again(inv.source.slice(first.start, last.end).replace(/^"([^"]*)"$/, "$1"), "cmd /c");
    } else if (NETCATS.has(name)) {
      const code = netcatCommand(args);
      if (code !== undefined) again(code, `${name} -c`);
    } else if (name === "eval") {
      again(args.join(" "), "eval");
    } else if (name === "su") {
      const c = args.findIndex((a) => a === "-c" || a === "--command");
      if (c >= 0 && args[c + 1] !== undefined) again(args[c + 1] as string, "su -c");
    } else if (name === "ssh") {
      const host = sshHostIndex(args);
      if (host >= 0 && host + 1 < args.length) again(args.slice(host + 1).join(" "), "ssh");
    } else if (name === "find") {
      for (let i = 0; i < args.length; i++) {
        const a = args[i];
        if (a === "-exec" || a === "-execdir" || a === "-ok" || a === "-okdir") {
          let j = i + 1;
          while (j < args.length && args[j] !== ";" && args[j] !== "+") j++;
          const words = inv.argWords.slice(i + 1, j);
          if (words.length > 0) this.invoke(words, [], inv.start, inv.end, depth + 1, [...inv.via, "find -exec"], false, span);
          i = j;
        }
      }
    } else if (name === "xargs" || name === "parallel") {
      // Handled by the wrapper table: the command after the options is the invocation.
    } else if (/^(?:docker|podman|kubectl)$/.test(name)) {
      const exec = args.indexOf("exec");
      const dash = args.indexOf("--");
      if (exec >= 0) {
        const from = dash > exec ? dash + 1 : exec + 2;
        const words = inv.argWords.slice(from).filter((w, k) => k > 0 || !w.value.startsWith("-"));
        if (words.length > 0) this.invoke(words, [], inv.start, inv.end, depth + 1, [...inv.via, `${name} exec`], false, span);
      }
    }
  }
}

export const NETCATS = new Set(["nc", "ncat", "netcat", "nc.traditional", "nc.openbsd"]);

/** The shell command netcat runs for a connection: `nc -c 'cmd'`, `ncat --sh-exec 'cmd'`. */
export function netcatCommand(args: readonly string[]): string | undefined {
  for (let i = 0; i < args.length; i++) {
    const a = args[i] as string;
    if (a.startsWith("--sh-exec=")) return a.slice(10);
    if ((a === "--sh-exec" || /^-[A-Za-z]*c$/.test(a)) && i + 1 < args.length) return args[i + 1];
  }
  return undefined;
}

/** Index of the host argument of `ssh [options] host [command…]`. */
function sshHostIndex(args: string[]): number {
  const valued = new Set(["-b", "-c", "-D", "-E", "-e", "-F", "-I", "-i", "-J", "-L", "-l", "-m", "-O", "-o", "-p", "-Q", "-R", "-S", "-W", "-w"]);
  for (let i = 0; i < args.length; i++) {
    const a = args[i] as string;
    if (a.startsWith("-")) {
      if (valued.has(a)) i++;
      continue;
    }
    return i;
  }
  return -1;
}

export function resolveShell(text: string, script: Script = parseShell(text)): Resolution {
  const resolver = new Resolver(text);
  resolver.script(script, 0, [], false);
  return {
    source: text,
    decoded: resolver.decoded,
    invocations: resolver.invocations,
    functions: resolver.functions,
    incomplete: resolver.incomplete,
    truncated: resolver.truncated,
  };
}
