// The proxy's policy file (YAML or JSON): mode, what to do with injected results, and per-tool
// allow / deny / review, globally or per server. Validated with clear errors.
import { readFileSync } from "node:fs";
import { parse as parseYaml } from "yaml";
import { z } from "zod";
import { BulwarkError } from "../errors.js";
import { FlowPolicySchema } from "../session/flow-policy-schema.js";

/** The longest timer Node.js keeps (2^31 - 1 ms); a longer one fires at once. */
export const MAX_TIMEOUT_MS = 2 ** 31 - 1;

const ToolRule = z.enum(["allow", "deny", "review"]);

const PolicySchema = z
  .object({
    mode: z.enum(["enforce", "monitor"]).default("enforce"),
    /** Injected content in a result: withhold it, or keep it behind a warning the model reads. */
    results: z.enum(["withhold", "mark"]).default("withhold"),
    profile: z.enum(["balanced", "strict", "permissive"]).default("balanced"),
    tools: z.record(z.string(), ToolRule).default({}),
    /** Per-surface strictness: e.g. tool results strict, tool arguments balanced. */
    surfaces: z
      .record(z.enum(["tool_call_args", "tool_result", "retrieved_content", "tool_description"]), z.object({ profile: z.enum(["balanced", "strict", "permissive"]) }).strict())
      .default({}),
    servers: z.record(z.string(), z.object({ tools: z.record(z.string(), ToolRule).default({}), flow: FlowPolicySchema.optional() }).strict()).default({}),
    /** Session flow control (untrusted content + private data + an outbound channel). */
    flow: FlowPolicySchema.default({}),
    /** Milliseconds a request may wait for the server's answer before the client gets an error (off when absent). */
    timeout_ms: z.number().int().positive().max(MAX_TIMEOUT_MS, `at most ${MAX_TIMEOUT_MS} (about 24.8 days, the longest timer Node keeps)`).optional(),
  })
  .strict();

export type ProxyPolicy = z.infer<typeof PolicySchema>;
export type ToolRuleValue = z.infer<typeof ToolRule>;

export function defaultPolicy(): ProxyPolicy {
  return PolicySchema.parse({});
}

export function loadPolicy(path: string): ProxyPolicy {
  let raw: string;
  try {
    raw = readFileSync(path, "utf8");
  } catch (err) {
    throw new BulwarkError("usage", `--policy ${path}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`);
  }
  let data: unknown;
  try {
    data = path.endsWith(".json") ? JSON.parse(raw) : parseYaml(raw);
  } catch (err) {
    throw new BulwarkError("usage", `--policy ${path}: not valid ${path.endsWith(".json") ? "JSON" : "YAML"}: ${(err as Error).message.split("\n")[0]}`);
  }
  const parsed = PolicySchema.safeParse(data ?? {});
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue?.path.length ? issue.path.join(".") : "(top level)";
    // The value itself is not repeated: a policy file can hold anything, secrets included.
    const message = (issue?.message ?? "invalid").replace(/,?\s*received\s+'[^']*'/, "");
    throw new BulwarkError("usage", `--policy ${path}: ${where}: ${message}`);
  }
  return parsed.data;
}

/** The rule for a tool: the server's own list first, then the global one. */
export function toolRule(policy: ProxyPolicy, server: string, tool: string): ToolRuleValue | undefined {
  return policy.servers[server]?.tools[tool] ?? policy.tools[tool];
}

/** The policy line a tool's rule comes from, as the user wrote it (`servers.fs.tools.write_file: review`). */
export function toolRuleLine(policy: ProxyPolicy, server: string, tool: string): string | undefined {
  const own = policy.servers[server]?.tools[tool];
  if (own) return `servers.${server}.tools.${tool}: ${own}`;
  const global = policy.tools[tool];
  return global ? `tools.${tool}: ${global}` : undefined;
}

/** The profile for scans on a surface: the surface's own setting, else the policy's. */
export function profileFor(policy: ProxyPolicy, surface: "tool_call_args" | "tool_result" | "retrieved_content" | "tool_description"): ProxyPolicy["profile"] {
  return policy.surfaces[surface]?.profile ?? policy.profile;
}
