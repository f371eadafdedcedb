import { describe, expect, it } from "vitest";
import { requestInput } from "./request.js";

describe("request shapes", () => {
  it("reads {text, context}", () => {
    const input = requestInput({ text: "hello", context: { eval_surface: "tool_result", profile: "strict" } });
    expect(input?.text).toBe("hello");
    expect(input?.context).toMatchObject({ eval_surface: "tool_result", profile: "strict" });
  });

  it("reads a Claude Code PreToolUse event as a tool call", () => {
    const input = requestInput({ hook_event_name: "PreToolUse", tool_name: "Bash", tool_input: { command: "ls -la" } });
    expect(input?.context.eval_surface).toBe("tool_call_args");
    expect(input?.toolCall).toMatchObject({ name: "Bash", kind: "shell", args: { command: "ls -la" } });
    const field = input?.fields[0];
    expect(input?.text.slice(field?.start, field?.end)).toBe("ls -la");
    expect(field?.path).toBe("tool_input.command");
  });

  it("reads a PostToolUse event as a tool result", () => {
    const input = requestInput({ hook_event_name: "PostToolUse", tool_name: "WebFetch", tool_input: { url: "u" }, tool_response: { content: "page text" } });
    expect(input?.context.eval_surface).toBe("tool_result");
    expect(input?.text).toContain("page text");
    expect(input?.toolCall).toBeUndefined();
  });

  it("reads a UserPromptSubmit event as a user prompt", () => {
    const input = requestInput({ hook_event_name: "UserPromptSubmit", prompt: "hi there" });
    expect(input?.context.eval_surface).toBe("user_prompt");
    expect(input?.text).toBe("hi there");
  });

  it("parses Cursor's tool_input sent as a JSON string", () => {
    const input = requestInput({ tool_name: "Shell", tool_input: '{"command":"rm -rf /"}' });
    expect(input?.toolCall?.args).toEqual({ command: "rm -rf /" });
  });

  it("reads MCP tools/call, tool results and tools/list results", () => {
    const call = requestInput({ jsonrpc: "2.0", id: 1, method: "tools/call", params: { name: "write_file", arguments: { path: "/tmp/a", content: "x" } } });
    expect(call?.toolCall).toMatchObject({ name: "write_file", kind: "file_write" });
    const result = requestInput({ jsonrpc: "2.0", id: 1, result: { content: [{ type: "text", text: "file body" }] } });
    expect(result?.context.eval_surface).toBe("tool_result");
    expect(result?.text).toContain("file body");
    const list = requestInput({ jsonrpc: "2.0", id: 2, result: { tools: [{ name: "add", description: "Adds two numbers." }] } });
    expect(list?.context.eval_surface).toBe("tool_description");
    expect(list?.text).toContain("Adds two numbers.");
  });

  it("returns undefined for an object of no known shape", () => {
    expect(requestInput({ hello: "world" })).toBeUndefined();
  });

  it("refuses a bad context value naming the field", () => {
    expect(() => requestInput({ text: "x", context: { profile: "paranoid" } })).toThrow(/context\.profile/);
  });
});
