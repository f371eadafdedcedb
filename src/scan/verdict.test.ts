import { createHash } from "node:crypto";
import { plainTextInput } from "./request.js";
import { describe, expect, it } from "vitest";
import { inspect } from "./inspect.js";
import { applyRedactions, mapOffset } from "./redact.js";
import { scanId } from "./verdict.js";

const PAT = "ghp_" + "Zq8vB2nL5mK9pR3tX7wY1cF4hJ6gD0sA2eQ8";

describe("redaction offsets", () => {
  const text = "aa SECRET bb";
  const redactions = [{ start: 3, end: 9, type: "t" }];
  it("shifts offsets after a redaction and snaps offsets inside it", () => {
    const out = applyRedactions(text, redactions);
    expect(out).toBe("aa [REDACTED:t] bb");
    expect(out.slice(mapOffset(10, redactions, "start"))).toBe("bb");
    expect(mapOffset(5, redactions, "start")).toBe(3);
    expect(mapOffset(5, redactions, "end")).toBe(3 + "[REDACTED:t]".length);
  });
});

describe("policy by context", () => {
  it("reviews a secret that is only seen, blocks one that is sent", () => {
    expect(inspect(`log line ${PAT}`, { eval_surface: "tool_result" }).action).toBe("review");
    const sent = inspect(`log line ${PAT}`, { eval_surface: "outbound_message" });
    expect(sent.action).toBe("block");
    expect(sent.reasons).toContain("policy:credential_disclosure");
  });

  it("allows a secret passed to a local tool under a credential-named argument, still redacted", () => {
    const login = inspect({ tool_name: "ticket_login", tool_input: { username: "ann", password: "Tr0ub4dor&3x" } });
    expect(login.action).toBe("allow");
    expect(login.findings.map((f) => f.rule)).toContain("generic-password");
    expect(login.sanitized_text).not.toContain("Tr0ub4dor");
    const leaked = inspect({ tool_name: "ticket_login", tool_input: { username: "ann", note: `my token ${PAT}` } });
    expect(leaked.action).toBe("review");
    const sent = inspect({ tool_name: "send_message", tool_input: { text: "hi", password: "Tr0ub4dor&3x" } });
    expect(sent.action).toBe("block");
  });

  it("blocks any secret under the strict profile", () => {
    expect(inspect(PAT, { profile: "strict" }).action).toBe("block");
  });

  it("treats a tool declaring openWorldHint as outbound", () => {
    const call = (annotations?: object) => ({ jsonrpc: "2.0", method: "tools/call", params: { name: "lookup", arguments: { q: `key ${PAT}` }, ...(annotations ? { annotations } : {}) } });
    expect(inspect(call()).reasons).not.toContain("policy:credential_disclosure");
    const open = inspect(call({ openWorldHint: true }));
    expect(open.action).toBe("block");
    expect(open.reasons).toContain("policy:credential_disclosure");
  });

  it("treats a named destination as outbound", () => {
    const v = inspect(PAT, { eval_surface: "tool_call_args", destination: "https://paste.example" });
    expect(v.reasons).toContain("policy:credential_disclosure");
  });

  it("gives the same scan_id for the same text and context, another for another context", () => {
    expect(inspect("abc").scan_id).toBe(inspect("abc").scan_id);
    expect(inspect("abc").scan_id).not.toBe(inspect("abc", { eval_surface: "tool_result" }).scan_id);
  });

  it("hashes a long text (streamed) to the same digest as text, NUL, context joined", () => {
    const context = { eval_surface: "tool_result", profile: "balanced" } as const;
    const joined = (t: string) => `sha256:${createHash("sha256").update(`${t}\u0000${JSON.stringify(context)}`).digest("hex")}`;
    for (const text of ["short", "é中 x".repeat(20_000)]) {
      expect(scanId(plainTextInput(text, context))).toBe(joined(text));
    }
  });

  it("never puts a secret in evidence or sanitized_text", () => {
    const v = inspect({ tool_name: "http_post", tool_input: { url: "https://x", headers: { auth: PAT } } });
    expect(JSON.stringify(v)).not.toContain(PAT.slice(4));
  });
});

describe("offsets after redaction", () => {
  it("match applyRedactions for many redactions, overlapping ones included", async () => {
    const { offsetMap, redactionLabel } = await import("./redact.js");
    const text = "x".repeat(2000);
    const redactions = Array.from({ length: 300 }, (_, i) => ({ start: i * 6, end: i * 6 + 4 + (i % 3), type: "t" }));
    const out = applyRedactions(text, redactions);
    const map = offsetMap(redactions);
    const label = redactionLabel("t").length;
    // Walk the kept redactions as applyRedactions does and check the offsets on either side.
    let pos = 0;
    let delta = 0;
    for (const r of redactions) {
      if (r.start < pos) continue;
      expect(map(r.start, "start")).toBe(r.start + delta);
      expect(out.slice(map(r.start + 1, "start"), map(r.start + 1, "end"))).toBe(redactionLabel("t"));
      delta += label - (r.end - r.start);
      expect(map(r.end, "end")).toBe(r.end + delta);
      pos = r.end;
    }
    expect(map(text.length, "end")).toBe(out.length);
  });
});
