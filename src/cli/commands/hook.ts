// `bulwark hook [agent]`: one agent hook event on stdin, the answer in that agent's protocol.
import { BulwarkError } from "../../errors.js";
import { answerHook, isHookAgent, HOOK_AGENTS } from "../../hooks/index.js";
import { unjudged } from "../../hooks/answer.js";
import { prepareHookPolicy } from "../../hooks/flow.js";
import { readAll, type CliIo } from "../io.js";
import { safeLine } from "../report-error.js";

export interface HookFlags {
  fail?: "closed" | "open";
  maxBytes: number;
}

export async function hookCommand(io: CliIo, agent: string | undefined, opts: HookFlags): Promise<number> {
  if (agent !== undefined && !isHookAgent(agent)) throw new BulwarkError("usage", `hook: unknown agent ${JSON.stringify(agent)}; supported: ${HOOK_AGENTS.join(", ")}`);
  let answer;
  try {
    await prepareHookPolicy(io.env);
    answer = answerHook(agent, await readAll(io.stdin, opts.maxBytes), { fail: opts.fail });
  } catch (err) {
    if (!(err instanceof BulwarkError)) throw err;
    answer = unjudged(agent ?? "hook", "pre", { fail: opts.fail }, await safeLine(err.message));
  }
  if (answer.warning) io.stderr.write(`${answer.warning}\n`);
  if (answer.output) io.stdout.write(`${JSON.stringify(answer.output)}\n`);
  return answer.exitCode ?? 0;
}
