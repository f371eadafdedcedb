// Labelled JSONL rows ({id, text, label, category, surface}) as in shared/datasets.
import { readFileSync } from "node:fs";
import { BulwarkError } from "../errors.js";

export interface LabelledRow {
  id: string;
  text: string;
  label: "attack" | "benign";
  category: string;
  surface: string;
  /** A whole request (hook event, MCP message, `{text, context}`) to scan instead of `text`. */
  request?: object;
  /** Optional tags of the project's own sets: attack family, language, carrier. */
  family?: string;
  language?: string;
  carrier?: string;
}

function optionalTag(value: unknown): string | undefined {
  return typeof value === "string" && value !== "" ? value : undefined;
}

export function loadJsonl(path: string): LabelledRow[] {
  let raw: string;
  try {
    raw = readFileSync(path, "utf8");
  } catch (err) {
    throw new BulwarkError("usage", `cannot read ${path}: ${(err as NodeJS.ErrnoException).code ?? String(err)}`);
  }
  const rows: LabelledRow[] = [];
  raw.split("\n").forEach((line, i) => {
    if (line.trim() === "") return;
    let row: Partial<LabelledRow>;
    try {
      row = JSON.parse(line) as Partial<LabelledRow>;
    } catch {
      throw new BulwarkError("invalid_json", `${path}:${i + 1}: invalid JSON`);
    }
    if (typeof row.text !== "string" || (row.label !== "attack" && row.label !== "benign")) {
      throw new BulwarkError("invalid_request", `${path}:${i + 1}: expected "text" and "label" (attack|benign)`);
    }
    if (row.request !== undefined && (typeof row.request !== "object" || row.request === null || Array.isArray(row.request))) {
      throw new BulwarkError("invalid_request", `${path}:${i + 1}: "request" must be a JSON object (a request shape of the contract)`);
    }
    const out: LabelledRow = { id: row.id ?? `${i + 1}`, text: row.text, label: row.label, category: row.category ?? "", surface: row.surface ?? "user_prompt" };
    if (row.request !== undefined) out.request = row.request;
    for (const tag of ["family", "language", "carrier"] as const) {
      const value = optionalTag(row[tag]);
      if (value !== undefined) out[tag] = value;
    }
    rows.push(out);
  });
  return rows;
}
