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

/** Names of throwaway environments and data: deleting these is routine ("kubectl delete deploy api -n dev", "dropdb app_test", "terraform -chdir=envs/pr-1423 destroy"). */
const THROWAWAY = /(?:^|[-_/.=:])(?:dev|develop|development|test|tests|testing|tmp|temp|scratch|sandbox|local|ci|preview|review|e2e|playground|demo|cache|example|pr-?\d+)(?:[-_/.:]|$)/i;
/** Names that say the data matters, whatever else the name says. */
const PRODUCTION = /(?:^|[-_/.=:])(?:prod|production|live|main|master|primary|backups?|archive|customers?|billing|payments?)(?:[-_/.:]|$)/i;

/** The words of a command's arguments (an SQL string or a URL holds several names). */
function wordsOf(args: readonly string[]): string[] {
  return args.flatMap((a) => a.split(/[\s;,'"`()]+/)).filter(Boolean);
}

/** Some named target is a throwaway one, and none is production. */
export const throwaway = (args: readonly string[]): boolean => {
  const words = wordsOf(args);
  return words.some((x) => THROWAWAY.test(x)) && !words.some((x) => PRODUCTION.test(x));
};
