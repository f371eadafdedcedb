// `bulwark tools classify [FILE]`: the flow-control classes of each tool of a saved tools/list, so
// a user can check (and, in the policy's `flow.classes`, correct) what Bulwark believes a tool does.
import { readFileSync } from "node:fs";
import { BulwarkError } from "../../errors.js";
import { parseJsonRequest } from "../../scan/request.js";
import { classifyTool, type ToolDefinition } from "../../session/capabilities.js";
import { toolClasses } from "../../session/call.js";
import { defaultFlowSection, type FlowSection } from "../../session/flow-policy.js";
import { readAll, write, type CliIo } from "../io.js";

function toolsOf(value: unknown): ToolDefinition[] {
  const v = value as { result?: { tools?: unknown }; tools?: unknown } | unknown[];
  const list = Array.isArray(v) ? v : Array.isArray(v?.tools) ? v.tools : Array.isArray(v?.result?.tools) ? v.result.tools : undefined;
  if (!list) throw new BulwarkError("invalid_request", 'tools classify: expected a tools/list result ({"tools": […]}, a JSON-RPC response holding one, or an array of tools)');
  return list.filter((t): t is ToolDefinition => typeof (t as ToolDefinition)?.name === "string");
}

export async function toolsClassifyCommand(io: CliIo, file: string | undefined, maxBytes: number, section: FlowSection = defaultFlowSection()): Promise<number> {
  let raw: string;
  if (file) {
    try {
      raw = readFileSync(file, "utf8");
    } catch (err) {
      throw new BulwarkError("usage", `tools classify: cannot read ${file}: ${(err as NodeJS.ErrnoException).code ?? String(err)}`);
    }
  } else raw = await readAll(io.stdin, maxBytes);
  const rows = toolsOf(parseJsonRequest(raw)).map((tool) => {
    const own = classifyTool(tool);
    const classes = toolClasses(tool.name, tool, section);
    const set = JSON.stringify(classes) !== JSON.stringify(own.capabilities);
    return { tool: tool.name, classes, why: set ? ["set by the policy's flow.classes"] : own.why };
  });
  await write(io.stdout, `${JSON.stringify(rows, null, 2)}\n`);
  return 0;
}
