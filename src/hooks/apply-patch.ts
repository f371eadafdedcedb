// Codex's apply_patch envelope → the file writes it makes, so each is judged as a write of that
// path with that content (a patch adding `curl … | sh` to ~/.bashrc is a write to ~/.bashrc).
// Format: "*** Begin Patch", then per file "*** Add File: P" / "*** Update File: P" (optionally
// "*** Move to: Q") / "*** Delete File: P", with added lines prefixed "+", and "*** End Patch".
// One pass over the lines; anything else in the text is context and is ignored.

export interface PatchedFile {
  kind: "add" | "update" | "delete";
  path: string;
  /** The lines the patch adds, joined. */
  added: string;
}

const HEADERS: ReadonlyArray<readonly [string, PatchedFile["kind"]]> = [
  ["*** Add File: ", "add"],
  ["*** Update File: ", "update"],
  ["*** Delete File: ", "delete"],
];

export function patchedFiles(patch: string): PatchedFile[] {
  const files: Array<PatchedFile & { lines: string[] }> = [];
  let current: (PatchedFile & { lines: string[] }) | undefined;
  for (const rawLine of patch.split("\n")) {
    const line = rawLine.endsWith("\r") ? rawLine.slice(0, -1) : rawLine;
    const header = HEADERS.find(([prefix]) => line.startsWith(prefix));
    if (header) {
      current = { kind: header[1], path: line.slice(header[0].length).trim(), added: "", lines: [] };
      files.push(current);
    } else if (current && line.startsWith("*** Move to: ")) {
      current.path = line.slice("*** Move to: ".length).trim();
    } else if (current && line.startsWith("+")) {
      current.lines.push(line.slice(1));
    }
  }
  return files.map(({ lines, ...file }) => ({ ...file, added: lines.join("\n") }));
}
