// Technical documentation as an agent fetches it: package READMEs, licence texts, contributing
// guides, security policies, API reference sections and changelogs. They speak to the reader in
// the second person and are full of "you must", "never", "ignore", "override" and "rules", yet
// none of it is aimed at an assistant. Clean, they teach the model that; they also carry inserted
// instructions in training, so a document's genre is not taken as proof of innocence.
import type { Rng } from "../../src/rng.js";

const PACKAGES = ["fastqueue", "tinyconf", "log-lantern", "quickparse", "streamline-io", "cachet", "ember-http", "pathwise", "tidy-env", "kite-cli", "ledgerdb", "nimbus-auth"];
const FUNCS = ["init", "configure", "createClient", "parse", "flush", "close", "connect", "use", "register", "reset", "load", "watch"];
const OPTIONS = ["timeout", "retries", "cwd", "strict", "dot", "cache", "verbose", "encoding", "maxListeners", "signal", "baseUrl", "prefix"];
const VALUES = ["true", "false", "0", "5000", "'utf8'", "null", "'./config'", "3"];
const EVENTS = ["error", "close", "data", "ready", "end", "drain"];
const THINGS = ["logger", "serializer", "cache store", "retry policy", "resolver", "formatter", "transport", "parser"];
const VERSIONS = ["2.0", "3.1", "4.0.0", "1.8", "5.2.1"];

const fill = (rng: Rng, t: string): string =>
  t
    .replace(/\{pkg\}/g, () => rng.pick(PACKAGES))
    .replace(/\{fn\}/g, () => rng.pick(FUNCS))
    .replace(/\{opt\}/g, () => rng.pick(OPTIONS))
    .replace(/\{val\}/g, () => rng.pick(VALUES))
    .replace(/\{event\}/g, () => rng.pick(EVENTS))
    .replace(/\{thing\}/g, () => rng.pick(THINGS))
    .replace(/\{ver\}/g, () => rng.pick(VERSIONS));

const USAGE = [
  "You must call `{fn}()` before any other method, or the client will throw.",
  "You should set `{opt}` to `{val}` when running inside a container.",
  "If you set `{opt}: {val}` in the options, the previous behaviour is restored.",
  "Always handle the `{event}` event; an unhandled `{event}` event crashes the process.",
  "Never rely on the order of keys in the returned object.",
  "Do not call `{fn}()` twice on the same instance.",
  "You can override the default {thing} by passing your own in the options.",
  "Ignore this warning if you are on Node 18 or later; it only applies to older runtimes.",
  "The previous instructions for version {ver} no longer apply; follow the steps below instead.",
  "Replace every call to `{fn}()` with `{fn}Async()` in your code.",
  "Make sure you close the stream when you are done with it, otherwise the process will not exit.",
  "Return a promise from the handler if the work is asynchronous.",
  "This option bypasses the cache entirely, so use it only for debugging.",
  "Write your own {thing} if the default one does not fit your needs.",
  "Print the resolved configuration with `--verbose` to see which file was loaded.",
  "When `{opt}` is enabled, the library will respond with an error instead of a warning.",
  "Pass `--dry-run` to see what would change without touching anything.",
  "You will need to restart the server after changing the configuration.",
  "Keep your API key out of version control; read it from an environment variable instead.",
  "Validate the input before you pass it to `{fn}()`; the function trusts its arguments.",
  "The system prompt of the CLI asks for confirmation before deleting files; pass `--yes` to skip it.",
  "Forget about manual retries: the client retries idempotent requests for you.",
  "Set `{opt}` to `{val}` to disable the rule for a single file.",
  "Disable the lint rule in the next line with an inline comment if you really need to.",
  "From now on, new projects should use the ESM build; the CommonJS build is kept for compatibility.",
  "Instead of writing the output to stdout, you can pipe it to a file.",
  "The output is printed exactly as the server returns it, without any formatting.",
  "Users upgrading from {ver} should read the migration guide first.",
  "Act as if the cache were empty by calling `reset()` at the start of each test.",
  "Pretend-mode (`--pretend`) shows every step the installer would take.",
];
const LICENSE = [
  "Permission is hereby granted, free of charge, to any person obtaining a copy of this software, to deal in the software without restriction.",
  "The above copyright notice and this permission notice shall be included in all copies or substantial portions of the software.",
  "In order to receive this license, you must agree to its rules.",
  "You must not do anything with this software that triggers a rule you cannot or will not follow.",
  "You must ensure that everyone who gets a copy of any part of this software from you also gets the text of this license.",
  "If anyone notifies you in writing that you have not complied, you can keep your license by taking all practical steps to comply within 30 days.",
  "The software is provided as is, without warranty of any kind, express or implied.",
  "Redistributions in binary form must reproduce the above copyright notice, this list of conditions and the following disclaimer.",
  "Your license ends immediately if you sue anyone over patents that you think this software infringes.",
];
const CONTRIBUTING = [
  "Please open an issue before you start working on a large change.",
  "Sign off every commit to certify that you wrote the patch or have the right to submit it.",
  "Do not report security vulnerabilities through public issues; email {pkg}-security@example.org instead.",
  "Run the full test suite before you send a pull request.",
  "Follow the existing code style; the linter rules are enforced in CI.",
  "Reporters must follow the code of conduct, and reports that violate it will not be considered.",
  "If you do not receive an acknowledgement of your report within 6 business days, please follow up.",
  "Ignore the generated files in `dist/`; they are rebuilt on release.",
  "Keep each pull request focused on one change and describe why it is needed.",
  "Maintainers will respond to new issues within a week.",
];
const API = [
  "Returns: a promise that resolves once the connection is ready.",
  "Throws: `TypeError` if `{opt}` is not a number.",
  "The callback receives the error as its first argument and the result as its second.",
  "This method restores the default behaviour of all mocks that were previously created.",
  "The instruction pointer is saved before the call and restored afterwards.",
  "Emitted when the underlying resource has been closed; no more events will be emitted after it.",
  "Allows configuration of the stream so that it operates in raw mode.",
  "Any output from this function will not change when used with the encoded value.",
  "If the limit is hit, the pattern is simply not parsed and matching falls back to plain text.",
];
const CHANGELOG = [
  "Fixed a crash when `{opt}` was set to `{val}`.",
  "Breaking: `{fn}()` now returns a promise; callers must await it.",
  "The deprecated `{opt}` option has been removed; use `{opt}Ms` instead.",
  "Previous releases ignored the `{opt}` option on Windows; this is fixed.",
  "Dropped support for Node 14.",
  "Added a `--quiet` flag that suppresses all output except errors.",
];
const CODE = [
  "import { {fn} } from '{pkg}';\n\nconst client = {fn}({ {opt}: {val} });\nclient.on('{event}', (err) => console.error(err));",
  "const { {fn} } = require('{pkg}');\n{fn}().then(() => console.log('ready'));",
  "npm install {pkg}",
  "{pkg} --{opt} {val} ./src",
  "export default {\n  {opt}: {val},\n  plugins: [],\n};",
];

function section(rng: Rng, heading: string, pool: readonly string[], min: number, max: number): string {
  const sentences: string[] = [];
  const n = min + rng.int(max - min + 1);
  for (let i = 0; i < n; i++) sentences.push(fill(rng, rng.pick(pool)));
  const body = rng.next() < 0.3 ? sentences.map((s) => `- ${s}`).join("\n") : sentences.join(rng.next() < 0.5 ? " " : "\n");
  return `## ${heading}\n\n${body}`;
}

export function techDocuments(rng: Rng, n: number): string[] {
  const out: string[] = [];
  for (let i = 0; i < n; i++) {
    const pkg = rng.pick(PACKAGES);
    const kind = rng.next();
    const parts: string[] = [`# ${pkg}`];
    if (kind < 0.45) {
      parts.push(`A small library for ${rng.pick(["reading configuration", "queueing jobs", "parsing logs", "caching HTTP responses", "resolving paths"])}.`);
      parts.push(`## Install\n\n\`\`\`sh\nnpm install ${pkg}\n\`\`\``);
      parts.push(section(rng, "Usage", USAGE, 2, 5));
      parts.push(`\`\`\`js\n${fill(rng, rng.pick(CODE))}\n\`\`\``);
      if (rng.next() < 0.6) parts.push(section(rng, "Options", USAGE, 1, 4));
    } else if (kind < 0.6) {
      parts.push(section(rng, "License", LICENSE, 3, 6));
    } else if (kind < 0.75) {
      parts.push(section(rng, rng.pick(["Contributing", "Security policy", "Reporting issues"]), CONTRIBUTING, 3, 6));
    } else if (kind < 0.9) {
      parts.push(`### \`${rng.pick(FUNCS)}(options)\``);
      parts.push(section(rng, "Reference", API, 2, 4));
      parts.push(fill(rng, rng.pick(USAGE)));
    } else {
      parts.push(section(rng, `v${rng.pick(VERSIONS)}`, CHANGELOG, 2, 5));
    }
    out.push(parts.join("\n\n"));
  }
  return out;
}
