// Runs the built CLI as a user would: a real process, stdin in, stdout/stderr/exit code out.
import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";

// The bin users run (package.json "bin"): the bundled CLI.
export const CLI = fileURLToPath(new URL("../../dist/bundle/main.js", import.meta.url));

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** `cli` is the entry point to run: the built one unless a test runs a copy of the package. */
export function runCli(args: string[], input: string | Buffer = "", env: NodeJS.ProcessEnv = {}, cli = CLI): Promise<CliResult> {
  return runNode([cli, ...args], input, env);
}

/** `npm run train`'s entry point, run from its TypeScript source as the npm script does. */
export const TRAIN_SCRIPT = fileURLToPath(new URL("../../training/main.ts", import.meta.url));

/** A development script (training/, eval/, bench/) run from source through tsx. */
export function runScript(script: string, args: string[]): Promise<CliResult> {
  return runNode(["--import", "tsx", script, ...args], "", {});
}

function runNode(argv: string[], input: string | Buffer, env: NodeJS.ProcessEnv): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, argv, { env: { ...process.env, ...env } });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on("data", (d: Buffer) => out.push(d));
    child.stderr.on("data", (d: Buffer) => err.push(d));
    child.on("error", reject);
    child.on("close", (code) =>
      resolve({ code, stdout: Buffer.concat(out).toString("utf8"), stderr: Buffer.concat(err).toString("utf8") }),
    );
    child.stdin.on("error", () => undefined); // the CLI may refuse input before reading it all
    child.stdin.end(input);
  });
}
