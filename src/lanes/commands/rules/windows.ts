// Windows' own ways to lose a machine: wiping disks and volumes, deleting boot entries and
// registry hives, unregistering a WSL distribution (its whole file system), removing every
// firewall rule. Read from the raw words: `\` is a path separator there, not an escape.
import { rawWords } from "../resolve.js";
import type { CommandRule } from "../rule.js";
import { lower } from "./facts.js";

/** A registry hive or one of its top keys: `HKLM:\SOFTWARE`, `HKLM\SYSTEM`, `Registry::HKEY_LOCAL_MACHINE`. */
const HIVE_ROOT = /^["']?(?:Registry::)?(?:HKLM|HKCU|HKCR|HKU|HKCC|HKEY_[A-Z_]+):?(?:\\(?:SOFTWARE|SYSTEM|SAM|SECURITY|Classes|Microsoft|Policies|Software)?\\?)?["']?$/i;

export const windowsRules: CommandRule[] = [
  {
    id: "windows-disk-wipe",
    description: "erasing a disk or formatting a volume from PowerShell (Clear-Disk, Format-Volume, Initialize-Disk, diskpart clean)",
    severity: "critical",
    reason: "semantic:destructive_command",
    names: ["clear-disk", "format-volume", "initialize-disk", "remove-partition", "diskpart"],
    check: (inv) => {
      const raw = rawWords(inv).slice(1).map((a) => a.toLowerCase());
      if (lower(inv) === "diskpart") return raw.some((a) => a === "/s") ? "high" : false;
      if (lower(inv) === "initialize-disk") return raw.some((a) => a.startsWith("-removedata")) || "high";
      return true;
    },
    examples: {
      positive: ["Clear-Disk -Number 0 -RemoveData -RemoveOEM -Confirm:$false", "Format-Volume -DriveLetter D -FileSystem NTFS -Force", "Get-Disk | Clear-Disk -RemoveData", "Remove-Partition -DiskNumber 1 -PartitionNumber 2 -Confirm:$false"],
      negative: ["Get-Disk", "Get-Volume -DriveLetter C", "Format-Table -AutoSize", "Optimize-Volume -DriveLetter C"],
    },
  },
  {
    id: "windows-boot-or-registry-delete",
    description: "deleting boot entries or a registry hive (bcdedit /delete, reg delete HKLM\\…, Remove-Item HKLM:\\SOFTWARE)",
    severity: "critical",
    reason: "semantic:destructive_command",
    names: ["bcdedit", "reg", "reg.exe", "remove-item", "ri", "del", "rm", "remove-itemproperty"],
    check: (inv) => {
      const raw = rawWords(inv).slice(1);
      const lowered = raw.map((a) => a.toLowerCase());
      switch (lower(inv)) {
        case "bcdedit":
          return lowered.includes("/delete") || lowered.includes("/deletevalue") ? true : false;
        case "reg":
        case "reg.exe":
          // A key under a hive is ordinary administration; the hive or its top keys is the machine.
          return lowered[0] === "delete" && raw[1] !== undefined ? (HIVE_ROOT.test(raw[1]) ? true : "medium") : false;
        default: {
          const targets = raw.filter((a) => !a.startsWith("-"));
          if (!targets.some((t) => HIVE_ROOT.test(t))) return false;
          return lower(inv) === "remove-itemproperty" ? "high" : true;
        }
      }
    },
    examples: {
      positive: ["bcdedit /delete {current} /f", "reg delete HKLM\\SOFTWARE /f", "Remove-Item -Path HKLM:\\SOFTWARE -Recurse -Force", "Remove-Item HKCU:\\Software -Recurse"],
      negative: ["bcdedit /enum", "reg query HKLM\\SOFTWARE\\Microsoft", "Remove-Item HKCU:\\Software\\MyApp\\Cache -Recurse", "Remove-Item .\\build -Recurse -Force"],
    },
  },
  {
    id: "wsl-unregister",
    description: "unregistering a WSL distribution, which deletes its whole file system",
    severity: "high",
    reason: "semantic:destructive_command",
    names: ["wsl", "wsl.exe", "wslconfig", "wslconfig.exe"],
    check: (inv) => rawWords(inv).slice(1).some((a) => /^(?:--unregister|\/unregister)$/i.test(a)),
    examples: {
      positive: ["wsl --unregister Ubuntu-22.04", "wslconfig /unregister Debian"],
      negative: ["wsl --list --verbose", "wsl --shutdown", "wsl --export Ubuntu ubuntu.tar"],
    },
  },
  {
    id: "windows-firewall-rules-removed",
    description: "removing every Windows firewall rule or turning the firewall off",
    severity: "high",
    reason: "semantic:destructive_command",
    names: ["remove-netfirewallrule", "netsh", "netsh.exe", "set-netfirewallprofile"],
    check: (inv) => {
      const raw = rawWords(inv).slice(1).map((a) => a.toLowerCase());
      switch (lower(inv)) {
        case "remove-netfirewallrule":
          // Without a name or group it removes every rule it is given (all of them from Get-NetFirewallRule).
          return !raw.some((a) => /^-(?:name|displayname|displaygroup|group)$/.test(a));
        case "set-netfirewallprofile":
          return raw.some((a) => /^-enabled$/.test(a)) && raw.some((a) => /^(?:false|\$false|0)$/.test(a));
        default:
          return (raw.includes("advfirewall") && raw.includes("state") && raw.includes("off")) || (raw.includes("advfirewall") && raw.includes("reset")) || (raw.includes("delete") && raw.includes("rule") && raw.includes("name=all"));
      }
    },
    examples: {
      positive: ["Get-NetFirewallRule | Remove-NetFirewallRule", "netsh advfirewall set allprofiles state off", "Set-NetFirewallProfile -Profile Domain,Public,Private -Enabled False", "netsh advfirewall firewall delete rule name=all"],
      negative: ["Remove-NetFirewallRule -DisplayName 'Dev server 3000'", "netsh advfirewall show allprofiles", "Get-NetFirewallRule -Enabled True"],
    },
  },
];
