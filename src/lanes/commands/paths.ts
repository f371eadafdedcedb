// What a path argument points at, after quoting is gone: the whole disk, a home directory,
// system trees, secrets, devices, or an ordinary project path.

export type PathClass =
  | "root" // `/`, `/*`
  | "home" // `~`, `$HOME`, `~/*`, `/home`, `/Users`, `/root`
  | "system" // a top-level system tree: /etc, /usr, /bin, /var …
  | "system-file" // inside a critical system tree: /etc/passwd, /boot/…, /usr/bin/…
  | "service-data" // what a service keeps: /var/lib/postgresql/data, /srv/git/app.git, /mnt/backup/…
  | "home-sensitive" // ~/.ssh, ~/.aws, ~/.gnupg, ~/.config, ~/Documents …
  | "cwd" // `.`, `*`, `./*`, `..`
  | "device" // /dev/sda, /dev/nvme0n1 …
  | "windows-root" // C:\, C:/, %SystemRoot%, $env:USERPROFILE
  | "other";

const SYSTEM_TOP = new Set([
  "bin", "boot", "dev", "etc", "home", "lib", "lib32", "lib64", "libx32", "opt", "proc", "root", "sbin", "snap",
  "srv", "sys", "usr", "var", "System", "Library", "Applications", "Users", "Volumes", "private",
]);
/** Trees where deleting or overwriting any file breaks the machine or its security. */
const CRITICAL_TREES = ["/etc/", "/boot/", "/bin/", "/sbin/", "/usr/bin/", "/usr/sbin/", "/usr/lib/", "/lib/", "/lib64/", "/var/lib/", "/System/"];
const HOME_SENSITIVE = new Set([
  ".ssh", ".aws", ".gnupg", ".gpg", ".config", ".kube", ".docker", ".azure", ".gcloud", ".local", ".npmrc", ".pypirc",
  ".netrc", ".git-credentials", ".bash_history", ".zsh_history", ".bashrc", ".zshrc", ".profile", ".bash_profile",
  ".password-store", ".mozilla", "Documents", "Desktop", "Pictures", "Downloads", "Library", "Mail", "Music", "Videos",
  "Projects", "projects", "src", "code", "work", "git", ".git", ".vscode", ".cursor", ".claude",
]);

/** Inside these, any path is sensitive, not only the folder itself. */
const SECRET_DIRS = new Set([".ssh", ".aws", ".gnupg", ".gpg", ".kube", ".docker", ".password-store", ".azure"]);

/** `$HOME`, `${HOME}`, `~user`, `/root`, `/home/x`, `/Users/x` → `~`-relative form when possible. */
export function homeRelative(path: string): string | undefined {
  for (const prefix of ["$HOME", "~"]) {
    if (path === prefix) return "";
    if (path.startsWith(`${prefix}/`)) return path.slice(prefix.length + 1);
  }
  const m = /^(?:\/home\/[^/]+|\/Users\/[^/]+|\/root|~[A-Za-z0-9_.-]+)(?:\/(.*))?$/.exec(path);
  if (m) return m[1] ?? "";
  return undefined;
}

function stripTrailing(path: string): string {
  let p = path;
  while (p.length > 1 && (p.endsWith("/") || p.endsWith("/."))) p = p.endsWith("/.") ? p.slice(0, -2) : p.slice(0, -1);
  return p;
}

/** Small bounded memo: the same few paths are classified by several rules per command. */
function memo<T>(fn: (path: string) => T): (path: string) => T {
  const cache = new Map<string, T>();
  return (path: string) => {
    let value = cache.get(path);
    if (value === undefined && !cache.has(path)) {
      if (cache.size >= 512) cache.clear();
      value = fn(path);
      cache.set(path, value);
    }
    return value as T;
  };
}

export const classifyPath = memo(classifyPathUncached);

function classifyPathUncached(raw: string): PathClass {
  const path = stripTrailing(raw.trim().replace(/\/{2,}/g, "/"));
  if (path === "") return "other";
  if (path === "/" || path === "/*" || path === "/.*" || path === "/..") return "root";
  if (/^[A-Za-z]:[\\/]?(?:\*(?:\.\*)?)?$/.test(path) || /^(?:%(?:SystemDrive|SystemRoot|USERPROFILE|HOMEDRIVE)%|\$env:(?:SystemDrive|SystemRoot|USERPROFILE|HOMEPATH)|[A-Za-z]:[\\/](?:Windows|Users|Program Files)[\\/]?(?:\*(?:\.\*)?)?)$/i.test(path)) {
    return "windows-root";
  }
  if (/^\/dev\/(?:sd[a-z]|hd[a-z]|vd[a-z]|xvd[a-z]|nvme\d|mmcblk\d|disk\d|mapper\/|md\d|dm-\d|loop\d|rdisk\d)/.test(path)) return "device";
  if (path === "." || path === ".." || path === "*" || path === "./*" || path === ".*" || path === "./.*" || path === "../*") return "cwd";
  const home = homeRelative(path);
  if (home !== undefined) {
    if (home === "" || home === "*" || home === ".*" || home === "./*") return "home";
    const parts = home.split("/");
    const first = parts[0] as string;
    const whole = parts.length === 1 || (parts.length === 2 && (parts[1] === "*" || parts[1] === ".*"));
    if (whole && HOME_SENSITIVE.has(first)) return "home-sensitive";
    // Inside ~/.ssh and friends: the keys themselves, or everything at once.
    if (SECRET_DIRS.has(first) && (parts.length === 1 || parts[parts.length - 1] === "*" || isSecretFile(path))) return "home-sensitive";
    return "other";
  }
  if (path.startsWith("/")) {
    const parts = path.slice(1).split("/");
    const top = parts[0] as string;
    if (SYSTEM_TOP.has(top) && (parts.length === 1 || (parts.length === 2 && (parts[1] === "*" || parts[1] === ".*")))) {
      return top === "home" || top === "Users" || top === "root" ? "home" : "system";
    }
    // /var/lib/<service> holds databases and volumes, at any depth; apt's lists are a cache.
    if (top === "var" && parts[1] === "lib" && parts.length >= 3) {
      if (parts[2] === "apt") return "other";
      if (parts.length === 3) return parts[2] === "*" ? "system" : "system-file";
      return "service-data";
    }
    // Served data (/srv/git/app.git) and backups (/mnt/backup/…, /var/backups) are not caches either.
    if (top === "srv" || parts.slice(0, -1).some((p) => /^(?:backups?|restic[\w-]*|borg[\w-]*)$/i.test(p)) || /^(?:backups?|restic[\w-]*|borg[\w-]*)$/i.test(parts[parts.length - 1] ?? "")) return "service-data";
    if (CRITICAL_TREES.some((tree) => `${path}/`.startsWith(tree))) return "system-file";
  }
  return "other";
}

/** Files whose reading is credential access: keys, cloud credentials, password hashes, env files. */
export const isSecretFile = memo(isSecretFileUncached);

function isSecretFileUncached(raw: string): boolean {
  const path = raw.trim();
  const home = homeRelative(path) ?? path.replace(/^\.\//, "");
  if (/(?:^|\/)\.ssh\/(?:id_[a-z0-9_]+|[^/]*_key|identity)(?!\.pub)$/.test(home) || /(?:^|\/)id_(?:rsa|dsa|ecdsa|ed25519)$/.test(home)) return true;
  if (/(?:^|\/)\.aws\/(?:credentials|config)$/.test(home)) return true;
  // The folders that hold keys, taken whole (`tar cz ~/.ssh`).
  if (/^\.(?:ssh|aws|gnupg|kube|docker|password-store|azure)\/?\*?$/.test(home) && homeRelative(path) !== undefined) return true;
  if (/(?:^|\/)\.(?:netrc|git-credentials|npmrc|pypirc|pgpass|my\.cnf)$/.test(home)) return true;
  if (/(?:^|\/)\.(?:kube\/config|docker\/config\.json|config\/gcloud\/[^ ]*credentials[^ ]*\.json|azure\/[^ ]*token[^ ]*)$/.test(home)) return true;
  if (/(?:^|\/)\.gnupg(?:\/|$)/.test(home) || /(?:^|\/)\.password-store(?:\/|$)/.test(home)) return true;
  if (/^\/etc\/(?:shadow|gshadow|sudoers|master\.passwd)$/.test(path)) return true;
  if (/(?:^|\/)\.env(?:\.[A-Za-z0-9_-]+)?$/.test(home) && !/\.env\.(?:example|sample|template|dist)$/.test(home)) return true;
  if (/\.(?:pem|key|p12|pfx|jks|keystore)$/.test(home) && !/(?:^|\/)(?:cert|ca|public|pub)[^/]*$/.test(home)) return true;
  if (/^\/proc\/(?:self|\d+)\/environ$/.test(path)) return true;
  // Browsers' saved passwords, cookies and keys (Chrome, Chromium, Brave, Edge; Firefox), and keychains.
  if (/(?:google-chrome|chromium|BraveSoftware\/Brave-Browser|microsoft-edge|Google\/Chrome|Microsoft Edge)\/[^/]+\/(?:Login Data|Cookies|Web Data)$|(?:google-chrome|chromium|Google\/Chrome)\/Local State$/.test(home)) return true;
  if (/\.mozilla\/firefox\/[^/]+\/(?:logins\.json|key[34]\.db|cookies\.sqlite)$|Firefox\/Profiles\/[^/]+\/(?:logins\.json|key[34]\.db|cookies\.sqlite)$/.test(home)) return true;
  if (/^Library\/Keychains(?:\/|$)/.test(home)) return true;
  return /(?:^|\/)(?:credentials|secrets?)\.(?:json|ya?ml|toml|txt)$/.test(home);
}

/** Files that run code at login, on a schedule, or on every shell start: persistence. */
export const persistenceTarget = memo(persistenceTargetUncached);

function persistenceTargetUncached(raw: string): string | undefined {
  const path = raw.trim();
  const home = homeRelative(path);
  if (home !== undefined) {
    if (/^\.ssh\/authorized_keys2?$/.test(home)) return "authorized_keys";
    if (/^\.(?:bashrc|bash_profile|bash_login|profile|zshrc|zprofile|zshenv|zlogin|kshrc|cshrc|tcshrc|config\/fish\/config\.fish)$/.test(home)) return "shell rc file";
    if (/^\.config\/(?:systemd\/user|autostart)\//.test(home)) return "user service";
    if (/^Library\/LaunchAgents\//.test(home)) return "launch agent";
  }
  if (/^\/etc\/(?:profile|bash\.bashrc|zshrc|zsh\/zshrc|environment|rc\.local|ld\.so\.preload)$/.test(path) || path.startsWith("/etc/profile.d/")) return "system shell startup";
  if (/^\/etc\/(?:cron\.|crontab)|^\/var\/spool\/cron/.test(path)) return "cron";
  if (/^\/(?:etc|lib|usr\/lib)\/systemd\/system\//.test(path) || path.startsWith("/etc/init.d/")) return "system service";
  if (/^\/etc\/sudoers(?:\.d\/|$)/.test(path)) return "sudoers";
  if (/^\/(?:Library|System\/Library)\/Launch(?:Agents|Daemons)\//.test(path)) return "launch daemon";
  if (/(?:^|\/)\.git\/hooks\/[^/]+$/.test(path)) return "git hook";
  if (/^\/etc\/(?:passwd|shadow|group)$/.test(path)) return "account database";
  return undefined;
}
