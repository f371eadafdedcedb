// A bash parser written for the scan path: one pass over the text, bounded nesting, never throws.
// Covers lists, pipelines, subshells, groups, if/while/until/for/select/case, functions,
// $(…), `…`, <(…), >(…), ${…}, $'…' (decoded), quoting and escapes, redirections and
// here-documents. tree-sitter-bash checks it in the tests (shell/oracle.test.ts); it is not used
// here because it costs ~60 µs a parse and grows super-linearly on long pipelines (bench/shell).
import { decodeAnsiC } from "./ansi-c.js";
import type { Command, CompoundCommand, FunctionDefinition, Pipeline, Redirect, Script, SimpleCommand, Word } from "./ast.js";
import { work } from "../../../scan/work.js";

/** Deeper nesting of $(…), subshells and compound commands is skipped, not parsed. */
export const MAX_NESTING = 24;
/** Past this many commands the rest of the text is not parsed (the script is marked truncated). */
export const MAX_COMMANDS = 5_000;
/** Past this many words the same (28 MB of `echo a b a b …` would otherwise be 14 million objects). */
export const MAX_WORDS = 100_000;

/** Shared by every word without substitutions; replaced, never mutated. */
const NO_SCRIPTS: Script[] = [];

const REDIRECT_OPS = ["<<<", "<<-", "&>>", "<<", ">>", "<&", ">&", "<>", ">|", "&>", "<", ">"];
const RESERVED_END = new Set(["then", "elif", "else", "fi", "do", "done", "esac", "}", "in"]);
const ASSIGNMENT = /^[A-Za-z_][A-Za-z0-9_]*(?:\[[^\]]*\])?\+?=/;

function isBlank(c: string | undefined): boolean {
  return c === " " || c === "\t" || c === "\r";
}

function isMeta(c: string | undefined): boolean {
  return c === "|" || c === "&" || c === ";" || c === "<" || c === ">" || c === "(" || c === ")" || c === "\n";
}

function addNested(word: Word, script: Script): void {
  if (word.nested === NO_SCRIPTS) word.nested = [script];
  else word.nested.push(script);
}

function emptyScript(): Script {
  return { pipelines: [], functions: [], incomplete: false };
}

class ShellParser {
  private i = 0;
  private nesting = 0;
  private incomplete = false;
  private readonly heredocs: Redirect[] = [];
  private readonly functions: FunctionDefinition[] = [];
  private commands = 0;
  private words = 0;
  private truncated = false;
  private peekAt = -1;
  private peekValue = "";

  constructor(
    private readonly s: string,
    private readonly depth: number,
    private readonly offset: number,
  ) {}

  parse(): Script {
    const script = this.parseList(null);
    script.functions = this.functions;
    script.incomplete = this.incomplete || script.incomplete;
    if (this.truncated) script.truncated = true;
    return script;
  }

  // ── lists and pipelines ────────────────────────────────────────────────────────────────────

  /** Parses commands until `stop` says so at a command boundary (or the end). */
  private parseList(stop: ((p: ShellParser) => boolean) | null): Script {
    const script = emptyScript();
    const s = this.s;
    while (this.i < s.length) {
      this.skipBlanksAndComments();
      if (this.i >= s.length) break;
      const c = s[this.i];
      if (c === "\n") {
        this.consumeNewline();
        continue;
      }
      if (c === ";" && s[this.i + 1] !== ";") {
        this.i++;
        continue;
      }
      if (stop?.(this)) break;
      const before = this.i;
      const pipeline = this.parsePipeline();
      if (pipeline) {
        pipeline.next = this.readListOperator();
        script.pipelines.push(pipeline);
      }
      if (this.i === before) {
        // Stray `)`, `;;`, `}` or similar outside its construct: note it and move on.
        this.incomplete = true;
        this.i++;
      }
    }
    return script;
  }

  private readListOperator(): string {
    this.skipBlanksAndComments();
    const s = this.s;
    const two = s.slice(this.i, this.i + 2);
    if (two === "&&" || two === "||") {
      this.i += 2;
      this.skipBlankLines();
      return two;
    }
    const c = s[this.i];
    if (c === "&" && s[this.i + 1] !== ">") {
      this.i++;
      return "&";
    }
    if (c === ";" && s[this.i + 1] !== ";" && s[this.i + 1] !== "&") {
      this.i++;
      return ";";
    }
    if (c === "\n") {
      this.consumeNewline();
      return "\n";
    }
    return "";
  }

  private parsePipeline(): Pipeline | undefined {
    const start = this.i;
    const commands: Command[] = [];
    for (;;) {
      this.skipBlanksAndComments();
      if (this.peekWord() === "!" || this.peekWord() === "time") {
        this.i += this.peekWord().length;
        continue;
      }
      const command = this.parseCommand();
      if (!command) break;
      commands.push(command);
      this.skipBlanksAndComments();
      const s = this.s;
      if (s[this.i] === "|" && s[this.i + 1] !== "|") {
        this.i += s[this.i + 1] === "&" ? 2 : 1;
        this.skipBlankLines();
        continue;
      }
      break;
    }
    if (commands.length === 0) return undefined;
    return { commands, next: "", start: this.offset + start, end: this.offset + this.i };
  }

  // ── commands ───────────────────────────────────────────────────────────────────────────────

  private parseCommand(): Command | undefined {
    this.skipBlanksAndComments();
    const s = this.s;
    if (this.i >= s.length) return undefined;
    const c = s[this.i];
    if (c === "(") {
      if (s[this.i + 1] === "(") return this.parseArithmeticCommand();
      return this.parseNested("(", () => {
        this.i++;
        const body = this.parseList((p) => p.s[p.i] === ")");
        if (s[this.i] === ")") this.i++;
        else this.incomplete = true;
        return body;
      });
    }
    if (isMeta(c) && c !== "<" && c !== ">") return undefined;
    const word = this.peekWord();
    switch (word) {
      case "{":
        return this.parseNested("{", () => {
          this.i++;
          const body = this.parseList((p) => p.peekWord() === "}");
          this.expectWord("}");
          return body;
        });
      case "if":
        return this.parseNested("if", () => this.parseClauses("if", ["then", "elif", "else"], "fi"));
      case "while":
      case "until":
        return this.parseNested(word, () => this.parseClauses(word, ["do"], "done"));
      case "for":
      case "select":
        return this.parseFor(word);
      case "case":
        return this.parseCase();
      case "function":
        return this.parseFunctionKeyword();
      case "[[":
        return this.parseSimple(true);
      default:
        if (RESERVED_END.has(word)) return undefined;
        return this.parseSimple(false);
    }
  }

  private parseNested(keyword: string, body: () => Script, header: Word[] = []): CompoundCommand {
    const start = this.i;
    let script: Script;
    if (this.nesting + this.depth >= MAX_NESTING) {
      this.incomplete = true;
      this.skipToEndOfConstruct();
      script = emptyScript();
    } else {
      this.nesting++;
      script = body();
      this.nesting--;
    }
    const redirects = this.parseTrailingRedirects();
    return { kind: "compound", keyword, body: script, header, redirects, start: this.offset + start, end: this.offset + this.i };
  }

  /** `if a; then b; elif c; then d; else e; fi`, `while a; do b; done`: all lists in one body. */
  private parseClauses(open: string, middles: string[], close: string): Script {
    this.i += open.length;
    const body = emptyScript();
    const stops = new Set([...middles, close]);
    for (;;) {
      const part = this.parseList((p) => stops.has(p.peekWord()));
      body.pipelines.push(...part.pipelines);
      const word = this.peekWord();
      if (word === close) {
        this.i += close.length;
        return body;
      }
      if (!stops.has(word)) {
        this.incomplete = true;
        return body;
      }
      this.i += word.length;
    }
  }

  private parseFor(keyword: string): CompoundCommand {
    const start = this.i;
    this.i += keyword.length;
    this.skipBlanksAndComments();
    const header: Word[] = [];
    if (this.s.startsWith("((", this.i)) {
      this.skipBalanced("(", ")");
    } else {
      const name = this.parseWord();
      if (name) header.push(name);
      this.skipBlanksAndComments();
      if (this.peekWord() === "in") {
        this.i += 2;
        for (;;) {
          this.skipBlanks();
          const c = this.s[this.i];
          if (this.i >= this.s.length || c === ";" || c === "\n" || isMeta(c)) break;
          const word = this.parseWord();
          if (!word) break;
          header.push(word);
        }
      }
    }
    this.skipSeparators();
    const word = this.peekWord();
    const command = this.parseNested(keyword, () =>
      word === "{" ? this.parseGroupBody() : this.parseClauses("do", [], "done"),
    header);
    command.start = this.offset + start;
    if (word !== "do" && word !== "{") this.incomplete = true;
    return command;
  }

  private parseGroupBody(): Script {
    this.i++;
    const body = this.parseList((p) => p.peekWord() === "}");
    this.expectWord("}");
    return body;
  }

  private parseCase(): CompoundCommand {
    const start = this.i;
    this.i += 4;
    this.skipBlanks();
    const subject = this.parseWord();
    const header = subject ? [subject] : [];
    this.skipSeparators();
    if (this.peekWord() === "in") this.i += 2;
    else this.incomplete = true;
    const command = this.parseNested("case", () => {
      const body = emptyScript();
      for (;;) {
        this.skipSeparators();
        if (this.i >= this.s.length) {
          this.incomplete = true;
          break;
        }
        if (this.peekWord() === "esac") {
          this.i += 4;
          break;
        }
        // Pattern list: words and `|` up to `)`.
        if (this.s[this.i] === "(") this.i++;
        while (this.i < this.s.length && this.s[this.i] !== ")") {
          this.skipBlanks();
          if (this.s[this.i] === "|") {
            this.i++;
            continue;
          }
          if (this.s[this.i] === ")") break;
          if (!this.parseWord()) this.i++;
        }
        this.i++;
        const part = this.parseList((p) => p.s.startsWith(";;", p.i) || p.s.startsWith(";&", p.i) || p.peekWord() === "esac");
        body.pipelines.push(...part.pipelines);
        if (this.s.startsWith(";;&", this.i)) this.i += 3;
        else if (this.s.startsWith(";;", this.i) || this.s.startsWith(";&", this.i)) this.i += 2;
      }
      return body;
    }, header);
    command.start = this.offset + start;
    return command;
  }

  private parseFunctionKeyword(): Command | undefined {
    const start = this.i;
    this.i += "function".length;
    this.skipBlanks();
    const name = this.parseWord();
    this.skipBlanks();
    if (this.s.startsWith("()", this.i)) this.i += 2;
    return this.finishFunction(name?.value ?? "", start);
  }

  private finishFunction(name: string, start: number): Command | undefined {
    this.skipSeparators();
    const body = this.parseCommand();
    const script = emptyScript();
    if (body) script.pipelines.push({ commands: [body], next: "", start: body.start, end: body.end });
    this.functions.push({ name, body: script, start: this.offset + start, end: this.offset + this.i });
    // A definition runs nothing by itself: report it as an empty group so the list goes on.
    return { kind: "compound", keyword: "function", body: script, header: [], redirects: [], start: this.offset + start, end: this.offset + this.i };
  }

  private parseArithmeticCommand(): CompoundCommand {
    const start = this.i;
    this.skipBalanced("(", ")");
    return { kind: "compound", keyword: "((", body: emptyScript(), header: [], redirects: [], start: this.offset + start, end: this.offset + this.i };
  }

  private parseSimple(conditional: boolean): Command | undefined {
    const s = this.s;
    const start = this.i;
    work.steps++;
    if (++this.commands > MAX_COMMANDS) {
      this.truncated = true;
      this.incomplete = true;
      this.i = s.length;
      return undefined;
    }
    const command: SimpleCommand = { kind: "simple", assignments: [], words: [], redirects: [], start: this.offset + start, end: 0 };
    while (this.i < s.length) {
      this.skipBlanks();
      if (this.i >= s.length) break;
      const c = s[this.i];
      if (c === "\\" && s[this.i + 1] === "\n") {
        this.i += 2;
        continue;
      }
      if (c === "#") {
        this.skipComment();
        break;
      }
      if (conditional && s.startsWith("]]", this.i)) {
        command.words.push(this.literalWord("]]"));
        break;
      }
      if ((c === "<" || c === ">") && s[this.i + 1] === "(") {
        command.words.push(this.parseProcessSubstitution());
        continue;
      }
      const redirect = this.parseRedirect();
      if (redirect) {
        command.redirects.push(redirect);
        continue;
      }
      if (isMeta(c)) break;
      const word = this.parseWord();
      if (!word) break;
      if (command.words.length === 0 && !word.quoted && word.value.includes("=") && ASSIGNMENT.test(s.slice(word.start - this.offset, word.end - this.offset))) {
        command.assignments.push(word);
        continue;
      }
      // `name() { … }` defines a function.
      if (command.words.length === 0 && s.startsWith("()", this.i)) {
        this.i += 2;
        return this.finishFunction(word.value, start);
      }
      command.words.push(word);
    }
    command.end = this.offset + this.i;
    if (command.words.length === 0 && command.assignments.length === 0 && command.redirects.length === 0) return undefined;
    return command;
  }

  private literalWord(text: string): Word {
    const start = this.offset + this.i;
    this.i += text.length;
    return { value: text, start, end: start + text.length, quoted: false, dynamic: false, nested: NO_SCRIPTS };
  }

  private parseTrailingRedirects(): Redirect[] {
    const redirects: Redirect[] = [];
    for (;;) {
      this.skipBlanks();
      const redirect = this.parseRedirect();
      if (!redirect) return redirects;
      redirects.push(redirect);
    }
  }

  private parseRedirect(): Redirect | undefined {
    const s = this.s;
    const start = this.i;
    const c = s.charCodeAt(start);
    // Only a digit, `<`, `>` or `&` can start a redirection.
    if (!(c === 60 || c === 62 || c === 38 || (c >= 48 && c <= 57))) return undefined;
    let j = this.i;
    while (j < s.length && s.charCodeAt(j) >= 48 && s.charCodeAt(j) <= 57) j++;
    const fd = j > start ? Number(s.slice(start, j)) : undefined;
    const op = REDIRECT_OPS.find((o) => s.startsWith(o, j));
    if (!op) return undefined;
    if (fd === undefined && j !== start) return undefined;
    this.i = j + op.length;
    this.skipBlanks();
    const target = this.parseWord();
    const redirect: Redirect = { op, fd, target, start: this.offset + start, end: this.offset + this.i };
    if ((op === "<<" || op === "<<-") && target) this.heredocs.push(redirect);
    return redirect;
  }

  // ── words ──────────────────────────────────────────────────────────────────────────────────

  private parseWord(): Word | undefined {
    const s = this.s;
    const start = this.i;
    work.steps++;
    if (++this.words > MAX_WORDS) {
      this.truncated = true;
      this.incomplete = true;
      this.i = s.length;
      return undefined;
    }
    const word: Word = { value: "", start: this.offset + start, end: 0, quoted: false, dynamic: false, nested: NO_SCRIPTS };
    while (this.i < s.length) {
      const c = s[this.i] as string;
      if (isBlank(c) || isMeta(c)) break;
      if (c === "\\") {
        if (s[this.i + 1] === "\n") {
          this.i += 2;
          continue;
        }
        if (this.i + 1 < s.length) word.value += s[this.i + 1];
        word.quoted = true;
        this.i += 2;
      } else if (c === "'") {
        const close = s.indexOf("'", this.i + 1);
        const end = close === -1 ? s.length : close;
        if (close === -1) this.incomplete = true;
        word.value += s.slice(this.i + 1, end);
        word.quoted = true;
        this.i = end + 1;
      } else if (c === '"') {
        this.parseDoubleQuoted(word);
      } else if (c === "$") {
        this.parseDollar(word);
      } else if (c === "`") {
        this.parseBackticks(word);
      } else {
        word.value += c;
        this.i++;
      }
    }
    if (this.i === start) return undefined;
    word.end = this.offset + Math.min(this.i, s.length);
    return word;
  }

  private parseDoubleQuoted(word: Word): void {
    const s = this.s;
    word.quoted = true;
    this.i++;
    while (this.i < s.length) {
      const c = s[this.i];
      if (c === '"') {
        this.i++;
        return;
      }
      if (c === "\\") {
        const next = s[this.i + 1];
        if (next === "\n") this.i += 2;
        else if (next === "$" || next === "`" || next === '"' || next === "\\") {
          word.value += next;
          this.i += 2;
        } else {
          word.value += "\\";
          this.i++;
        }
      } else if (c === "$") {
        this.parseDollar(word);
      } else if (c === "`") {
        this.parseBackticks(word);
      } else {
        word.value += c;
        this.i++;
      }
    }
    this.incomplete = true;
  }

  private parseDollar(word: Word): void {
    const s = this.s;
    const next = s[this.i + 1];
    if (next === "'") {
      let j = this.i + 2;
      while (j < s.length && s[j] !== "'") j += s[j] === "\\" ? 2 : 1;
      if (j >= s.length) this.incomplete = true;
      word.value += decodeAnsiC(s.slice(this.i + 2, Math.min(j, s.length)));
      word.quoted = true;
      this.i = Math.min(j + 1, s.length);
      return;
    }
    if (next === '"') {
      this.i++;
      this.parseDoubleQuoted(word);
      return;
    }
    word.dynamic = true;
    if (next === "(") {
      if (s[this.i + 2] === "(") {
        this.i++;
        this.skipBalanced("(", ")");
        word.value += "$((…))";
        return;
      }
      this.i += 2;
      word.value += "$(…)";
      this.parseParenBody(word);
      return;
    }
    if (next === "{") {
      const open = this.i + 1;
      this.i = open;
      this.skipBalanced("{", "}");
      const inner = s.slice(open + 1, this.i - 1);
      const name = /^[#!]?([A-Za-z0-9_@*?#$!-]+)/.exec(inner)?.[1] ?? "";
      word.value += `$${name}`;
      return;
    }
    const name = /^[A-Za-z_][A-Za-z0-9_]*|^[0-9@*#?$!-]/.exec(s.slice(this.i + 1, this.i + 65))?.[0];
    if (name) {
      word.value += `$${name}`;
      this.i += 1 + name.length;
      return;
    }
    word.dynamic = false;
    word.value += "$";
    this.i++;
  }

  private parseBackticks(word: Word): void {
    const s = this.s;
    let j = this.i + 1;
    let body = "";
    while (j < s.length && s[j] !== "`") {
      if (s[j] === "\\" && (s[j + 1] === "`" || s[j + 1] === "\\" || s[j + 1] === "$")) {
        body += s[j + 1];
        j += 2;
      } else {
        body += s[j];
        j++;
      }
    }
    if (j >= s.length) this.incomplete = true;
    word.dynamic = true;
    word.value += "`…`";
    if (this.depth + this.nesting < MAX_NESTING) {
      addNested(word, new ShellParser(body, this.depth + this.nesting + 1, this.offset + this.i + 1).parse());
    } else {
      this.incomplete = true;
    }
    this.i = Math.min(j + 1, s.length);
  }

  private parseProcessSubstitution(): Word {
    const start = this.i;
    const word: Word = { value: `${this.s[this.i]}(…)`, start: this.offset + start, end: 0, quoted: false, dynamic: true, nested: NO_SCRIPTS };
    this.i += 2;
    this.parseParenBody(word);
    word.end = this.offset + this.i;
    return word;
  }

  /** After `$(`, `<(` or `>(`: the commands up to the matching `)`, or skipped past the depth limit. */
  private parseParenBody(word: Word): void {
    if (this.nesting + this.depth >= MAX_NESTING) {
      this.incomplete = true;
      this.i--;
      this.skipBalanced("(", ")");
      return;
    }
    this.nesting++;
    addNested(word, this.parseList((p) => p.s[p.i] === ")"));
    this.nesting--;
    if (this.s[this.i] === ")") this.i++;
    else this.incomplete = true;
  }

  // ── scanning helpers ───────────────────────────────────────────────────────────────────────

  /** The next word if it is plain (reserved words are only recognised unquoted). */
  peekWord(): string {
    if (this.peekAt === this.i) return this.peekValue;
    const value = this.scanPeek();
    this.peekAt = this.i;
    this.peekValue = value;
    return value;
  }

  private scanPeek(): string {
    const s = this.s;
    let j = this.i;
    while (j < s.length && isBlank(s[j])) j++;
    const from = j;
    while (j < s.length && !isBlank(s[j]) && !isMeta(s[j]) && s[j] !== "'" && s[j] !== '"' && s[j] !== "\\" && s[j] !== "$" && s[j] !== "`") j++;
    if (j === from && (s[j] === "(" || s[j] === ")")) return "";
    return s.slice(from, j);
  }

  private expectWord(word: string): void {
    this.skipSeparators();
    if (this.peekWord() === word) {
      this.skipBlanks();
      this.i += word.length;
    } else {
      this.incomplete = true;
    }
  }

  private skipBlanks(): void {
    const s = this.s;
    for (;;) {
      while (this.i < s.length && isBlank(s[this.i])) this.i++;
      if (s[this.i] === "\\" && s[this.i + 1] === "\n") this.i += 2;
      else return;
    }
  }

  private skipComment(): void {
    const nl = this.s.indexOf("\n", this.i);
    this.i = nl === -1 ? this.s.length : nl;
  }

  private skipBlanksAndComments(): void {
    this.skipBlanks();
    if (this.s[this.i] === "#") this.skipComment();
  }

  private skipBlankLines(): void {
    for (;;) {
      this.skipBlanksAndComments();
      if (this.s[this.i] !== "\n") return;
      this.consumeNewline();
    }
  }

  private skipSeparators(): void {
    for (;;) {
      this.skipBlanksAndComments();
      const c = this.s[this.i];
      if (c === "\n") this.consumeNewline();
      else if (c === ";" && this.s[this.i + 1] !== ";") this.i++;
      else return;
    }
  }

  /** A newline ends the current line: here-document bodies start after it. */
  private consumeNewline(): void {
    this.i++;
    while (this.heredocs.length > 0) {
      const redirect = this.heredocs.shift() as Redirect;
      const delimiter = redirect.target?.value ?? "";
      const stripTabs = redirect.op === "<<-";
      const bodyStart = this.i;
      let lineStart = this.i;
      let found = false;
      while (lineStart < this.s.length) {
        const nl = this.s.indexOf("\n", lineStart);
        const lineEnd = nl === -1 ? this.s.length : nl;
        let line = this.s.slice(lineStart, lineEnd);
        if (stripTabs) line = line.replace(/^\t+/, "");
        if (line.replace(/\r$/, "") === delimiter) {
          redirect.heredoc = this.s.slice(bodyStart, lineStart);
          this.i = nl === -1 ? this.s.length : nl + 1;
          found = true;
          break;
        }
        lineStart = lineEnd + 1;
      }
      if (!found) {
        redirect.heredoc = this.s.slice(bodyStart);
        this.i = this.s.length;
        this.incomplete = true;
      }
    }
  }

  /** Skips from an opening bracket to its match, minding quotes; used past the nesting limit. */
  private skipBalanced(open: string, close: string): void {
    const s = this.s;
    let level = 0;
    while (this.i < s.length) {
      const c = s[this.i];
      if (c === "\\") {
        this.i += 2;
        continue;
      }
      if (c === "'") {
        const end = s.indexOf("'", this.i + 1);
        this.i = end === -1 ? s.length : end + 1;
        continue;
      }
      this.i++;
      if (c === open) level++;
      else if (c === close && --level === 0) return;
    }
    this.incomplete = true;
  }

  /** Past the nesting limit: skip the construct's text up to the end of the line. */
  private skipToEndOfConstruct(): void {
    const nl = this.s.indexOf("\n", this.i);
    this.i = nl === -1 ? this.s.length : nl;
  }
}

/** Parses bash text. Never throws; `incomplete` tells when the text was not a whole script. */
export function parseShell(text: string): Script {
  return new ShellParser(text, 0, 0).parse();
}
