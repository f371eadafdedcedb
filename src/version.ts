// Versions reported in every verdict and by `bulwark capabilities`.
import { existsSync, readFileSync } from "node:fs";

/** The package's own package.json: next to dist/ built by tsc, two levels up from the bundle. */
function packageJson(): { version: string } {
  for (const rel of ["../package.json", "../../package.json"]) {
    const url = new URL(rel, import.meta.url);
    if (!existsSync(url)) continue;
    const pkg = JSON.parse(readFileSync(url, "utf8")) as { name?: string; version: string };
    if (pkg.name === "bulwark") return pkg;
  }
  throw new Error("bulwark: package.json not found beside the installed files");
}

export const VERSION: string = packageJson().version;
