// SQL given to a database client on its command line or through a here-doc is judged by the
// same SQL analysis as an SQL tool's query: `psql -c 'DROP TABLE users'` is a DROP TABLE.
import type { Severity } from "../../../types.js";
import type { Invocation } from "../resolve.js";
import type { CommandRule } from "../rule.js";
import { analyzeSql } from "../sql.js";
import { throwaway } from "./args.js";

const RANK: Record<Severity, number> = { low: 1, medium: 2, high: 3, critical: 4 };

/** Options of each client that carry a statement, and whether its first operand is the database. */
const CLIENTS: Record<string, { options: RegExp; positional?: boolean }> = {
  psql: { options: /^(?:-c|--command)$/ },
  mysql: { options: /^(?:-e|--execute)$/ },
  mariadb: { options: /^(?:-e|--execute)$/ },
  sqlite3: { options: /^-cmd$/, positional: true },
  duckdb: { options: /^(?:-c|-cmd|-s)$/, positional: true },
  "clickhouse-client": { options: /^(?:-q|--query)$/ },
  cockroach: { options: /^(?:-e|--execute)$/ },
  sqlcmd: { options: /^-[QqI]$/ },
  snowsql: { options: /^(?:-q|--query)$/ },
  bq: { options: /^query$/ },
};

/** Every statement text this invocation hands to the database. */
export function clientSql(inv: Invocation): string[] {
  const spec = CLIENTS[inv.name.toLowerCase()];
  if (!spec) return [];
  const out: string[] = [];
  const args = inv.args;
  for (let i = 0; i < args.length; i++) {
    const a = args[i] as string;
    const eq = a.indexOf("=");
    if (eq > 0 && spec.options.test(a.slice(0, eq))) out.push(a.slice(eq + 1));
    else if (spec.options.test(a) && args[i + 1] !== undefined) out.push(args[++i] as string);
  }
  if (spec.positional) {
    // sqlite3 [OPTIONS] FILENAME [SQL…]: operands after the database file are statements.
    const operands = args.filter((a, i) => !a.startsWith("-") && !(i > 0 && spec.options.test(args[i - 1] as string)));
    out.push(...operands.slice(1));
  }
  for (const r of inv.redirects) {
    if (r.heredoc !== undefined && (r.op === "<<" || r.op === "<<-")) out.push(r.heredoc);
    else if (r.op === "<<<" && r.target) out.push(r.target.value);
  }
  return out;
}

export const dbClientRules: CommandRule[] = [
  {
    id: "sql-through-client",
    description: "a destructive SQL statement (DROP, TRUNCATE, DELETE or UPDATE without WHERE, GRANT ALL) run through a database client",
    severity: "high",
    reason: "semantic:destructive_command",
    names: Object.keys(CLIENTS),
    check: (inv) => {
      // Dropping a test or scratch database or table is routine.
      if (throwaway(inv.args)) return false;
      let worst: Severity | undefined;
      for (const sql of clientSql(inv)) {
        for (const m of analyzeSql(sql)) if (worst === undefined || RANK[m.severity] > RANK[worst]) worst = m.severity;
      }
      return worst ?? false;
    },
    examples: {
      positive: [
        "psql -c 'DROP TABLE users'",
        "psql -d app_test -c 'DROP TABLE payments'",
        "psql -h db -U app -d prod --command='TRUNCATE orders'",
        "mysql -u root -e 'DROP DATABASE shop'",
        "sqlite3 app.db 'DELETE FROM sessions'",
        "psql prod <<'SQL'\nDELETE FROM accounts;\nSQL",
        "mysql shop <<< 'UPDATE users SET role = \"admin\"'",
        "sudo -u postgres psql -c 'DROP DATABASE analytics;'",
      ],
      negative: [
        "psql -U postgres -h localhost -c 'DROP DATABASE IF EXISTS myapp_test;'",
        "psql -c 'SELECT 1'",
        "mysql -e 'SHOW TABLES'",
        "sqlite3 app.db 'SELECT count(*) FROM users'",
        "psql -c \"DELETE FROM sessions WHERE expires_at < now()\"",
        "sqlite3 app.db .tables",
        "psql -f migrations/001_init.sql",
      ],
    },
  },
];
