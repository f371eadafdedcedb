// Deleting things that cannot come back: the disk, home directories, system trees.
import { rawWords, type Invocation } from "../resolve.js";
import { isSecretFile, persistenceTarget } from "../paths.js";
import type { CommandRule } from "../rule.js";
import { hasFlag, lower, operands, targetClasses } from "./facts.js";

const BROAD_ROOT = ["root", "windows-root"] as const;
/** Variables every shell sets (TMPDIR and XDG_* are often unset on Linux, so they do not count). */
const WELL_KNOWN_VARS = new Set(["HOME", "PWD", "USERPROFILE"]);

const FIND_FILTERS = new Set(["-name", "-iname", "-path", "-ipath", "-wholename", "-regex", "-iregex", "-newer", "-newermt", "-mtime", "-mmin", "-atime", "-amin", "-ctime", "-cmin", "-used", "-size", "-empty", "-user", "-group", "-nouser", "-nogroup", "-perm", "-links", "-inum", "-samefile", "-lname", "-ilname"]);

/** Names that are disposable by convention: editor swap and backup files, bytecode, object files, crash dumps. */
const JUNK_NAME = /^(?:\*\.(?:tmp|temp|bak|swp|swo|pyc|pyo|orig|rej|o|class|part|crdownload)|\*~|\.#\*|#\*#|core|core\.\*|\.DS_Store|\._\*|Thumbs\.db|desktop\.ini|__pycache__)$/i;

/**
 * Does the expression select more than its filter tests say? A negation (`! -name '*.bak'`) or a
 * list (`,`) does; so does an OR at the top level (`-name x -o -delete` deletes everything else)
 * or one with a branch that tests nothing. `\( -name a.out -o -name '*.o' \)` stays narrow.
 */
function widensFind(args: readonly string[]): boolean {
  let depth = 0;
  // Per open group: does the current OR branch test something, and has the group an OR at all?
  const tested: boolean[] = [false];
  const ored: boolean[] = [false];
  for (const a of args) {
    if (a === "!" || a === "-not" || a === ",") return true;
    if (a === "(") {
      depth++;
      tested[depth] = false;
      ored[depth] = false;
    } else if (a === ")" && depth > 0) {
      if (ored[depth] && !tested[depth]) return true;
      const groupTests = tested[depth] as boolean;
      depth--;
      if (groupTests) tested[depth] = true;
    } else if (a === "-o" || a === "-or") {
      if (depth === 0 || !tested[depth]) return true;
      tested[depth] = false;
      ored[depth] = true;
    } else if (FIND_FILTERS.has(a)) {
      tested[depth] = true;
    }
  }
  return false;
}

/** `find … -name '*.pyc' -delete`: every name test is for junk (and, per the caller, nothing widens it). */
function onlyJunkNamed(args: readonly string[]): boolean {
  let named = false;
  for (let i = 0; i < args.length; i++) {
    const a = args[i] as string;
    if (a === "-name" || a === "-iname") {
      if (!JUNK_NAME.test(args[i + 1] ?? "")) return false;
      named = true;
    }
  }
  return named;
}

/** System files whose loss locks users out or breaks boot. */
const CRITICAL_FILES = /^\/etc\/(?:passwd|shadow|group|gshadow|sudoers|fstab|hosts|hostname|resolv\.conf|ssh\/sshd_config|pam\.d(?:\/.*)?|security\/.*|crypttab|inittab|login\.defs)$|^\/boot\/|^\/(?:usr\/)?s?bin\/|^\/usr\/lib\/|^\/lib(?:64)?\//;

function rmTargets(args: readonly string[]): string[] {
  return operands(args);
}

/** Does rm ask before every removal? The last of -f, -i and -I (or their long forms) wins. */
function rmAsksEach(args: readonly string[]): boolean {
  let each = false;
  for (const a of args) {
    if (a.length < 2 || a.charCodeAt(0) !== 45) continue;
    if (a === "--") break;
    if (a.charCodeAt(1) === 45) {
      if (a === "--interactive" || a === "--interactive=always" || a === "--interactive=yes") each = true;
      else if (a === "--force" || a.startsWith("--interactive=")) each = false;
      continue;
    }
    for (let k = 1; k < a.length; k++) {
      const letter = a[k];
      if (letter === "i") each = true;
      else if (letter === "f" || letter === "I") each = false;
    }
  }
  return each;
}

/** Could the command line itself answer a prompt: `yes | rm -i …`, `rm -i … < answers`? */
function stdinFed(inv: Invocation): boolean {
  return (inv.pipe !== undefined && inv.pipe.index > 0) || inv.redirects.some((r) => r.op.startsWith("<"));
}

/**
 * A delete that a person confirms file by file (`rm -i`, `find … -ok rm`) destroys nothing
 * unless someone types yes each time; without a terminal it reads end of input and keeps the
 * file. It counts only when nothing on the command line feeds the prompt.
 */
function confirmedEach(inv: Invocation): boolean {
  return (inv.name === "rm" || lower(inv) === "rm") && rmAsksEach(inv.args) && !stdinFed(inv);
}

/** A check that stands down when a person confirms every removal (see confirmedEach). */
function unlessConfirmed(check: CommandRule["check"]): CommandRule["check"] {
  return (inv, all) => {
    const hit = check(inv, all);
    return hit !== false && confirmedEach(inv) ? false : hit;
  };
}

const DELETERS = new Set(["rm", "shred", "unlink", "rmdir", "truncate"]);

/** Does find delete without asking: `-delete`, or `-exec rm` that does not prompt (`-ok` does)? */
function findDeletesUnasked(inv: Invocation): boolean {
  const args = inv.args;
  if (args.includes("-delete")) return true;
  const fed = stdinFed(inv);
  for (let i = 0; i < args.length; i++) {
    const action = args[i] as string;
    if (!["-exec", "-execdir", "-ok", "-okdir"].includes(action)) continue;
    const cmd = (args[i + 1] ?? "").replace(/^.*\//, "");
    if (!DELETERS.has(cmd)) continue;
    let end = i + 2;
    while (end < args.length && args[end] !== ";" && args[end] !== "+") end++;
    const asks = action.startsWith("-ok") || (cmd === "rm" && rmAsksEach(args.slice(i + 2, end)));
    if (!asks || fed) return true;
  }
  return false;
}

function isRecursive(args: readonly string[]): boolean {
  return hasFlag(args, "rR", ["--recursive"]);
}

const recursiveRootDelete = unlessConfirmed((inv) => {
  const classes = targetClasses(rmTargets(inv.args));
  return isRecursive(inv.args) && BROAD_ROOT.some((c) => classes.has(c));
});

export const deleteRules: CommandRule[] = [
  {
    id: "rm-recursive-root",
    description: "recursive delete of the whole filesystem",
    severity: "critical",
    reason: "semantic:destructive_command",
    names: ["rm"],
    // Lifting the safeguard for / is flagged even when each file would be confirmed.
    check: (inv, all) => inv.args.includes("--no-preserve-root") || recursiveRootDelete(inv, all),
    examples: {
      positive: ["rm -rf /", "sudo rm -rf /*", "rm -fr / --no-preserve-root", "rm -ri / --no-preserve-root", "/bin/rm -R -f //", "r\\m -rf /", '"r""m" -rf /', "$'\\x72\\x6d' -rf /"],
      negative: ["rm -rf ./build", "rm -rf /tmp/cache-123", "rm /", "rm -ri /"],
    },
  },
  {
    id: "rm-recursive-home",
    description: "recursive delete of a home directory or its keys, configs and documents",
    severity: "critical",
    reason: "semantic:destructive_command",
    names: ["rm"],
    check: unlessConfirmed((inv) => {
      const classes = targetClasses(rmTargets(inv.args));
      if (classes.has("home")) return isRecursive(inv.args);
      return classes.has("home-sensitive") && isRecursive(inv.args);
    }),
    examples: {
      positive: ["rm -rf ~", "rm -rif ~", "rm -rI ~", "yes | rm -ri ~", "rm -ri ~ < answers.txt", "rm -ri --force ~", "rm -rf ~/.ssh", "rm -rf ~/.ssh/*", "rm -rf ~/.ssh/id_ed25519", 'rm -rf "$HOME"', "rm -rf ${HOME}/*", "rm -r ~/.aws", "rm -rf /home/alice", "rm -rf ~/Documents", "x=rm; $x -rf ~/.gnupg"],
      negative: ["rm -rf ~/projects/app/node_modules", "rm -rf ~/.cache/pip", "rm ~/notes.txt", "rm -rf ~/.ssh/known_hosts", "rm -rfi ~", "rm -r --interactive ~/.ssh"],
    },
  },
  {
    id: "rm-recursive-system",
    description: "recursive delete of a system tree",
    severity: "critical",
    reason: "semantic:destructive_command",
    names: ["rm"],
    check: unlessConfirmed((inv) => {
      if (!isRecursive(inv.args)) return false;
      const classes = targetClasses(rmTargets(inv.args));
      if (classes.has("system")) return true;
      return classes.has("system-file") || classes.has("service-data") ? "high" : false;
    }),
    examples: {
      positive: ["rm -rf /etc", "rm -rf /usr/", "sudo rm -r /var", "rm -rf /boot/grub", "rm -rf /var/lib/postgresql", "rm -rf /var/lib/postgresql/data", "sudo rm -rf /var/lib/docker/volumes/*", "rm -rf /srv/git/platform.git", "rm -rf /mnt/backup/restic-repo"],
      negative: ["rm -rf /var/tmp/build-42", "rm -rf /opt/myapp/cache", "rm -rf /var/lib/apt/lists/*", "sudo rm /var/lib/mongodb/mongod.lock", "rm -rf ./backups/old"],
    },
  },
  {
    id: "rm-sensitive-file",
    description: "delete of a system file or a secret key",
    severity: "high",
    reason: "semantic:destructive_command",
    names: ["rm", "shred", "unlink", "truncate"],
    check: unlessConfirmed((inv) => {
      const targets = rmTargets(inv.args);
      if (targets.some((t) => CRITICAL_FILES.test(t))) return true;
      if (!isRecursive(inv.args) && targets.some((t) => isSecretFile(t) || persistenceTarget(t) !== undefined)) return true;
      // Other files under /etc or /var/lib: routine administration, but worth a look.
      return targetClasses(targets).has("system-file") ? "medium" : false;
    }),
    examples: {
      positive: ["rm /etc/passwd", "sudo truncate -s 0 /etc/passwd /etc/shadow", "rm -f ~/.ssh/id_rsa", "unlink /etc/shadow", "shred -u ~/.ssh/id_ed25519", "rm /usr/bin/sudo"],
      negative: ["rm notes.txt", "rm -f /tmp/lock", "rm ~/.ssh/known_hosts.old.bak.tmp-x"],
    },
  },
  {
    id: "rm-recursive-cwd",
    description: "recursive forced delete of everything in the working directory",
    severity: "medium",
    reason: "semantic:destructive_command",
    names: ["rm"],
    check: unlessConfirmed((inv) => isRecursive(inv.args) && hasFlag(inv.args, "f", ["--force"]) && targetClasses(rmTargets(inv.args)).has("cwd")),
    examples: {
      positive: ["rm -rf *", "rm -rf .", "rm -rf ./*", "rm -rf .."],
      negative: ["rm -rf dist", "rm -f *.o", "rm -r ./tmp"],
    },
  },
  {
    id: "rm-variable-root",
    description: "recursive delete of $VAR/ or $VAR/*: if the variable is empty or unset, that is / (use ${VAR:?})",
    severity: "medium",
    reason: "semantic:destructive_command",
    names: ["rm"],
    check: unlessConfirmed((inv) => {
      if (!isRecursive(inv.args)) return false;
      const raw = rawWords(inv).slice(1);
      return rmTargets(inv.args).some((t) => {
        const m = /^\$([A-Za-z_][A-Za-z0-9_]*)\/\*?$/.exec(t);
        if (!m || WELL_KNOWN_VARS.has(m[1] as string)) return false;
        // `${VAR:?}` stops the shell when VAR is empty: the author has guarded it.
        return !raw.some((w) => w.includes(`${m[1]}:?`));
      });
    }),
    examples: {
      positive: ['rm -rf "$BUILD_DIR"/*', "rm -rf $STEAMROOT/", "sudo rm -rf ${PREFIX}/*"],
      negative: ['rm -rf "${BUILD_DIR:?}"/*', 'rm -rf "$BUILD_DIR/out"', "rm -rf $HOME/tmp/cache", 'rm -f "$TMP"/*.log'],
    },
  },
  {
    id: "find-delete-broad",
    description: "find that deletes under /, a home directory or a system tree",
    severity: "critical",
    reason: "semantic:destructive_command",
    names: ["find"],
    check: (inv) => {
      const firstOption = inv.args.findIndex((a) => a.startsWith("-") || a === "(" || a === "!");
      const starts = inv.args.slice(0, firstOption === -1 ? inv.args.length : firstOption);
      const classes = targetClasses(starts);
      const broad = classes.has("root") || classes.has("home") || classes.has("system") || classes.has("home-sensitive");
      if (!broad) return false;
      if (!findDeletesUnasked(inv)) return false;
      // A filter (-name '*.tmp', -mtime +30) makes it a clean-up, not a wipe: review it under
      // the root or system trees, let it through in a home directory.
      const widened = widensFind(inv.args);
      if (!widened && onlyJunkNamed(inv.args)) return false;
      const filtered = !widened && inv.args.some((a) => FIND_FILTERS.has(a));
      if (!filtered) return true;
      return classes.has("root") || classes.has("system") ? "medium" : false;
    },
    examples: {
      positive: ["find / -delete", "find / -ok rm {} \\; -delete", "yes | find / -ok rm {} \\;", "find / -name '*.zip' -exec rm -i -f {} \\;", "yes | find / -exec rm -i {} +", "find / -size 0 -ok ls {} \\; -exec rm {} \\;", "find ~ -type f -exec rm -f {} \\;", "find /etc -name '*.conf' -delete", "find $HOME -mindepth 1 -exec rm -rf {} +", "find / -name '*.pyc' -o -name '*' -delete", "find / ! -name '*.bak' -delete", "find ~ \\( -name '*.o' -o -true \\) -delete", "find ~ \\( -name '*.o' -o \\( -type f \\) \\) -delete"],
      negative: ["find . -name '*.pyc' -delete", "find /tmp -mtime +7 -delete", "find / -name '*.log' -print", "find ~/projects/x -name node_modules -prune", "find ~ -name '*.tmp' -delete", "find $HOME -name .DS_Store -delete", "find / -name '*.pyc' -delete", "find /usr -name '*~' -exec rm {} \\;", "find $HOME \\( -name a.out -o -name '*.o' \\) -atime +7 -exec rm {} \\;", "find / -nouser -ok rm {} \\;", "find / -name '*.zip' -exec rm -i {} \\;", "find ~ -okdir rm -rf {} +"],
    },
  },
  {
    id: "move-to-void",
    description: "moving a home, system tree or the root into /dev/null or away",
    severity: "critical",
    reason: "semantic:destructive_command",
    names: ["mv"],
    check: (inv) => {
      const ops = operands(inv.args);
      const dest = ops[ops.length - 1];
      if (ops.length < 2 || dest === undefined) return false;
      const sources = targetClasses(ops.slice(0, -1));
      if (dest === "/dev/null" || sources.has("root") || sources.has("home") || sources.has("system")) return true;
      // Moving /etc/passwd or /usr/bin/sudo aside breaks logins and commands as surely as deleting it.
      return ops.slice(0, -1).some((t) => /^\/(?:etc|boot)\//.test(t) && CRITICAL_FILES.test(t)) ? "high" : false;
    },
    examples: {
      positive: ["mv ~ /dev/null", "mv /etc /tmp/x", "sudo mv /etc/passwd /etc/passwd.bak", "mv ~/.ssh /dev/null", "mv /* /tmp/trash"],
      negative: ["mv a.txt b.txt", "mv build/ dist/", "sudo mv /usr/bin/php /usr/bin/~php", "mv ~/Downloads/file.zip ~/archive/"],
    },
  },
  {
    id: "windows-recursive-delete",
    description: "PowerShell or cmd recursive delete of a drive, the Windows tree or a profile",
    severity: "critical",
    reason: "semantic:destructive_command",
    names: ["remove-item", "ri", "rm", "del", "erase", "rd", "rmdir", "rimraf"],
    check: (inv) => {
      const unixRm = lower(inv) === "rm";
      // Unix rm is only judged here with a Windows-style recursion flag (`rm -Recurse`, `rm /s`).
      if (unixRm && !inv.args.some((a) => /^(?:-recurse|\/s)$/i.test(a))) return false;
      // `\` is a path separator here, not an escape: read the raw words.
      const raw = rawWords(inv).slice(1);
      const recursive = raw.some((a) => /^(?:-recurse|\/s)$/i.test(a) || (!unixRm && /^-r$/i.test(a)));
      if (!recursive) return false;
      const targets = raw.filter((a) => !/^(?:-|\/[a-z]$)/i.test(a)).map((a) => a.replace(/^["']|["']$/g, ""));
      const classes = targetClasses(targets);
      return classes.has("windows-root") || (!unixRm && (classes.has("root") || classes.has("home")));
    },
    examples: {
      positive: ["Remove-Item -Recurse -Force C:\\", "rd /s /q C:\\", "del /s /q C:\\*", "Remove-Item -Path $env:USERPROFILE -Recurse -Force", "rmdir /s /q C:\\Windows"],
      negative: ["Remove-Item -Recurse -Force .\\build", "rd /s /q node_modules", "del /q temp.txt"],
    },
  },
];
