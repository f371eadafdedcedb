// BULWARK_HOME: where pins, audit logs and feedback live (default ~/.bulwark).
import { mkdirSync } from "node:fs";
import { homedir } from "node:os";
import { join } from "node:path";

/** The folder; created (owner-only) when `create` is set, so merely reading creates nothing. */
export function bulwarkHome(env: NodeJS.ProcessEnv = process.env, create = true): string {
  const dir = env.BULWARK_HOME && env.BULWARK_HOME.trim() !== "" ? env.BULWARK_HOME : join(homedir(), ".bulwark");
  if (create) mkdirSync(dir, { recursive: true, mode: 0o700 });
  return dir;
}
