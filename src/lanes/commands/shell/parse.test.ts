import { describe, expect, it } from "vitest";
import type { SimpleCommand } from "./ast.js";
import { MAX_COMMANDS, MAX_NESTING, MAX_WORDS, parseShell } from "./parse.js";

function firstWords(text: string): string[] {
  const command = parseShell(text).pipelines[0]?.commands[0] as SimpleCommand;
  return command.words.map((w) => w.value);
}

describe("parseShell", () => {
  it("removes quotes and escapes and decodes ANSI-C strings", () => {
    expect(firstWords("r\\m -rf /")).toEqual(["rm", "-rf", "/"]);
    expect(firstWords('"r""m" -rf /')).toEqual(["rm", "-rf", "/"]);
    expect(firstWords("$'\\x72\\x6d' $'\\162\\155' $'\\u0072m'")).toEqual(["rm", "rm", "rm"]);
    expect(firstWords("echo 'a b' \"c $HOME\" ${USER:-x}")).toEqual(["echo", "a b", "c $HOME", "$USER"]);
  });

  it("splits lists and pipelines and records the operators", () => {
    const script = parseShell("a | b && c || d; e &");
    expect(script.pipelines.map((p) => p.commands.length)).toEqual([2, 1, 1, 1]);
    expect(script.pipelines.map((p) => p.next)).toEqual(["&&", "||", ";", "&"]);
  });

  it("keeps here-document bodies on their redirection", () => {
    const command = parseShell("bash <<'EOF'\nrm -rf /\nEOF\necho after").pipelines[0]?.commands[0] as SimpleCommand;
    expect(command.redirects[0]?.heredoc).toBe("rm -rf /\n");
    expect(parseShell("bash <<'EOF'\nrm -rf /\nEOF\necho after").pipelines).toHaveLength(2);
  });

  it("reports unbalanced input as incomplete without throwing", () => {
    for (const text of ["echo 'open", 'echo "open', "echo $(ls", "if true; then ls", "case x in", "((((", "))))", ";;;;", "`unclosed", "<<", "| | |"]) {
      expect(() => parseShell(text), text).not.toThrow();
    }
    expect(parseShell("echo 'open").incomplete).toBe(true);
    expect(parseShell("echo done").incomplete).toBe(false);
  });

  it("stops nesting at the limit instead of recursing without bound", () => {
    const deep = "$(".repeat(5000) + "ls" + ")".repeat(5000);
    const script = parseShell(`echo ${deep}`);
    expect(script.incomplete).toBe(true);
    expect(MAX_NESTING).toBeLessThan(100);
  });

  it("parses 100 kB adversarial lines (long pipelines, quotes, substitutions)", () => {
    const cases = ["a|".repeat(50_000), "\"$(".repeat(20_000), "x && ".repeat(20_000), "'".repeat(100_000), "\\".repeat(100_000), "{ ".repeat(50_000), "$((".repeat(30_000)];
    for (const text of cases) expect(() => parseShell(text)).not.toThrow();
    const long = parseShell("a|".repeat(50_000) + "b");
    expect(long.truncated).toBe(true);
    expect(long.pipelines[0]?.commands).toHaveLength(MAX_COMMANDS);
    // One command of more words than are read: cut there, and said so.
    const wide = parseShell(`echo ${"a b ".repeat(MAX_WORDS)}`);
    expect(wide.truncated).toBe(true);
    const first = wide.pipelines[0]?.commands[0];
    expect(first?.kind === "simple" ? first.words.length : 0).toBe(MAX_WORDS);
  });
});
