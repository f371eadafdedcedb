// Generated parts of the docs: `npm run eval` and `npm run bench` write their tables between
// `<!-- NAME:start -->` and `<!-- NAME:end -->` markers, dated by the commit they measured.
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

export const PROJECT = join(dirname(fileURLToPath(import.meta.url)), "..");

/** `abc1234 (2026-12-04)`, or `uncommitted` outside a git checkout; `+` marks local changes. */
export function measuredAt(): string {
  try {
    const git = (...args: string[]) => execFileSync("git", args, { cwd: PROJECT, encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim();
    const [hash, date] = git("log", "-1", "--format=%h %cs").split(" ");
    const dirty = git("status", "--porcelain", "--untracked-files=no", "--", "src", "models").length > 0;
    return `${hash}${dirty ? "+" : ""} (${date})`;
  } catch {
    return "uncommitted";
  }
}

/** Replaces the block NAME in FILE (relative to the project) with BODY; false when FILE has no such block. */
export function writeBlock(file: string, name: string, body: string): boolean {
  const path = join(PROJECT, file);
  if (!existsSync(path)) return false;
  const text = readFileSync(path, "utf8");
  const start = `<!-- ${name}:start -->`;
  const end = `<!-- ${name}:end -->`;
  const a = text.indexOf(start);
  const b = text.indexOf(end);
  if (a < 0 || b < a) return false;
  writeFileSync(path, `${text.slice(0, a + start.length)}\n${body.trim()}\n${text.slice(b)}`);
  return true;
}
