// Opening permissions on broad trees, and setuid shells.
import type { CommandRule } from "../rule.js";
import { hasFlag, operands, targetClasses } from "./facts.js";

const WORLD_WRITABLE = /^(?:[0-7]?[0-7][0-7][2367]|[ugo]*[ao][ugo]*\+[rwxXst]*w[rwxXst]*|\+[rwxXst]*w[rwxXst]*)$/;
const SETUID = /^(?:[2467][0-7]{3}|u\+s|\+s|g\+s|a\+s)$/;
const SHELL_LIKE = /(?:^|\/)(?:bash|sh|dash|zsh|ksh|python[0-9.]*|perl|ruby|find|vim?|nano|less|more|awk|env|node|php|cp|tee)$/;

export const permissionRules: CommandRule[] = [
  {
    id: "chmod-world-writable-broad",
    description: "world-writable permissions on /, a home directory or a system tree",
    severity: "critical",
    reason: "semantic:destructive_command",
    names: ["chmod"],
    check: (inv) => {
      const [mode, ...targets] = operands(inv.args);
      if (!mode || !WORLD_WRITABLE.test(mode)) return false;
      const classes = targetClasses(targets);
      if (classes.has("root") || classes.has("home") || classes.has("system")) return true;
      if (classes.has("system-file") || classes.has("home-sensitive")) return "high";
      return classes.has("cwd") && hasFlag(inv.args, "R", ["--recursive"]) ? "medium" : false;
    },
    examples: {
      positive: ["chmod -R 777 /", "chmod 777 /etc/shadow", "sudo chmod -R a+rwx ~", "chmod -R 0777 /var", "chmod -R 777 ."],
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
      const classes = targetClasses(operands(inv.args).slice(1));
      return classes.has("root") || classes.has("system") || classes.has("home");
    },
    examples: {
      positive: ["chown -R nobody /", "sudo chown -R me:me /usr", "chgrp -R users /etc"],
      negative: ["chown -R www-data:www-data /var/www/html", "chown me file.txt"],
    },
  },
  {
    id: "setuid-shell",
    description: "setuid bit on a shell or interpreter (privilege escalation)",
    severity: "high",
    reason: "semantic:destructive_command",
    names: ["chmod"],
    check: (inv) => {
      const [mode, ...targets] = operands(inv.args);
      return !!mode && SETUID.test(mode) && targets.some((t) => SHELL_LIKE.test(t));
    },
    examples: {
      positive: ["chmod u+s /bin/bash", "chmod 4755 /usr/bin/python3", "sudo chmod +s /usr/bin/find"],
      negative: ["chmod u+x build.sh", "chmod 4755 ./my-helper"],
    },
  },
];
