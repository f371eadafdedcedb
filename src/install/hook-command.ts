// The shell command an agent runs for Bulwark's hook: absolute paths to this node and this CLI
// (agents start hooks with a reduced PATH and their own cwd, and `npx` costs a second a call),
// and a mark so `install` and `doctor` know the entry is Bulwark's.

/** Ends every command `bulwark install` writes; `bulwark hook` accepts and ignores it. */
export const INSTALL_MARK = "--installed";

/** POSIX shell quoting: agents run hook commands through `sh -c` (or bash). */
export function shellQuote(word: string): string {
  return /^[A-Za-z0-9_./:=@%+-]+$/.test(word) ? word : `'${word.replace(/'/g, `'\\''`)}'`;
}

export function hookCommand(bulwark: readonly string[], agent: string): string {
  return [...bulwark, "hook", agent, INSTALL_MARK].map(shellQuote).join(" ");
}

/**
 * A command string Bulwark's installer wrote for this agent, also after a user added flags to it
 * (`… hook cursor --installed --fail open`, as AGENTS.md allows): `hook AGENT` and the mark.
 */
export function isOurCommand(command: unknown, agent: string): command is string {
  if (typeof command !== "string" || !command.includes(` hook ${agent}`)) return false;
  const words = commandWords(command);
  const at = words.indexOf("hook");
  return at >= 0 && words[at + 1] === agent && words.includes(INSTALL_MARK);
}

/** The words of a command we wrote (undoing shellQuote), to check its paths still exist. */
export function commandWords(command: string): string[] {
  const words: string[] = [];
  const re = /'((?:[^']|'\\'')*)'|(\S+)/g;
  for (let m = re.exec(command); m; m = re.exec(command)) words.push(m[1] !== undefined ? m[1].replace(/'\\''/g, "'") : (m[2] as string));
  return words;
}
