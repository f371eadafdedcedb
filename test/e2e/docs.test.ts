// The README and docs/ are for users: short, true to the CLI, free of the project's own history.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { runCli } from "../helpers/cli.js";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const README = readFileSync(join(ROOT, "README.md"), "utf8");
const DOCS = readdirSync(join(ROOT, "docs")).filter((f) => f.endsWith(".md"));

describe("README and docs", () => {
  it("the README stays short and carries both generated tables", () => {
    expect(README.split("\n").length).toBeLessThanOrEqual(250);
    for (const name of ["accuracy", "speed"]) {
      expect(README).toContain(`<!-- ${name}:start -->`);
      expect(README).toContain(`<!-- ${name}:end -->`);
    }
  });

  it("every link to a local file points at a file that exists", () => {
    for (const [file, text] of [["README.md", README], ...DOCS.map((d) => [`docs/${d}`, readFileSync(join(ROOT, "docs", d), "utf8")])] as const) {
      for (const m of text.matchAll(/\]\(([^)#\s]+)(?:#[^)]*)?\)/g)) {
        const target = m[1] as string;
        if (/^[a-z]+:/.test(target)) continue;
        const base = file.startsWith("docs/") ? join(ROOT, "docs") : ROOT;
        expect(existsSync(join(base, target)), `${file} links to ${target}`).toBe(true);
      }
    }
  });

  it("speaks to users: no development-log words outside code and links", () => {
    for (const [file, text] of [["README.md", README], ...DOCS.map((d) => [`docs/${d}`, readFileSync(join(ROOT, "docs", d), "utf8")])] as const) {
      const prose = text.replace(/```[\s\S]*?```/g, "").replace(/`[^`\n]*`/g, "").replace(/https?:\/\/\S+/g, "");
      for (const word of [/\bissues?\b/i, /\bsession\b/i, /\bthis machine\b/i]) expect(prose, `${file}: ${word}`).not.toMatch(word);
    }
  });

  it("every `npx bulwark` command the README shows is a command the CLI has", async () => {
    const help = (await runCli(["--help"], "")).stdout;
    const commands = new Set([...help.matchAll(/^ {2}([a-z-]+)\b/gm)].map((m) => m[1] as string));
    const shown = [...README.matchAll(/npx bulwark ([a-z][a-z-]*)/g)].map((m) => m[1] as string);
    expect(shown.length).toBeGreaterThan(10);
    for (const name of shown) expect(commands, name).toContain(name);
  });
});
