// Pins which folders may import which: detectors stay pure and testable alone.
import { execFileSync } from "node:child_process";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const SRC = fileURLToPath(new URL("../src/", import.meta.url));

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return path.endsWith(".ts") && !path.endsWith(".test.ts") ? [path] : [];
  });
}

function importsOf(file: string): string[] {
  const text = readFileSync(file, "utf8");
  return [...text.matchAll(/^\s*(?:import|export)[^"']*?from\s+["']([^"']+)["']/gm)].map((m) => m[1] as string);
}

function resolved(file: string, spec: string): string {
  return spec.startsWith(".") ? relative(SRC, join(file, "..", spec)) : spec;
}

describe("architecture", () => {
  it("lanes import only the scan types, their own folder and libraries", () => {
    for (const file of sources(join(SRC, "lanes"))) {
      if (file === join(SRC, "lanes", "index.ts")) continue; // the registry imports every lane
      const lane = relative(join(SRC, "lanes"), file).split("/")[0];
      for (const spec of importsOf(file)) {
        const target = resolved(file, spec);
        if (!spec.startsWith(".")) continue;
        const allowed =
          target.startsWith(`lanes/${lane}/`) || target.startsWith("scan/") || ["types.js", "errors.js", "rng.js", "lazy.js"].includes(target) || target.startsWith("model/");
        expect(allowed, `${relative(SRC, file)} imports ${target}`).toBe(true);
        expect(target, relative(SRC, file)).not.toMatch(/^(cli|proxy|feedback|hooks)\//);
      }
    }
  });

  it("the scan pipeline never imports a particular lane (only the registry), the CLI or the proxy", () => {
    for (const file of sources(join(SRC, "scan"))) {
      for (const spec of importsOf(file)) {
        const target = resolved(file, spec);
        if (target === "lanes/index.js") continue;
        expect(target, relative(SRC, file)).not.toMatch(/^(lanes|cli|proxy|feedback|hooks)\//);
      }
    }
  });

  it("the lane registry lists every lane folder", () => {
    const folders = readdirSync(join(SRC, "lanes"), { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name).sort();
    const registry = readFileSync(join(SRC, "lanes", "index.ts"), "utf8");
    for (const name of folders) expect(registry, name).toContain(`from "./${name}/index.js"`);
  });

  it("the runtime never imports the development tools (training/, eval/, bench/) or the tests", () => {
    for (const file of sources(SRC)) {
      for (const spec of importsOf(file)) {
        if (!spec.startsWith(".")) continue;
        const target = relative(join(SRC, ".."), join(file, "..", spec));
        expect(target, `${relative(SRC, file)} imports ${target}`).toMatch(/^(src|models|package\.json)/);
      }
    }
  });

  it("the development tools import the runtime only through src/, and eval/doc-block.ts (the generated docs), never each other's internals (eval's --by-source aside)", () => {
    const ROOT = join(SRC, "..");
    for (const tool of ["training", "eval", "bench"]) {
      for (const file of sources(join(ROOT, tool))) {
        for (const spec of importsOf(file)) {
          if (!spec.startsWith(".")) continue;
          const target = relative(ROOT, join(file, "..", spec));
          // eval's --by-source retrains through the one entry training/ offers for it.
          const bySource = tool === "eval" && (target === "training/by-source.js" || target === "training/by-source.ts");
          const allowed = bySource || target.startsWith(`${tool}/`) || target.startsWith("src/") || target.startsWith("test/helpers/") || target === "eval/doc-block.ts" || target === "eval/doc-block.js";
          expect(allowed, `${relative(ROOT, file)} imports ${target}`).toBe(true);
        }
      }
    }
  });

  it("the published package holds the runtime only", () => {
    const out = execFileSync("npm", ["pack", "--dry-run", "--json", "--ignore-scripts"], { cwd: join(SRC, ".."), encoding: "utf8" });
    const files = (JSON.parse(out) as Array<{ files: Array<{ path: string }> }>)[0]!.files.map((f) => f.path);
    expect(files).toContain("dist/bundle/main.js");
    expect(files.some((f) => f.startsWith("models/"))).toBe(true);
    const dev = files.filter((f) => /(^|\/)(training|eval|bench|synthetic|test|datasets)\/|\.test\.|\.ts$/.test(f) && !f.endsWith(".d.ts"));
    expect(dev).toEqual([]);
  });

  it("the package exports the documented API", async () => {
    const api = await import("../src/index.js");
    for (const name of ["inspect", "sanitize", "detectCredentials", "BulwarkError", "VERSION"]) {
      expect(api, name).toHaveProperty(name);
    }
  });
});
