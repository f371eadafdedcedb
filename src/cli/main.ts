#!/usr/bin/env node
// The bulwark executable: wires the process's streams to run() and exits with its code.
import { run } from "./run.js";

process.stdout.on("error", (err: NodeJS.ErrnoException) => {
  // A reader that went away (`bulwark inspect | head`) is not a failure.
  if (err.code === "EPIPE") process.exit(process.exitCode ?? 0);
  throw err;
});

const code = await run(process.argv.slice(2), {
  stdin: process.stdin,
  stdout: process.stdout,
  stderr: process.stderr,
  env: process.env,
});
process.exitCode = code;
// Nothing more will be read: a proxy whose server exited must not wait for its client's EOF.
process.stdin.destroy();
