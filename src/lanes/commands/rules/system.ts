// Taking the machine down or its defences off.
import type { CommandRule } from "../rule.js";

/** Packages without which the system no longer boots, logs in or installs anything. */
const ESSENTIAL = /^(?:libc6|libc-bin|glibc(?:-common)?|coreutils|bash|dash|systemd|systemd-sysv|init|sudo|util-linux|login|passwd|base-files|base-passwd|dpkg|apt|rpm|yum|dnf|pacman|apk-tools|openssh-server|grub[\w-]*|linux-image[\w.-]*\*|linux-image-generic|kernel|kernel-core|linux|e2fsprogs|mount|libpam[\w-]*|python3|python3-minimal|perl-base|tar|gzip|sed|grep|findutils|ca-certificates|openssl|libssl[\w.-]*|zlib1g|busybox)$/;
const REMOVERS: Record<string, RegExp> = {
  apt: /^(?:remove|purge|autoremove)$/,
  "apt-get": /^(?:remove|purge|autoremove)$/,
  aptitude: /^(?:remove|purge)$/,
  dnf: /^(?:remove|erase|autoremove)$/,
  yum: /^(?:remove|erase|autoremove)$/,
  zypper: /^(?:remove|rm)$/,
  apk: /^del$/,
  pacman: /^-R\w*$/,
  rpm: /^(?:-e|--erase)$/,
  dpkg: /^(?:-r|-P|--remove|--purge)$/,
};

export const systemRules: CommandRule[] = [
  {
    id: "remove-essential-packages",
    description: "removing the packages a system needs to boot, log in or install (libc, coreutils, systemd, sudo, every kernel), or forcing past the package manager's guard",
    severity: "critical",
    reason: "semantic:destructive_command",
    names: Object.keys(REMOVERS),
    check: (inv) => {
      const verb = REMOVERS[inv.name];
      if (!verb || !inv.args.some((a) => verb.test(a))) return false;
      if (inv.args.some((a) => /^--(?:allow-remove-essential|force-remove-essential|nodeps|force-all)$/.test(a) || /^-R\w*dd/.test(a))) return true;
      return inv.args.some((a) => !a.startsWith("-") && ESSENTIAL.test(a));
    },
    examples: {
      positive: ["sudo apt-get remove -y --allow-remove-essential coreutils", "sudo apt-get purge -y 'linux-image-*'", "sudo apt-get remove --purge -y python3", "sudo rpm -e --nodeps glibc", "dnf remove -y systemd", "pacman -Rdd glibc", "dpkg --purge --force-all libc6"],
      negative: ["sudo apt-get remove -y nginx", "sudo apt purge linux-image-5.15.0-50-generic", "dnf remove -y httpd", "apk del build-deps", "rpm -qa glibc", "apt-get install -y python3"],
    },
  },
  {
    id: "kill-everything",
    description: "killing every process the user can reach",
    severity: "medium",
    reason: "semantic:destructive_command",
    names: ["kill", "killall5", "pkill", "killall"],
    check: (inv) => {
      const a = inv.args;
      if (inv.name === "killall5") return true;
      // -1 is every process; PID 1 is init, whose death takes the machine down.
      if (inv.name === "kill") return (a.includes("-1") || a.includes("1")) && a.some((x) => /^-(?:9|KILL|SIGKILL|s)$/.test(x));
      return a.includes("-u") && a.some((x) => x === "root") || a.includes(".") || a.includes(".*");
    },
    examples: {
      positive: ["kill -9 -1", "sudo kill -9 1", "killall5 -9", "pkill -9 -u root", "pkill -f ."],
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
