// Covering tracks: shell history and system logs wiped.
import type { Invocation } from "../resolve.js";
import type { CommandRule } from "../rule.js";
import { operands } from "./facts.js";
import { writtenFiles } from "./persistence.js";

const HISTORY_FILE = /(?:^|\/)\.(?:bash_history|zsh_history|history|sh_history|python_history|node_repl_history|psql_history|mysql_history|lesshst)$|ConsoleHost_history\.txt$/;
/** The log tree itself and the live logs that record logins and commands; rotated archives are not here. */
const LOG_PATH = /^\/var\/(?:log|adm)\/?\*?$|^\/var\/log\/(?:auth\.log|syslog|messages|secure|wtmp|btmp|lastlog|kern\.log|audit(?:\/.*)?|journal(?:\/.*)?)$|^\/var\/run\/utmp$/;

/** Options of rm, shred and truncate that take a value (not a file). */
const SIZE_OPTIONS: ReadonlySet<string> = new Set(["-s", "--size", "-n"]);

function truncates(inv: Invocation, test: (p: string) => boolean): boolean {
  const name = inv.name.toLowerCase();
  if (writtenFiles(inv).some(test) && inv.redirects.some((r) => r.op === ">" || r.op === ">|")) return true;
  if (["rm", "shred", "truncate", "unlink"].includes(name) && operands(inv.args, SIZE_OPTIONS).some(test)) return true;
  return name === "ln" && inv.args.includes("/dev/null") && operands(inv.args).some(test);
}

export const trackRules: CommandRule[] = [
  {
    id: "history-wipe",
    description: "clearing or disabling shell history",
    severity: "high",
    reason: "semantic:destructive_command",
    check: (inv) => {
      const name = inv.name.toLowerCase();
      if (name === "history") return inv.args.includes("-c") || (inv.args.includes("-w") && inv.args.includes("/dev/null"));
      if (name === "unset") return inv.args.some((a) => a === "HISTFILE");
      if (name === "export" || name === "set") return inv.args.some((a) => /^HIST(?:FILE=\/dev\/null|SIZE=0|FILESIZE=0)$/.test(a) || a === "+o" && inv.args.includes("history"));
      if (name === "clear-history") return true;
      return truncates(inv, (p) => HISTORY_FILE.test(p));
    },
    examples: {
      positive: ["history -c", "unset HISTFILE", "export HISTFILE=/dev/null", "rm -f ~/.bash_history", "cat /dev/null > ~/.zsh_history", "ln -sf /dev/null ~/.bash_history", "set +o history"],
      negative: ["history | tail", "cat ~/.bash_history | grep git", "export HISTSIZE=10000"],
    },
  },
  {
    id: "log-wipe",
    description: "deleting or truncating system logs",
    severity: "high",
    reason: "semantic:destructive_command",
    check: (inv) => {
      const name = inv.name.toLowerCase();
      if (name === "wevtutil") return inv.args.some((a) => /^(?:cl|clear-log)$/i.test(a));
      if (name === "clear-eventlog") return true;
      if (name === "journalctl") return inv.args.some((a) => /^--vacuum-(?:time|size|files)=(?:1s|0|1|1K|1M)?$/.test(a)) ? "medium" : false;
      return truncates(inv, (p) => LOG_PATH.test(p));
    },
    examples: {
      positive: ["rm -rf /var/log/*", "truncate -s 0 /var/log/auth.log", "> /var/log/syslog", "shred -u /var/log/wtmp", "wevtutil cl Security"],
      negative: ["tail -f /var/log/syslog", "ls /var/log", "rm -f ./logs/app.log", "rm /var/log/*.gz", "rm -f /var/log/nginx/access.log.1"],
    },
  },
];
