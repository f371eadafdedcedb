// Real documentation as benign retrieved content: the Markdown files (READMEs, licences,
// changelogs, security policies) of the packages installed in node_modules. An agent reads pages
// like these all day; they speak to the reader in the imperative and are long, so they show how
// often the scanner flags ordinary documents. The set follows package-lock.json: updating a
// dependency changes it.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import type { LabelledRow } from "../src/score/dataset.js";

const MAX_BYTES = 400_000;

function markdownFiles(dir: string, out: string[]): void {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return;
  }
  for (const e of entries) {
    const path = join(dir, e.name);
    if (e.isDirectory()) markdownFiles(path, out);
    else if (e.isFile() && e.name.toLowerCase().endsWith(".md")) out.push(path);
  }
}

/** One benign row per distinct Markdown file under `modules`, in path order. */
export function packageDocs(modules: string): LabelledRow[] {
  const files: string[] = [];
  markdownFiles(modules, files);
  files.sort();
  const seen = new Set<string>();
  const rows: LabelledRow[] = [];
  for (const path of files) {
    if (statSync(path).size > MAX_BYTES) continue;
    const text = readFileSync(path, "utf8");
    if (seen.has(text)) continue;
    seen.add(text);
    rows.push({ id: relative(modules, path), text, label: "benign", category: "benign", surface: "retrieved_content" });
  }
  return rows;
}
