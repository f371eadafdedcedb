// From a parse tree to what actually runs: every simple command reached (inside pipelines,
// lists, compound commands, substitutions, `bash -c` and `eval` strings, `find -exec`, `xargs`),
// with its wrappers (`sudo`, `env`, `nohup` …) peeled off and its name resolved.
import type { Command, Redirect, Script, SimpleCommand, Word } from "./shell/ast.js";
import { codeAsShell, inlineCode } from "./inline-code.js";
import { parseShell } from "./shell/parse.js";

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
      pipeline.commands.forEach((command, index) => {
        const before = this.invocations.length;
        this.command(command, depth, via, substituted, span);
        const element = this.invocations.slice(before);
        elements.push(element);
        if (pipeline.commands.length > 1) for (const inv of element) inv.pipe ??= { elements, index };
      });
    }
  }

  private command(command: Command, depth: number, via: string[], substituted: boolean, span?: [number, number]): void {
    if (command.kind === "compound") {
      for (const word of command.header) this.nestedOf(word, depth, via, span);
      this.script(command.body, depth, via, substituted, span);
      this.redirectBodies(command.redirects, depth, via, span);
      return;
    }
    this.simple(command, depth, via, substituted, span);
  }

  private nestedOf(word: Word, depth: number, via: string[], span?: [number, number], how = "$(…)"): void {
    if (word.nested.length === 0) return;
    const inner = [...via, how];
    for (const nested of word.nested) this.script(nested, depth, inner, true, span);
  }

  private redirectBodies(redirects: Redirect[], depth: number, via: string[], span?: [number, number]): void {
    for (const r of redirects) if (r.target) this.nestedOf(r.target, depth, via, span);
  }

  private simple(command: SimpleCommand, depth: number, via: string[], substituted: boolean, span?: [number, number]): void {
    for (const word of command.assignments) this.nestedOf(word, depth, via, span);
    const loader = this.loadsVariables(command.words);
    command.words.forEach((word, i) => this.nestedOf(word, depth, via, span, loader >= 0 && i > loader ? LOADED_AS_VARIABLES : "$(…)"));
    this.redirectBodies(command.redirects, depth, via, span);
    if (command.words.length === 0) {
      // `x=rm` on its own line: remember simple constant assignments for `$x -rf /`.
      for (const a of command.assignments) {
        const eq = a.value.indexOf("=");
        if (eq > 0 && !a.dynamic) this.vars.set(a.value.slice(0, eq), a.value.slice(eq + 1));
      }
      // `> /var/log/syslog` alone still writes: report it as a nameless invocation.
      if (command.redirects.length > 0) this.pushInvocation("", [], [], command.redirects, command.start, command.end, via, substituted, span);
      return;
    }
    this.invoke(command.words, command.redirects, command.start, command.end, depth, via, substituted, span);
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
    const m = /^\$([A-Za-z_][A-Za-z0-9_]*)$/.exec(word.value);
    return m ? (this.vars.get(m[1] as string) ?? word.value) : word.value;
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
  ): void {
    let rest = words;
    let chain = via;
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
      rest = rest.slice(i);
    }
    if (rest.length === 0) {
      // A bare wrapper still runs: `env | curl …` dumps the environment, `exec 5<>/dev/tcp/…` opens a socket.
      const wrapper = words[0];
      if (wrapper) this.pushInvocation(basename(this.valueOf(wrapper)), words.slice(1), words, redirects, start, end, via, substituted, span);
      return;
    }
    const nameWord = rest[0] as Word;
    const inv = this.pushInvocation(basename(this.valueOf(nameWord)), rest.slice(1), rest, redirects, start, end, chain, substituted, span);
    if (depth < MAX_REPARSE) this.reparse(inv, depth, span ?? [inv.start, inv.end]);
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
  private reparse(inv: Invocation, depth: number, span: [number, number]): void {
    const again = (code: string, how: string) => {
      const outer = this.source;
      this.source = code;
      this.script(parseShell(code), depth + 1, [...inv.via, how], inv.substituted, span);
      this.source = outer;
    };
    const { name, args } = inv;
    const inline = inlineCode(inv);
    if (inline) {
      for (const code of inline.code) {
        const shell = codeAsShell(inline.language, code);
        if (shell !== undefined) again(shell, `${name} code`);
      }
    } else if (INTERPRETER_C.has(name)) {
      const c = args.findIndex((a) => a === "-c" || /^-[a-z]*c$/.test(a));
      if (c >= 0 && args[c + 1] !== undefined) again(args[c + 1] as string, `${name} -c`);
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
