// Interpreter one-liners (`python -c`, `node -e`, `perl -e`, `ruby -e`, `php -r`, `deno eval`, and
// the same languages fed a here-doc) judged as what they do: each call that deletes, runs a shell
// command, writes or reads a file, downloads, or sends becomes the shell command that does the
// same, and that script goes through the same rules as any other command. Only literal strings
// are translated; a call whose argument is computed is left to the other lanes.
import type { Invocation } from "./resolve.js";

export type Language = "python" | "node" | "perl" | "ruby" | "php";

const INLINE: Record<string, { language: Language; flags: RegExp }> = {
  python: { language: "python", flags: /^-[a-zA-Z]*c$/ },
  python2: { language: "python", flags: /^-[a-zA-Z]*c$/ },
  python3: { language: "python", flags: /^-[a-zA-Z]*c$/ },
  node: { language: "node", flags: /^(?:-e|--eval|-p|--print|-pe)$/ },
  nodejs: { language: "node", flags: /^(?:-e|--eval|-p|--print|-pe)$/ },
  bun: { language: "node", flags: /^(?:-e|--eval|-p|--print)$/ },
  deno: { language: "node", flags: /^eval$/ },
  perl: { language: "perl", flags: /^-[a-zA-Z]*[eE]$/ },
  ruby: { language: "ruby", flags: /^-[a-zA-Z]*e$/ },
  php: { language: "php", flags: /^-r$/ },
};

/** Code given to an interpreter inline: the `-c`/`-e` argument, a here-doc or a here-string. */
export function inlineCode(inv: Invocation): { language: Language; code: string[] } | undefined {
  const spec = INLINE[inv.name.toLowerCase()];
  if (!spec) return undefined;
  const code: string[] = [];
  const at = inv.args.findIndex((a) => spec.flags.test(a));
  if (at >= 0 && inv.args[at + 1] !== undefined) code.push(inv.args[at + 1] as string);
  const script = inv.args.find((a) => !a.startsWith("-"));
  if (at < 0 && (script === undefined || inv.args.includes("-"))) {
    for (const r of inv.redirects) {
      if (r.heredoc !== undefined && (r.op === "<<" || r.op === "<<-")) code.push(r.heredoc);
      else if (r.op === "<<<" && r.target) code.push(r.target.value);
    }
  }
  return code.length > 0 ? { language: spec.language, code } : undefined;
}

/** One quoted string literal: '…' or "…" (escapes kept), at most 1 KiB. */
const STR = String.raw`(["'])((?:\\.|(?!\1)[^\\\n]){0,1024})\1`;
/** A list of literals: [ "rm", "-rf", "/" ]. */
const LIST = String.raw`\[((?:\s*(?:"(?:\\.|[^"\\\n]){0,1024}"|'(?:\\.|[^'\\\n]){0,1024}')\s*,?){1,64})\]`;

interface Pattern {
  re: RegExp;
  /** The shell command doing the same, from the captured literal (already unescaped). */
  shell: (value: string, m: RegExpExecArray) => string;
  /** Captured as a list of literals (argv), not one string. */
  list: boolean;
  /** The languages the call belongs to (absent: every one). */
  languages: readonly Language[] | undefined;
}

const q = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;
const run = (s: string) => s;
const rmRecursive = (p: string) => `rm -rf ${q(p)}`;
const rmFile = (p: string) => `rm -f ${q(p)}`;
const write = (p: string, m: RegExpExecArray) => `printf x ${/["']a/.test(m[0].slice(-3)) ? ">>" : ">"} ${q(p)}`;
const read = (p: string) => `cat ${q(p)}`;
const download = (u: string) => `curl -s ${q(u)} | sh`;
const send = (u: string) => `curl -s -d @- ${q(u)}`;

const PY: Language[] = ["python"];
const JS: Language[] = ["node"];
const SHELLISH: Language[] = ["perl", "ruby", "php"];

function patterns(...list: Array<[string, Pattern["shell"], { list?: boolean; languages?: Language[] }?]>): Pattern[] {
  return list.map(([source, shell, opts]) => ({
    re: new RegExp(source.replaceAll("STR", STR).replaceAll("LIST", LIST), "g"),
    shell,
    list: opts?.list === true,
    languages: opts?.languages,
  }));
}

const PATTERNS = patterns(
  // Running a shell command.
  [String.raw`\b(?:os\.system|os\.popen|commands\.getoutput|subprocess\.\w+|pty\.spawn)\(\s*STR`, run, { languages: PY }],
  [String.raw`\b(?:subprocess\.\w+|os\.exec\w*|pty\.spawn)\(\s*LIST`, run, { list: true, languages: PY }],
  [String.raw`\b(?:execSync|execFileSync|spawnSync|spawn|execFile|exec)\(\s*STR\s*(?:,\s*LIST)?`, run, { languages: JS }],
  [String.raw`\bnew\s+Deno\.Command\(\s*STR\s*,\s*\{\s*args:\s*LIST`, run, { languages: JS }],
  [String.raw`\bBun\.spawn(?:Sync)?\(\s*LIST`, run, { list: true, languages: JS }],
  [String.raw`\b(?:system|exec|shell_exec|passthru|popen|proc_open|IO\.popen|Open3\.\w+|qx)\s*\(?\s*STR`, run, { languages: SHELLISH }],
  // Deleting.
  [String.raw`\b(?:shutil\.rmtree|FileUtils\.rm_rf?|FileUtils\.remove_dir|FileUtils\.rm_r|remove_tree|rmtree|rimraf(?:\.sync)?|Deno\.remove(?:Sync)?)\(\s*STR`, rmRecursive],
  [String.raw`\.(?:rmSync|rm|rmdirSync|rmdir)\(\s*STR`, rmRecursive, { languages: JS }],
  [String.raw`\b(?:os\.remove|os\.unlink|os\.rmdir|File\.delete|FileUtils\.rm|unlink)\s*\(?\s*STR`, rmFile],
  [String.raw`\.(?:unlinkSync|unlink)\(\s*STR`, rmFile, { languages: JS }],
  [String.raw`\b(?:Path|pathlib\.Path)\(\s*STR\s*\)\.unlink`, rmFile, { languages: PY }],
  // Writing and reading files.
  [String.raw`\bopen\(\s*STR\s*,\s*["'][wa]`, write],
  [String.raw`(?:\.(?:writeFileSync|appendFileSync|writeFile|appendFile)|\b(?:File\.write|file_put_contents|Deno\.writeTextFile(?:Sync)?))\(\s*STR`, write],
  [String.raw`(?:\.(?:readFileSync|readFile)|\b(?:open|File\.read|file_get_contents|Deno\.readTextFile(?:Sync)?))\(\s*STR\s*(?:\)|,\s*["'](?:r|rb|utf-?8)["'])`, read],
  // Downloading to run, and sending out.
  [String.raw`\b(?:exec|eval)\s*\(\s*(?:[\w.]+\()*\s*(?:urllib\.request\.urlopen|urlopen|requests\.get|urllib2\.urlopen|fetch|http\.get|https\.get)\(\s*STR`, download],
  [String.raw`\b(?:requests\.(?:post|put)|urllib\.request\.Request|http\.request|https\.request)\(\s*STR`, send],
  [String.raw`\bfetch\(\s*STR\s*,\s*\{[^}]{0,200}method:\s*["'](?:POST|PUT)`, send, { languages: JS }],
);

/** Code run by the code itself: Python's exec("…"), JavaScript's eval("…"). */
const NESTED = new RegExp(String.raw`\b(?:exec|eval)\(\s*${STR}`, "g");

/** Perl and Ruby run backticks and `%x{}` through a shell. */
const BACKTICKS = /`([^`\n]{1,4096})`|%x\{([^}\n]{1,4096})\}/g;

function unescape(value: string): string {
  return value.replace(/\\(.)/g, (_, c: string) => (c === "n" ? "\n" : c === "t" ? "\t" : c));
}

function listItems(list: string): string[] {
  return [...list.matchAll(/"((?:\\.|[^"\\\n]){0,1024})"|'((?:\\.|[^'\\\n]){0,1024})'/g)].map((m) => unescape(m[1] ?? m[2] ?? ""));
}

const MAX_CODE = 64 * 1024;

/** The shell script equivalent to what this code does, in the order the code does it. */
export function codeAsShell(language: Language, source: string, depth = 0): string | undefined {
  // Every pattern is bounded; so is the code read, so that work stays linear in the input.
  const code = source.length > MAX_CODE ? source.slice(0, MAX_CODE) : source;
  const found: Array<{ at: number; shell: string }> = [];
  for (const p of PATTERNS) {
    if (p.languages && !p.languages.includes(language)) continue;
    p.re.lastIndex = 0;
    for (let m = p.re.exec(code); m !== null; m = p.re.exec(code)) {
      if (p.list) {
        const items = listItems(m[1] ?? "");
        if (items.length > 0) found.push({ at: m.index, shell: items.map(q).join(" ") });
        continue;
      }
      const value = unescape(m[2] ?? "");
      let shell = p.shell(value, m);
      // spawn("rm", ["-rf", "/"]): the argv follows the name.
      const argv = m[3];
      if (argv !== undefined) shell = [value, ...listItems(argv)].map(q).join(" ");
      found.push({ at: m.index, shell });
    }
  }
  if ((language === "python" || language === "node") && depth < 2) {
    // matchAll works on a copy of the expression: the recursive call below reuses NESTED.
    for (const m of [...code.matchAll(NESTED)]) {
      const inner = codeAsShell(language, unescape(m[2] ?? ""), depth + 1);
      if (inner !== undefined) found.push({ at: m.index, shell: inner });
    }
  }
  if (language === "perl" || language === "ruby" || language === "php") {
    BACKTICKS.lastIndex = 0;
    for (let m = BACKTICKS.exec(code); m !== null; m = BACKTICKS.exec(code)) found.push({ at: m.index, shell: m[1] ?? m[2] ?? "" });
  }
  if (found.length === 0) return undefined;
  return found
    .sort((a, b) => a.at - b.at)
    .map((f) => f.shell)
    .join("\n");
}
