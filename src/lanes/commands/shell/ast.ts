// The shape of a parsed shell script: what the classifier needs, with spans into the source.

export interface Word {
  /** The value after quote removal, escapes and ANSI-C decoding; expansions stay as `$NAME`. */
  value: string;
  start: number;
  end: number;
  /** Any part of the word was quoted (so it is data, not a glob or operator). */
  quoted: boolean;
  /** The word contains an expansion whose value is unknown ($VAR, $(…), `…`). */
  dynamic: boolean;
  /** Scripts inside $(…), `…`, <(…) and >(…) in this word. */
  nested: Script[];
}

export interface Redirect {
  /** `>`, `>>`, `<`, `<<`, `<<<`, `&>`, `>&`, `<>`, `>|` … */
  op: string;
  fd: number | undefined;
  target: Word | undefined;
  /** Body of a here-document. */
  heredoc?: string;
  start: number;
  end: number;
}

export interface SimpleCommand {
  kind: "simple";
  /** Leading `NAME=value` words. */
  assignments: Word[];
  words: Word[];
  redirects: Redirect[];
  start: number;
  end: number;
}

export interface CompoundCommand {
  kind: "compound";
  /** `(`, `{`, `if`, `for`, `while`, `until`, `case`, `select`, `[[`, `((`. */
  keyword: string;
  body: Script;
  /** Words of the header (`for x in $(…)`, `case $x in`) whose substitutions also run. */
  header: Word[];
  redirects: Redirect[];
  start: number;
  end: number;
}

export type Command = SimpleCommand | CompoundCommand;

export interface Pipeline {
  commands: Command[];
  /** The operator that follows: `;`, `&&`, `||`, `&`, newline, or "" at the end. */
  next: string;
  start: number;
  end: number;
}

export interface FunctionDefinition {
  name: string;
  body: Script;
  start: number;
  end: number;
}

export interface Script {
  pipelines: Pipeline[];
  functions: FunctionDefinition[];
  /** Unbalanced quotes, missing `fi`, a nesting cut at the depth limit… */
  incomplete: boolean;
  /** More than MAX_COMMANDS commands: the rest of the text was not parsed. */
  truncated?: boolean;
}
