// The test fixtures of the specialist tools users compare Bulwark with, from the shared training
// folder (read by the rules' authors, never by the classifier): gitleaks' rule tests,
// detect-secrets' plugin tests and destructive_command_guard's cases. Each set as a whole, and
// gitleaks' provider by provider, so a missing provider shows by name.
import { existsSync } from "node:fs";
import { join } from "node:path";
import { loadJsonl, type LabelledRow } from "../src/score/dataset.js";
import { evaluateSet, type SetReport } from "../src/score/report.js";
import type { Verdict } from "../src/types.js";
import { PROJECT } from "./doc-block.js";

const SHARED_TRAIN = join(PROJECT, "..", "shared", "datasets", "train");

const credential = (v: Verdict) => v.reasons.includes("detected:credential");

const FILES: ReadonlyArray<[string, string, boolean]> = [
  ["gitleaks rule tests (credentials)", "credentials_gitleaks.jsonl", true],
  ["detect-secrets plugin tests (credentials)", "credentials_detect_secrets.jsonl", true],
  ["destructive_command_guard cases", "commands_dcg.jsonl", false],
];

function rowsOf(file: string, dir: string): LabelledRow[] | undefined {
  const path = join(dir, file);
  return existsSync(path) ? loadJsonl(path) : undefined;
}

/** Each fixture set, caught and flagged as the tool's own tests count them (a credential finding, or any hold). */
export function fixtureReports(dir = SHARED_TRAIN): SetReport[] {
  const out: SetReport[] = [];
  for (const [name, file, secrets] of FILES) {
    const rows = rowsOf(file, dir);
    if (rows) out.push(evaluateSet(`project: fixtures ${name}`, rows, secrets ? credential : undefined));
  }
  return out;
}

/** gitleaks' rule tests by the rule they test (`gitleaks_rule_tests:<provider>:tps|fps:n`). */
export function gitleaksProviders(dir = SHARED_TRAIN): SetReport[] {
  const rows = rowsOf("credentials_gitleaks.jsonl", dir);
  if (!rows) return [];
  const byProvider = new Map<string, LabelledRow[]>();
  for (const row of rows) {
    const provider = row.id.split(":")[1] ?? "unknown";
    const group = byProvider.get(provider);
    if (group) group.push(row);
    else byProvider.set(provider, [row]);
  }
  return [...byProvider].sort((a, b) => a[0].localeCompare(b[0])).map(([provider, group]) => evaluateSet(provider, group, credential));
}
