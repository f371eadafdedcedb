// Small readers of a command's arguments, shared by the rule tables.

/** The words appear in this order among the arguments (other arguments may sit between). */
export function sub(args: readonly string[], ...words: string[]): boolean {
  let from = 0;
  for (const w of words) {
    const at = args.indexOf(w, from);
    if (at < 0) return false;
    from = at + 1;
  }
  return true;
}

/** One of these exact arguments is present. */
export const has = (args: readonly string[], ...flags: string[]): boolean => args.some((a) => flags.includes(a));
