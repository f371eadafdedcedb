// Shell-path figures: our parser and the full command lane, beside tree-sitter-bash (a dev
// dependency; measured only where installed) to show why it is not on the scan path.
import { createRequire } from "node:module";
import { inspect } from "../src/api.js";
import { analyzeShell } from "../src/lanes/commands/analyze.js";
import { parseShell } from "../src/lanes/commands/shell/parse.js";
import { timeEach, type Timing } from "./measure.js";

export const TYPICAL_COMMAND = "find . -name '*.ts' -not -path './node_modules/*' | xargs grep -n TODO | head -20";

/** 100 kB command lines built to make a parser or a regex go super-linear. */
export const ADVERSARIAL: ReadonlyArray<readonly [string, string]> = [
  ["100 kB pipeline (a|a|…)", `${"a|".repeat(50_000)}b`],
  ["100 kB && chain", `${"x && ".repeat(20_000)}y`],
  ["100 kB nested $( (cut at depth)", `echo ${"$(".repeat(25_000)}${")".repeat(25_000)}`],
  ["100 kB unbalanced quotes", `echo ${"'\"".repeat(50_000)}`],
  ["100 kB one argument", `rm -rf ${"a/".repeat(50_000)}`],
  ["100 kB of `rm -rf /;`", "rm -rf /;".repeat(11_112)],
  ["100 kB pipeline of constant printers (echo a | …)", `${"echo a | ".repeat(11_112)}sh`],
  ["100 kB of constant substitutions ($(echo a)…)", `${"$(echo a)".repeat(10_000)} x`],
  ["100 kB brace list of commas", `{${",".repeat(100_000)}}`],
];

export interface WorstCase {
  name: string;
  ms: number;
}

function once(fn: () => unknown): number {
  const t0 = performance.now();
  fn();
  return Math.round((performance.now() - t0) * 100) / 100;
}

export function shellTimings(): Timing[] {
  return [
    timeEach("shell: parse, typical command", () => parseShell(TYPICAL_COMMAND), 20000),
    timeEach("commands: rules, typical command", () => analyzeShell(TYPICAL_COMMAND), 20000),
    timeEach("inspect: Bash hook event, typical command", () => inspect({ tool_name: "Bash", tool_input: { command: TYPICAL_COMMAND } }), 20000),
  ];
}

export function adversarialTimings(): WorstCase[] {
  return ADVERSARIAL.map(([name, text]) => ({ name: `inspect: ${name}`, ms: once(() => inspect({ tool_name: "Bash", tool_input: { command: text } })) }));
}

/** tree-sitter-bash on the same inputs, when the dev dependency is installed. */
export async function treeSitterTimings(): Promise<{ timings: Timing[]; worst: WorstCase[] } | undefined> {
  try {
    const require = createRequire(import.meta.url);
    const { Parser, Language } = await import("web-tree-sitter");
    await Parser.init();
    const parser = new Parser();
    parser.setLanguage(await Language.load(require.resolve("tree-sitter-bash/tree-sitter-bash.wasm")));
    const parse = (text: string) => parser.parse(text)?.delete();
    return {
      timings: [timeEach("tree-sitter-bash (WASM): parse, typical command", () => parse(TYPICAL_COMMAND), 5000)],
      worst: ADVERSARIAL.slice(0, 2).map(([name, text]) => ({ name: `tree-sitter-bash: ${name}`, ms: once(() => parse(text)) })),
    };
  } catch {
    return undefined;
  }
}
