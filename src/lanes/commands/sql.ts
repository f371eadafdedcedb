// SQL: statements split by a quote- and comment-aware tokenizer and classified by their keywords;
// whether a DELETE or UPDATE is narrowed by its WHERE is decided by node-sql-parser's AST
// (loaded on first use; ~0.4 ms a statement, so only those statements are parsed).
import { createRequire } from "node:module";
import type { ScanInput, TextField } from "../../scan/input.js";
import type { Finding, Severity } from "../../types.js";

const SQL_KEYS = new Set(["sql", "query", "statement", "stmt", "sql_query", "querystring"]);
/** A text that is a destructive SQL statement, not English that starts with "update" or "drop". */
const SQL_SHAPE =
  /^\s*(?:delete\s+from\s+\S|update\s+[\w."`]+\s+set\s+\S|drop\s+(?:table|database|schema|user|role|index|view|tablespace)\b|truncate\s+(?:table\s+)?[\w."`]+\s*(?:;|$|,)|grant\s+[^;]{1,200}?\s+on\s+[^;]{1,200}?\s+to\s|alter\s+(?:table|user|role)\s)/i;
const SQL_START = /^\s*(?:--[^\n]*\n\s*)*(?:drop|truncate|delete|update|grant|revoke|alter|create|insert|select|with|set|replace|merge|rename)\b/i;

export interface SqlStatement {
  text: string;
  start: number;
  end: number;
  /** Upper-cased keywords and identifiers outside strings and comments. */
  tokens: string[];
}

/** Splits on `;` outside quotes and comments; tokens are words outside them. */
export function splitSql(sql: string): SqlStatement[] {
  const statements: SqlStatement[] = [];
  let start = 0;
  let tokens: string[] = [];
  let word = "";
  const flush = () => {
    if (word) tokens.push(word.toUpperCase());
    word = "";
  };
  const end = (at: number) => {
    flush();
    if (tokens.length > 0) statements.push({ text: sql.slice(start, at), start, end: at, tokens });
    tokens = [];
    start = at + 1;
  };
  for (let i = 0; i < sql.length; i++) {
    const c = sql[i] as string;
    if (c === "'" || c === '"' || c === "`") {
      flush();
      const close = sql.indexOf(c, i + 1);
      tokens.push(c === "'" ? "'STR'" : (sql.slice(i + 1, close === -1 ? sql.length : close).toUpperCase() || "''"));
      i = close === -1 ? sql.length : close;
    } else if (c === "-" && sql[i + 1] === "-") {
      flush();
      const nl = sql.indexOf("\n", i);
      i = nl === -1 ? sql.length : nl;
    } else if (c === "/" && sql[i + 1] === "*") {
      flush();
      const close = sql.indexOf("*/", i + 2);
      i = close === -1 ? sql.length : close + 1;
    } else if (c === ";") {
      end(i);
    } else if (/[A-Za-z0-9_$.]/.test(c)) {
      word += c;
    } else {
      flush();
      if (c === "=" || c === "(" || c === ")") tokens.push(c);
    }
  }
  end(sql.length);
  return statements;
}

type SqlParser = { astify(sql: string, opts: { database: string }): unknown };
let parser: SqlParser | undefined | null;

function sqlParser(): SqlParser | null {
  if (parser === undefined) {
    try {
      const require = createRequire(import.meta.url);
      const mod = require("node-sql-parser/build/postgresql") as { Parser: new () => SqlParser };
      parser = new mod.Parser();
    } catch {
      parser = null;
    }
  }
  return parser;
}

interface Where {
  type?: string;
  operator?: string;
  left?: Where;
  right?: Where;
  value?: unknown;
}

/** `WHERE 1=1`, `WHERE true`, `WHERE 'a'='a'` narrow nothing. */
function tautology(where: Where | null | undefined): boolean {
  if (!where) return true;
  if (where.type === "bool") return where.value === true;
  if (where.type === "number") return where.value !== 0;
  if (where.type === "binary_expr") {
    if (where.operator === "OR") return tautology(where.left) || tautology(where.right);
    if (where.operator === "=" && where.left && where.right && where.left.type !== "column_ref") {
      return where.left.type === where.right.type && where.left.value === where.right.value;
    }
  }
  return false;
}

/** Does a DELETE or UPDATE have a WHERE that actually narrows it? */
function narrowedByWhere(statement: SqlStatement): boolean {
  const ast = (() => {
    try {
      const out = sqlParser()?.astify(statement.text, { database: "PostgreSQL" });
      return (Array.isArray(out) ? out[0] : out) as { where?: Where | null } | undefined;
    } catch {
      return undefined;
    }
  })();
  if (ast) return !tautology(ast.where);
  // The grammar did not accept it (another dialect): fall back to the tokens.
  const at = statement.tokens.indexOf("WHERE");
  if (at < 0) return false;
  const rest = statement.tokens.slice(at + 1);
  return !(rest.length === 3 && rest[1] === "=" && rest[0] === rest[2]) && !(rest.length === 1 && /^(?:TRUE|1)$/.test(rest[0] ?? ""));
}

export interface SqlMatch {
  rule: string;
  severity: Severity;
  start: number;
  end: number;
}

export function analyzeSql(sql: string): SqlMatch[] {
  const statements = splitSql(sql);
  const out: SqlMatch[] = [];
  statements.forEach((st, index) => {
    const [a, b, c] = st.tokens;
    const add = (rule: string, severity: Severity) => out.push({ rule, severity, start: st.start, end: st.end });
    if (a === "DROP") {
      if (b === "DATABASE" || b === "SCHEMA" || b === "TABLE" || b === "USER" || b === "ROLE" || b === "TABLESPACE" || b === "OWNED") add("sql-drop", b === "TABLE" || b === "USER" || b === "ROLE" ? "high" : "critical");
      else add("sql-drop", "medium");
    } else if (a === "TRUNCATE") {
      add("sql-truncate", "high");
    } else if (a === "DELETE" || (a === "UPDATE" && b !== "STATISTICS")) {
      if (!narrowedByWhere(st)) add(a === "DELETE" ? "sql-delete-without-where" : "sql-update-without-where", "high");
    } else if (a === "GRANT" && (b === "ALL" || st.tokens.includes("SUPERUSER") || st.tokens.includes("DBA"))) {
      add("sql-grant-all", "high");
    } else if ((a === "ALTER" && (b === "USER" || b === "ROLE") && (st.tokens.includes("PASSWORD") || st.tokens.includes("SUPERUSER"))) || (a === "SET" && b === "PASSWORD")) {
      add("sql-password-change", "high");
    } else if (a === "CREATE" && (b === "USER" || b === "ROLE") && (st.tokens.includes("SUPERUSER") || st.tokens.includes("PASSWORD") || st.tokens.includes("IDENTIFIED"))) {
      add("sql-create-privileged-user", "medium");
    } else if (a === "ALTER" && b === "TABLE" && st.tokens.includes("DROP") && c !== undefined) {
      add("sql-drop", "medium");
    }
    if (index > 0 && statements[0]?.tokens[0] === "SELECT" && a !== "SELECT") add("sql-stacked-statements", "medium");
  });
  return out;
}

/** Is this field SQL to be analysed as such (an SQL tool, a `query` argument, or a text that is SQL)? */
export function sqlFieldText(input: ScanInput, field: TextField): string | undefined {
  const text = input.text.slice(field.start, field.end);
  const keyed = field.key !== undefined && SQL_KEYS.has(field.key.toLowerCase());
  if (keyed || input.toolCall?.kind === "sql") return SQL_START.test(text) ? text : undefined;
  return SQL_SHAPE.test(text) ? text : undefined;
}

export function sqlFindings(input: ScanInput): Finding[] {
  const findings: Finding[] = [];
  for (const field of input.fields) {
    const text = sqlFieldText(input, field);
    if (text === undefined) continue;
    for (const m of analyzeSql(text)) {
      findings.push({
        lane: "commands",
        reason: "policy:dangerous_tool_call",
        also: ["semantic:destructive_command"],
        rule: m.rule,
        confidence: 0.95,
        span: [field.start + m.start, field.start + m.end],
        severity: m.severity,
      });
    }
  }
  return findings;
}
