// Rewriting shared history: force pushes to protected branches, mirror pushes, reflog purges.
import type { CommandRule } from "../rule.js";
import { operands } from "./facts.js";

const PROTECTED = /^(?:main|master|trunk|develop|production|prod|release(?:\/.*)?|stable)$/;

export const gitRules: CommandRule[] = [
  {
    id: "git-force-push-protected",
    description: "force push (or delete) of main, master or another protected branch",
    severity: "high",
    reason: "semantic:destructive_command",
    names: ["git"],
    check: (inv) => {
      const push = inv.args.indexOf("push");
      if (push < 0) return false;
      const args = inv.args.slice(push + 1);
      const force = args.some((a) => a === "-f" || a === "--force" || a.startsWith("--force-with-lease") || /^-[a-z]*f[a-z]*$/.test(a));
      const refs = operands(args, new Set(["-o", "--push-option", "--repo", "--receive-pack"])).slice(1);
      const plusRef = refs.some((r) => r.startsWith("+") && PROTECTED.test(r.slice(1).split(":").pop() ?? ""));
      const deletes = args.includes("--delete") || args.includes("-d") || refs.some((r) => r.startsWith(":"));
      const targetsProtected = refs.some((r) => PROTECTED.test(r.replace(/^\+/, "").split(":").pop() ?? ""));
      if (args.includes("--mirror")) return true;
      if (plusRef || (force && targetsProtected) || (deletes && targetsProtected)) return true;
      return force && refs.length === 0 ? "medium" : false;
    },
    examples: {
      positive: ["git push --force origin main", "git push -f origin master", "git push origin +main", "git push --mirror backup", "git push origin --delete main", "git push --force"],
      negative: ["git push origin main", "git push --force origin feature/login", "git push -u origin HEAD"],
    },
  },
  {
    id: "git-history-purge",
    description: "rewriting all history or purging the reflog so lost commits cannot be recovered",
    severity: "medium",
    reason: "semantic:destructive_command",
    names: ["git"],
    check: (inv) => {
      const a = inv.args;
      if (a.includes("filter-branch") || a.includes("filter-repo")) return true;
      return a.includes("reflog") && a.includes("expire") && a.some((x) => x.startsWith("--expire=now") || x === "--all") && a.includes("--expire=now");
    },
    examples: {
      positive: ["git filter-branch --force --index-filter 'git rm -r --cached x' -- --all", "git reflog expire --expire=now --all"],
      negative: ["git reflog", "git log --all"],
    },
  },
];
