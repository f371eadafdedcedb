// The hook command without the argument parser: an agent starts `bulwark hook …` once per event,
// and loading commander costs more than judging a short command. Only the argument lists
// `bulwark install` writes (and their plain variants) take this path; anything else (help, a
// typo, an unknown flag) goes through the full CLI and gets its usual answer.
import { DEFAULT_MAX_BYTES } from "./io.js";
import type { HookFlags } from "./commands/hook.js";

const AGENTS: ReadonlySet<string> = new Set(["claude-code", "cursor", "gemini", "codex"]);
const WHOLE = /^[1-9][0-9]{0,15}$/;

/** `{agent, flags}` when argv is a plain hook invocation, else undefined. */
export function plainHookArgs(argv: readonly string[]): { agent: string | undefined; flags: HookFlags } | undefined {
  if (argv[0] !== "hook") return undefined;
  let agent: string | undefined;
  const flags: HookFlags = { maxBytes: DEFAULT_MAX_BYTES };
  for (let i = 1; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === "--installed") continue;
    if (arg === "--fail" || arg === "--max-bytes") {
      const value = argv[++i];
      if (value === undefined) return undefined;
      if (!setFlag(flags, arg, value)) return undefined;
      continue;
    }
    const eq = /^(--fail|--max-bytes)=(.*)$/.exec(arg);
    if (eq) {
      if (!setFlag(flags, eq[1] as string, eq[2] as string)) return undefined;
      continue;
    }
    if (agent === undefined && AGENTS.has(arg)) {
      agent = arg;
      continue;
    }
    return undefined;
  }
  return { agent, flags };
}

function setFlag(flags: HookFlags, name: string, value: string): boolean {
  if (name === "--fail") {
    if (value !== "closed" && value !== "open") return false;
    flags.fail = value;
    return true;
  }
  if (!WHOLE.test(value) || !Number.isSafeInteger(Number(value))) return false;
  flags.maxBytes = Number(value);
  return true;
}
