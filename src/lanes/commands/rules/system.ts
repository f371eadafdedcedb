// Taking the machine down or its defences off.
import type { CommandRule } from "../rule.js";

export const systemRules: CommandRule[] = [
  {
    id: "kill-everything",
    description: "killing every process the user can reach",
    severity: "medium",
    reason: "semantic:destructive_command",
    names: ["kill", "killall5", "pkill", "killall"],
    check: (inv) => {
      const a = inv.args;
      if (inv.name === "killall5") return true;
      if (inv.name === "kill") return a.includes("-1") && a.some((x) => /^-(?:9|KILL|SIGKILL|s)$/.test(x));
      return a.includes("-u") && a.some((x) => x === "root") || a.includes(".") || a.includes(".*");
    },
    examples: {
      positive: ["kill -9 -1", "killall5 -9", "pkill -9 -u root", "pkill -f ."],
      negative: ["kill -9 1234", "pkill -f gunicorn", "killall node"],
    },
  },
  {
    id: "shutdown-host",
    description: "shutting down or rebooting the machine",
    severity: "medium",
    reason: "semantic:destructive_command",
    names: ["shutdown", "reboot", "halt", "poweroff", "init", "systemctl", "telinit", "stop-computer", "restart-computer"],
    check: (inv) => {
      if (inv.name === "init" || inv.name === "telinit") return inv.args.some((x) => x === "0" || x === "6");
      if (inv.name === "systemctl") return inv.args.some((x) => /^(?:poweroff|reboot|halt|kexec|emergency|rescue)$/.test(x));
      return true;
    },
    examples: {
      positive: ["shutdown -h now", "sudo reboot", "init 0", "systemctl poweroff", "Stop-Computer -Force"],
      negative: ["systemctl restart nginx", "systemctl status sshd"],
    },
  },
  {
    id: "disable-defences",
    description: "turning off the firewall, SELinux, AppArmor, audit or antivirus",
    severity: "medium",
    reason: "semantic:destructive_command",
    names: ["iptables", "ip6tables", "nft", "ufw", "setenforce", "systemctl", "service", "auditctl", "set-mppreference", "netsh", "aa-teardown", "spctl", "csrutil"],
    check: (inv) => {
      const a = inv.args.map((x) => x.toLowerCase());
      switch (inv.name.toLowerCase()) {
        case "iptables":
        case "ip6tables":
        {
          // Options are case-sensitive here: -F flushes and -P sets a chain's policy, while -f
          // matches fragments and -p a protocol (`-A INPUT -p tcp --dport 22 -j ACCEPT` opens one port).
          if (inv.args.includes("-F") || inv.args.includes("--flush")) return true;
          const policy = inv.args.findIndex((x) => x === "-P" || x === "--policy");
          return policy >= 0 && /^(?:INPUT|FORWARD)$/i.test(inv.args[policy + 1] ?? "") && /^ACCEPT$/i.test(inv.args[policy + 2] ?? "");
        }
        case "nft":
          return a.includes("flush") && a.includes("ruleset");
        case "ufw":
          return a.includes("disable");
        case "setenforce":
          return a.includes("0") || a.includes("permissive");
        case "systemctl":
        case "service":
          return (a.includes("stop") || a.includes("disable") || a.includes("mask")) && a.some((x) => /^(?:firewalld|ufw|apparmor|auditd|falcon-sensor|clamav-daemon|wazuh-agent|osqueryd)(?:\.service)?$/.test(x));
        case "auditctl":
          return a.includes("-d") || (a.includes("-e") && a.includes("0"));
        case "set-mppreference":
          return a.some((x) => /^-disable(?:realtimemonitoring|behaviormonitoring|ioavprotection|scriptscanning)$/.test(x)) ? "high" : false;
        case "netsh":
          return a.includes("advfirewall") && a.includes("off") ? "high" : false;
        case "aa-teardown":
          return true;
        case "spctl":
          return a.includes("--master-disable");
        case "csrutil":
          return a.includes("disable");
        default:
          return false;
      }
    },
    examples: {
      positive: ["iptables -F", "iptables -P INPUT ACCEPT", "ufw disable", "setenforce 0", "systemctl stop firewalld", "Set-MpPreference -DisableRealtimeMonitoring $true", "netsh advfirewall set allprofiles state off"],
      negative: ["ufw allow 22", "iptables -L", "systemctl stop nginx", "setenforce 1", "sudo iptables -A INPUT -p tcp --dport 22 -j ACCEPT", "iptables -A INPUT -f -j DROP"],
    },
  },
];
