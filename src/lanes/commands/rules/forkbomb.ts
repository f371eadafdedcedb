// Fork bombs: a function that starts itself more than once, or an interpreter told to fork forever.
import type { CommandRule, ScriptRule } from "../rule.js";

export const forkBombScriptRule: ScriptRule = {
  id: "fork-bomb",
  description: "fork bomb: a function that calls itself twice (e.g. :(){ :|:& };:)",
  severity: "critical",
  reason: "semantic:destructive_command",
  check(all) {
    for (const [name, body] of all.functions) {
      const selfCalls = body.filter((inv) => inv.name === name).length;
      if (selfCalls < 2) continue;
      const call = all.invocations.find((inv) => inv.name === name);
      if (call) return call;
    }
    return undefined;
  },
  examples: {
    positive: [":(){ :|:& };:", "bomb() { bomb | bomb & }; bomb", "f(){ f&f; }; f"],
    negative: ["greet() { echo hi; }; greet", "fib() { fib; }; echo none"],
  },
};

export const forkBombInlineRule: CommandRule = {
  id: "fork-bomb-inline",
  description: "interpreter one-liner that forks forever",
  severity: "critical",
  reason: "semantic:destructive_command",
  names: ["perl", "python", "python3", "ruby", "php", "node"],
  check: (inv) => {
    const code = inv.args.join(" ");
    return /fork\s*while\s*fork|while\s*(?:true|1|\(1\))\s*[:{;]?\s*(?:os\.)?fork\(|loop\s*\{\s*fork/i.test(code);
  },
  examples: {
    positive: ["perl -e 'fork while fork'", "python3 -c 'import os\nwhile True: os.fork()'", "ruby -e 'loop { fork }'"],
    negative: ["perl -e 'print 1'", "python3 -c 'import os; os.fork()'"],
  },
};
