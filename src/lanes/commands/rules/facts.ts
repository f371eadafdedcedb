// Shared knowledge about commands: flags, operands, which programs run code, fetch or send data.
import { classifyPath, type PathClass } from "../paths.js";
import type { Invocation } from "../resolve.js";
import type { Script } from "../shell/ast.js";

export const SHELLS = new Set(["sh", "bash", "zsh", "dash", "ksh", "ash", "mksh", "fish", "rbash", "busybox", "tcsh", "csh"]);
export const SCRIPT_INTERPRETERS = new Set([
  "python", "python2", "python3", "perl", "ruby", "node", "nodejs", "php", "lua", "tclsh", "pwsh", "powershell", "deno", "bun", "osascript", "Rscript",
]);
export const DOWNLOADERS = new Set([
  "curl", "wget", "fetch", "lwp-download", "lwp-request", "GET", "http", "https", "aria2c", "axel", "iwr", "invoke-webrequest",
  "irm", "invoke-restmethod", "tftp", "ftp", "wget2", "curlie", "xh",
]);
export const NETWORK_SENDERS = new Set([
  "curl", "wget", "nc", "ncat", "netcat", "socat", "telnet", "scp", "sftp", "rsync", "ftp", "tftp", "smbclient", "mail", "mailx",
  "sendmail", "mutt", "http", "https", "xh", "curlie", "ssh", "whois", "rclone", "aws", "gsutil", "az", "openssl", "iwr",
  "invoke-webrequest", "irm", "invoke-restmethod", "gh",
]);

/** A short option cluster (`-rf`) contains one of `letters`, or a long option is present. */
export function hasFlag(args: readonly string[], letters: string, long: readonly string[] = []): boolean {
  for (const a of args) {
    if (a === "--") return false;
    if (a.startsWith("--")) {
      const name = a.includes("=") ? a.slice(0, a.indexOf("=")) : a;
      if (long.includes(name)) return true;
    } else if (a.startsWith("-") && a.length > 1 && /^-[A-Za-z0-9]+$/.test(a)) {
      for (const l of letters) if (a.includes(l)) return true;
    }
  }
  return false;
}

const NO_VALUE_OPTIONS: ReadonlySet<string> = new Set();

/** Arguments that are not options (everything after `--` counts). */
export function operands(args: readonly string[], valueOptions: ReadonlySet<string> = NO_VALUE_OPTIONS): string[] {
  const out: string[] = [];
  let afterDashes = false;
  for (let i = 0; i < args.length; i++) {
    const a = args[i] as string;
    if (afterDashes) out.push(a);
    else if (a === "--") afterDashes = true;
    else if (a.startsWith("-") && a.length > 1) {
      if (valueOptions.has(a)) i++;
    } else out.push(a);
  }
  return out;
}

export function lower(inv: Invocation): string {
  return inv.name.toLowerCase();
}

export function targetClasses(paths: readonly string[]): Set<PathClass> {
  return new Set(paths.map(classifyPath));
}

/**
 * Option letters that take the program (or a module) from the command line instead of stdin, and
 * the letters before them that take a value of their own (after which the cluster ends). Shells:
 * `-c` (`sh -xc '…'`); Python: `-c`, `-m` (`python -mjson.tool`); Perl and Ruby: `-e`; Node: `-e`, `-p`; PHP: `-r`.
 */
const INLINE_PROGRAM: ReadonlyArray<{ names: ReadonlySet<string>; program: string; valued: string }> = [
  { names: SHELLS, program: "c", valued: "oO" },
  { names: new Set(["python", "python2", "python3"]), program: "cm", valued: "WX" },
  { names: new Set(["perl", "ruby"]), program: "eE", valued: "IMmCdxr" },
  { names: new Set(["node", "nodejs"]), program: "ep", valued: "r" },
  { names: new Set(["php"]), program: "r", valued: "cdz" },
];

/**
 * Index in a short option cluster (`-rave`, `-xc`, `-mjson.tool`) of the first letter `wanted`
 * accepts, reading letters only, and none past a letter of `valued` (the rest is its value); -1 if none.
 */
export function clusterLetter(arg: string, wanted: (letter: string) => boolean, valued = ""): number {
  if (arg.length < 2 || arg[0] !== "-" || arg[1] === "-") return -1;
  for (let i = 1; i < arg.length; i++) {
    const letter = arg[i] as string;
    if (!/[A-Za-z]/.test(letter)) return -1;
    if (wanted(letter)) return i;
    if (valued.includes(letter)) return -1;
  }
  return -1;
}

/** `-xc`, `-mjson.tool`, `-ne`: a short option cluster that names its program inline. */
function takesProgramInline(name: string, arg: string): boolean {
  const family = INLINE_PROGRAM.find((f) => f.names.has(name));
  return family !== undefined && clusterLetter(arg, (l) => family.program.includes(l), family.valued) > 0;
}

/** Does the interpreter read its program from stdin (`sh`, `bash -s`, `python3 -`)? */
export function readsStdin(inv: Invocation): boolean {
  const name = inv.name;
  if (name === "source" || name === ".") return inv.args.length === 0 || inv.args[0] === "/dev/stdin" || inv.args[0] === "-";
  if (!SHELLS.has(name) && !SCRIPT_INTERPRETERS.has(name) && name !== "iex" && name !== "invoke-expression") return false;
  if (inv.args.some((a) => a === "-c" || a === "-e" || a === "-m" || a === "--command" || a === "-r" || takesProgramInline(name, a))) return false;
  if (inv.args.includes("-s") || inv.args.includes("-")) return true;
  const files = operands(inv.args);
  return files.length === 0 || files[0] === "/dev/stdin" || files[0] === "-";
}

/** A simple command found inside a script: its name (basename) and argument values. */
export interface CommandSketch {
  name: string;
  args: string[];
}

const PREFIXES = ["sudo", "env", "command", "exec", "nohup"];

/** Every simple command inside a script (compound bodies and substitutions too), in order. */
export function commandsIn(script: Script, out: CommandSketch[] = [], depth = 0): CommandSketch[] {
  if (depth > 8) return out;
  for (const pipeline of script.pipelines) {
    for (const command of pipeline.commands) {
      if (command.kind === "compound") {
        commandsIn(command.body, out, depth + 1);
        continue;
      }
      for (const word of command.words) for (const nested of word.nested) commandsIn(nested, out, depth + 1);
      const at = command.words.findIndex((w, i) => i > 0 || !PREFIXES.includes(w.value));
      const first = command.words[at];
      if (first) out.push({ name: first.value.slice(first.value.lastIndexOf("/") + 1), args: command.words.slice(at + 1).map((w) => w.value) });
    }
  }
  return out;
}

/** Every command name inside a script, lower-cased. */
export function namesIn(script: Script, out: Set<string> = new Set()): Set<string> {
  for (const c of commandsIn(script)) out.add(c.name.toLowerCase());
  return out;
}

/** The invocations whose output feeds this one: earlier elements of its pipeline. */
export function upstream(inv: Invocation): Invocation[] {
  return inv.pipe ? inv.pipe.elements.slice(0, inv.pipe.index).flat() : [];
}

/** The invocations this one's output feeds. */
export function downstream(inv: Invocation): Invocation[] {
  return inv.pipe ? inv.pipe.elements.slice(inv.pipe.index + 1).flat() : [];
}

function lowerNames(invs: readonly Invocation[]): Set<string> {
  return new Set(invs.map((i) => i.name.toLowerCase()));
}

/** Names of the commands whose output feeds this one. */
export function upstreamNames(inv: Invocation): Set<string> {
  return lowerNames(upstream(inv));
}

/** Names of the commands this one's output feeds. */
export function downstreamNames(inv: Invocation): Set<string> {
  return lowerNames(downstream(inv));
}

/** Names of the commands inside substitutions in this invocation's arguments. */
export function substitutedNames(inv: Invocation): Set<string> {
  const names = new Set<string>();
  for (const word of inv.argWords) for (const nested of word.nested) namesIn(nested, names);
  return names;
}

export function intersects(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  for (const x of a) if (b.has(x)) return true;
  return false;
}

/** Is a decoder actually decoding (`base64 -d`, `xxd -r`, `openssl enc -d`)? */
export function isDecoding(inv: CommandSketch): boolean {
  switch (inv.name) {
    case "base64":
    case "base32":
    case "basenc":
      return hasFlag(inv.args, "dD", ["--decode"]);
    case "xxd":
      return hasFlag(inv.args, "r", ["--revert"]);
    case "openssl":
      return inv.args.includes("-d");
    case "certutil":
      return inv.args.some((a) => /^[-/]decode$/i.test(a));
    case "uudecode":
    case "gunzip":
    case "zcat":
    case "rev":
      return true;
    default:
      return false;
  }
}
