// `npm run build` (after tsc): the CLI as one ES module and a few lazily loaded chunks in
// dist/bundle/, so a hook that starts a process per event does not resolve and compile hundreds
// of modules. The library (`import "bulwark"`) stays tsc's output in dist/.
import { rmSync } from "node:fs";
import { build } from "esbuild";

rmSync("dist/bundle", { recursive: true, force: true });

await build({
  entryPoints: { main: "src/cli/main.ts", "scan-worker": "src/proxy/scan-worker.ts" },
  outdir: "dist/bundle",
  bundle: true,
  splitting: true,
  format: "esm",
  platform: "node",
  target: "node20",
  // Packages loaded with createRequire at run time (the SQL grammar, the confusables table) stay
  // outside: they are big and most scans never need them.
  packages: "bundle",
  // ES module builds first: jsonc-parser's UMD main requires its parts dynamically.
  mainFields: ["module", "main"],
  legalComments: "none",
  logLevel: "warning",
  chunkNames: "[name]-[hash]",
  // CommonJS dependencies bundled into ES modules still call require() for Node's built-ins.
  banner: { js: 'import { createRequire as __bulwarkCreateRequire } from "node:module"; const require = __bulwarkCreateRequire(import.meta.url);' },
});
