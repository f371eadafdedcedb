// The CLI as a function: argv and streams in, exit code out. The bin only wires up `process`.
import { fileURLToPath } from "node:url";
import { Command, CommanderError, Option } from "commander";
import { BulwarkError } from "../errors.js";
import { reportError, safeLine } from "./report-error.js";
import { VERSION } from "../version.js";
import type { HookFlags } from "./commands/hook.js";
import type { ProxyFlags } from "./commands/proxy.js";
import type { ScanOptions } from "./commands/scan.js";
import { DEFAULT_MAX_BYTES, parseByteLimit, parseSpinUs, type CliIo } from "./io.js";

// Every command's module is imported when that command runs: `bulwark --version` or a hook
// event loads only what it needs (start-up is paid on every hook event).
const scan = () => import("./commands/scan.js");
const proxy = () => import("./commands/proxy.js");

/** Every shared flag, defined once with its help text. */
const FLAGS = {
  maxBytes: () =>
    new Option("--max-bytes <n>", "refuse input (or one JSONL line) larger than this many bytes")
      .argParser(parseByteLimit)
      .default(DEFAULT_MAX_BYTES),
  surface: () => new Option("--surface <surface>", "where the text meets the agent (context.eval_surface)"),
  profile: () => new Option("--profile <profile>", "balanced (default), strict or permissive"),
  toolName: () => new Option("--tool-name <name>", "the tool whose arguments or result this is"),
  failOnSuspicious: () => new Option("--fail-on-suspicious", "exit 3 when the verdict is not allow"),
  spinUs: () =>
    new Option("--spin-us <n>", "through a burst of requests, poll for input until this many microseconds pass with none, instead of sleeping (faster back-to-back requests; uses CPU while polling)")
      .argParser(parseSpinUs)
      .default(0),
};

type Handler = (io: CliIo, opts: ScanOptions) => Promise<number>;

/** Commands that never scan, so run whatever the model files hold. */
const MODEL_FREE: ReadonlySet<string> = new Set(["audit", "pins", "tools", "install", "doctor"]);

function buildProgram(io: CliIo, setCode: (code: number) => void): Command {
  const program = new Command("bulwark")
    .description("Local security gate for AI agents. Reads stdin, writes JSON to stdout.")
    .version(VERSION, "-V, --version")
    .exitOverride()
    .enablePositionalOptions()
    .configureOutput({
      writeOut: (s) => io.stdout.write(s),
      writeErr: () => undefined, // one-line errors are written by run()
    })
    // Model files that do not match the build fail here, in one line, before anything that scans
    // runs (a proxy would otherwise start and pass every message unscanned); `npm run train`
    // rebuilds them. `audit` and `pins` only read Bulwark's own files.
    .hook("preAction", async (_program, action) => {
      // A hook answers a model it cannot load as an event it cannot judge (closed before an
      // action): exit 1 here would let the agent go ahead.
      if (!MODEL_FREE.has(action.name()) && action.name() !== "hook") (await import("../model/model.js")).shippedModel();
    });

  const scanCommand = (name: string, summary: string, handler: Handler, extra: Array<() => Option> = []) => {
    const cmd = program.command(name).description(summary);
    for (const flag of [FLAGS.surface, FLAGS.profile, FLAGS.toolName, FLAGS.maxBytes, ...extra]) cmd.addOption(flag());
    cmd.action(async (opts: ScanOptions) => setCode(await handler(io, opts)));
  };

  scanCommand("inspect", "scan stdin (text or any request shape) and print a verdict", async (i, o) => (await scan()).inspectCommand(i, o), [FLAGS.failOnSuspicious]);
  scanCommand("inspect-json", "scan one JSON request from stdin and print a verdict", async (i, o) => (await scan()).inspectJsonCommand(i, o), [FLAGS.failOnSuspicious]);
  scanCommand(
    "inspect-jsonl",
    "sidecar: one JSON request a line in, one verdict a line out, until EOF",
    async (i, o) => {
      const [{ inspectJsonlCommand }, { contextFromFlags }] = await Promise.all([import("./commands/jsonl.js"), scan()]);
      return inspectJsonlCommand(i, o, contextFromFlags(o));
    },
    [FLAGS.spinUs],
  );

  program
    .command("sanitize")
    .description("print stdin with every credential replaced by [REDACTED:<type>]")
    .addOption(FLAGS.maxBytes())
    .action(async (opts: { maxBytes: number }) => setCode(await (await scan()).sanitizeCommand(io, opts)));
  program
    .command("detect-credentials")
    .description("print the credentials found in stdin as a JSON list")
    .addOption(FLAGS.maxBytes())
    .action(async (opts: { maxBytes: number }) => setCode(await (await scan()).detectCredentialsCommand(io, opts)));
  program
    .command("mcp-proxy")
    .description("run an MCP server behind Bulwark: bulwark mcp-proxy [options] (-- CMD ARGS… | --url URL)")
    .option("--policy <file>", "policy file (YAML or JSON)")
    .option("--audit <file>", "audit log (default: $BULWARK_HOME/audit.jsonl)")
    .option("--mode <mode>", "enforce (default) or monitor (log, never block)")
    .option("--name <name>", "server name in pins and the audit log")
    .option("--timeout-ms <ms>", "answer a request with an error when the server has not answered it in this time (default: wait)")
    .option("--max-bytes <n>", "drop a message longer than this many bytes unread, answering its request with an error (stdio; default 67108864)")
    .option("--url <url>", "a remote Streamable HTTP server instead of a command")
    .option("--header <name:value>", "a header for every request to --url (repeatable), e.g. 'Authorization: Bearer …'", (v: string, all: string[]) => [...all, v], [] as string[])
    .option("--listen <host:port>", "serve Streamable HTTP here (loopback) instead of stdio, in front of --url or the command")
    .option("--allow-remote", "with --listen: allow a non-loopback address")
    // Written into configs by earlier `wrap` versions: accepted so those entries still start.
    .addOption(new Option("--bulwark-wrapped").hideHelp())
    .argument("[command...]", "the server command and its arguments, after --")
    .passThroughOptions()
    .action(async (command: string[], flags: ProxyFlags) => setCode(await (await proxy()).mcpProxyCommand(io, command, flags)));
  program
    .command("pins")
    .description("tool-definition pins: list, approve changed definitions, or reset")
    .argument("<action>", "list | approve | reset")
    .argument("[server]", "server name or key (default: all)")
    .argument("[tool]", "one tool (default: all)")
    .action(async (action: string, server: string | undefined, tool: string | undefined) => setCode(await (await proxy()).pinsCommand(io, action, server, tool)));
  program
    .command("wrap")
    .description("rewrite a client's MCP config so every server, stdio or remote, runs through bulwark (keeps a backup)")
    .argument("<config>", "claude_desktop_config.json, .cursor/mcp.json, .mcp.json or .vscode/mcp.json")
    .option("--undo", "restore the original server commands")
    .option("--bulwark <command>", "how the client should start bulwark (default: this node and this bin, absolute)")
    .action(async (config: string, opts: { undo?: boolean; bulwark?: string }) => {
      const { wrapConfig, unwrapConfig } = await import("../proxy/wrap.js");
      const command = opts.bulwark ? opts.bulwark.split(" ").filter(Boolean) : [process.execPath, fileURLToPath(new URL("./main.js", import.meta.url))];
      const result = opts.undo ? unwrapConfig(config) : wrapConfig(config, command);
      io.stdout.write(`${JSON.stringify(result)}\n`);
      setCode(0);
    });
  program
    .command("audit")
    .description("summarise the proxy's audit log")
    .argument("[file]", "audit log (default: $BULWARK_HOME/audit.jsonl)")
    .action(async (file: string | undefined) => setCode(await (await proxy()).auditCommand(io, file)));
  program
    .command("hook")
    .description("answer an agent hook event from stdin in that agent's own protocol")
    .argument("[agent]", "claude-code | cursor | gemini | codex (default: recognised from the event)")
    .addOption(new Option("--fail <mode>", "events Bulwark cannot judge (unknown, malformed): closed blocks, open lets through (default: closed before an action, open after)").choices(["closed", "open"]))
    .addOption(new Option("--installed", "marks a hook written by `bulwark install`; changes nothing").hideHelp())
    .addOption(FLAGS.maxBytes())
    .action(async (agent: string | undefined, opts: HookFlags) => setCode(await (await import("./commands/hook.js")).hookCommand(io, agent, opts)));
  program
    .command("serve")
    .description("answer Claude Code http hooks from a resident process on loopback; prints the hook URL (with its token) and the settings to paste")
    .option("--port <n>", "port to listen on (0 picks a free one)", "7719")
    .option("--host <address>", "loopback address: 127.0.0.1, ::1 or localhost", "127.0.0.1")
    .addOption(new Option("--fail <mode>", "events Bulwark cannot judge: closed blocks, open lets through (default: closed before an action, open after)").choices(["closed", "open"]))
    .addOption(FLAGS.maxBytes())
    .action(async (opts: { port: string; host: string; fail?: "closed" | "open"; maxBytes: number }) => {
      const port = Number(opts.port);
      if (!Number.isInteger(port) || port < 0 || port > 65535) throw new BulwarkError("usage", "serve: --port takes a number from 0 to 65535");
      const { startServer } = await import("../serve/server.js");
      const running = await startServer({ host: opts.host, port, maxBytes: opts.maxBytes, fail: opts.fail, env: io.env, log: (line) => io.stderr.write(`${line}\n`) });
      const hook = { type: "http", url: running.url, timeout: 30 };
      const settings = { hooks: Object.fromEntries(["PreToolUse", "PostToolUse", "UserPromptSubmit"].map((e) => [e, [{ matcher: "*", hooks: [hook] }]])) };
      io.stdout.write(`${JSON.stringify({ url: running.url, settings })}\n`);
      io.stderr.write(`bulwark serve: answering Claude Code hook events at ${running.url.replace(/\/hook\/.*/, "/hook/<token>")}; Ctrl-C stops it\n`);
      await new Promise<void>((resolve) => {
        const stop = () => resolve();
        process.once("SIGINT", stop);
        process.once("SIGTERM", stop);
      });
      await running.close();
      setCode(0);
    });
  program
    .command("install")
    .description("add Bulwark's hook to an agent's config (keeps a backup; running it twice changes nothing)")
    .argument("<agent>", "claude-code | cursor | gemini | codex")
    .option("--user", "the agent's config under HOME (default)")
    .option("--project", "the agent's config in this folder")
    .option("--undo", "take Bulwark's hook out again (the original bytes when nothing else changed)")
    .option("--bulwark <command>", "how the agent should start bulwark (default: this node and this bin, absolute)")
    .action(async (agent: string, opts: { user?: boolean; project?: boolean; undo?: boolean; bulwark?: string }) => {
      const { isHookAgent, HOOK_AGENTS } = await import("../hooks/index.js");
      if (!isHookAgent(agent)) throw new BulwarkError("usage", `install: unknown agent ${JSON.stringify(agent)}; supported: ${HOOK_AGENTS.join(", ")}`);
      if (opts.user && opts.project) throw new BulwarkError("usage", "install: --user and --project cannot be combined");
      const { homedir } = await import("node:os");
      const { installHooks, uninstallHooks } = await import("../install/install.js");
      const scope = opts.project ? "project" : "user";
      const base = scope === "project" ? process.cwd() : io.env.HOME || homedir();
      const command = opts.bulwark ? opts.bulwark.split(" ").filter(Boolean) : [process.execPath, fileURLToPath(new URL("./main.js", import.meta.url))];
      const result = opts.undo ? uninstallHooks(agent, scope, base) : installHooks(agent, scope, base, command);
      io.stdout.write(`${JSON.stringify(result)}\n`);
      setCode(0);
    });
  program
    .command("doctor")
    .description("say which agents and MCP servers on this machine and in this project run through Bulwark, with a fix for each that does not")
    .option("--json", "print the report as JSON")
    .action(async (opts: { json?: boolean }) => {
      const { homedir } = await import("node:os");
      const { doctor, formatDoctor } = await import("../install/doctor.js");
      const report = doctor(io.env.HOME || homedir(), process.cwd());
      io.stdout.write(opts.json ? `${JSON.stringify(report)}\n` : formatDoctor(report));
      setCode(0);
    });
  program
    .command("feedback")
    .description("local feedback: record (JSON on stdin), export [--reviewed-only], stats, forget ID")
    .argument("<action>", "record | export | stats | forget")
    .argument("[id]", "feedback id, for forget")
    .option("--reviewed-only", "export only reviewed feedback")
    .addOption(FLAGS.maxBytes())
    .action(async (action: string, id: string | undefined, opts: { reviewedOnly?: boolean; maxBytes: number }) => {
      const { feedbackCommand } = await import("./commands/feedback.js");
      setCode(await feedbackCommand(io, action, id, opts));
    });
  program
    .command("scores")
    .description("print the classifier's score for every category (strongest window)")
    .addOption(FLAGS.surface())
    .addOption(FLAGS.maxBytes())
    .action(async (opts: { surface?: string; maxBytes: number }) => {
      const { readAll } = await import("./io.js");
      const { classify, sentenceThresholdOf, shippedModel } = await import("../model/model.js");
      const { LABELS } = await import("../model/labels.js");
      const { parseContext } = await import("../scan/request.js");
      const surface = parseContext({ eval_surface: opts.surface }).eval_surface ?? "user_prompt";
      const text = await readAll(io.stdin, opts.maxBytes);
      const model = shippedModel();
      if (!model) throw new BulwarkError("io", "no classifier model shipped with this build (models/ is missing)");
      const { best, sentence, hits } = classify(model, text, surface);
      const round = (p: number) => Math.round(p * 1000) / 1000;
      const scores = Object.fromEntries(LABELS.map((label, i) => [label, round(best[i] as number)]));
      // A user prompt's strongest sentence, for the labels that read one against its own threshold.
      const sentenceScores = Object.fromEntries(LABELS.flatMap((label, i) => (sentenceThresholdOf(model.card, label, surface) !== undefined ? [[label, round(sentence[i] as number)]] : [])));
      io.stdout.write(`${JSON.stringify({ model_version: model.card.version, surface, scores, thresholds: model.card.thresholds, sentence_scores: sentenceScores, sentence_thresholds: model.card.sentence_thresholds ?? {}, over_threshold: hits.map((h) => h.label) })}\n`);
      setCode(0);
    });
  program
    .command("tools")
    .description("tools classify [FILE]: what flow control believes each tool of a saved tools/list can do")
    .argument("<action>", "classify")
    .argument("[file]", "a tools/list result as JSON (default: stdin)")
    .addOption(FLAGS.maxBytes())
    .action(async (action: string, file: string | undefined, opts: { maxBytes: number }) => {
      if (action !== "classify") throw new BulwarkError("usage", `tools: unknown action ${JSON.stringify(action)}; expected classify`);
      const { toolsClassifyCommand } = await import("./commands/tools.js");
      setCode(await toolsClassifyCommand(io, file, opts.maxBytes));
    });
  program
    .command("capabilities")
    .description("describe lanes, reasons, surfaces and versions as JSON")
    .action(async () => setCode(await (await import("./commands/info.js")).capabilitiesCommand(io)));
  program
    .command("eval")
    .description("accuracy of the scanner over your labelled JSONL files ({text, label: attack|benign, surface})")
    .argument("<files...>", "labelled JSONL files")
    .option("--json", "print the reports as JSON")
    .action(async (files: string[], opts: { json?: boolean }) => {
      const { scoreFiles, formatReports } = await import("../score/report.js");
      const reports = scoreFiles(files);
      io.stdout.write(opts.json ? `${JSON.stringify(reports)}\n` : formatReports(reports));
      setCode(0);
    });
  program
    .command("version")
    .description("print the version")
    .action(async () => setCode(await (await import("./commands/info.js")).versionCommand(io)));
  return program;
}


export async function run(argv: readonly string[], io: CliIo): Promise<number> {
  let code = 0;
  const program = buildProgram(io, (c) => {
    code = c;
  });
  if (argv.length === 0) {
    io.stderr.write(`${program.helpInformation()}`);
    return 2;
  }
  try {
    await program.parseAsync([...argv], { from: "user" });
    return code;
  } catch (err) {
    if (err instanceof CommanderError) {
      if (err.exitCode === 0) return 0; // --help, --version
      io.stderr.write(`bulwark: ${await safeLine(err.message.replace(/^error: /, ""))}\n`);
      return 2;
    }
    return await reportError(err, io);
  }
}


