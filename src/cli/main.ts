#!/usr/bin/env node
// The bulwark executable: wires the process's streams to the CLI and exits with its code.
// A plain hook event (what `bulwark install` writes) skips the argument parser: see fast-hook.ts.
import type { CliIo } from "./io.js";
import { plainHookArgs } from "./fast-hook.js";

process.stdout.on("error", (err: NodeJS.ErrnoException) => {
  // A reader that went away (`bulwark inspect | head`) is not a failure.
  if (err.code === "EPIPE") process.exit(process.exitCode ?? 0);
  throw err;
});

const io: CliIo = { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr, env: process.env };
const argv = process.argv.slice(2);
const hook = plainHookArgs(argv);

async function plainHook(args: NonNullable<typeof hook>): Promise<number> {
  try {
    return await (await import("./commands/hook.js")).hookCommand(io, args.agent, args.flags);
  } catch (err) {
    return (await import("./report-error.js")).reportError(err, io);
  }
}

process.exitCode = hook ? await plainHook(hook) : await (await import("./run.js")).run(argv, io);
// Nothing more will be read: a proxy whose server exited must not wait for its client's EOF.
process.stdin.destroy();
