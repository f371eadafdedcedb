// docs/ACCURACY.md and the README's accuracy block, from the reports of `npm run eval`.
import type { SetReport } from "../src/score/report.js";
import type { BySource } from "../training/by-source.js";
import type { Slice } from "./slices.js";

const pct = (n: number | null) => (n === null ? "–" : `${(n * 100).toFixed(n > 0 && n < 0.01 ? 2 : 1)} %`);

function table(reports: readonly SetReport[], strip = ""): string[] {
  const lines = ["| set | attacks | caught | benign | flagged |", "|---|---|---|---|---|"];
  for (const r of reports) lines.push(`| ${r.set.replace(strip, "")} | ${r.attacks} | ${pct(r.recall)} | ${r.benign} | ${pct(r.false_positive_rate)} |`);
  return lines;
}

/** Recall and flag rate over several sets, counted over their rows (not averaged over sets). */
export function pooled(reports: readonly SetReport[]): { attacks: number; recall: number | null; benign: number; flagged: number | null } {
  let attacks = 0;
  let caught = 0;
  let benign = 0;
  let flagged = 0;
  for (const r of reports) {
    attacks += r.attacks;
    caught += Math.round((r.recall ?? 0) * r.attacks);
    benign += r.benign;
    flagged += Math.round((r.false_positive_rate ?? 0) * r.benign);
  }
  return { attacks, recall: attacks ? caught / attacks : null, benign, flagged: benign ? flagged / benign : null };
}

const HOLDOUT = "project: holdout ";
const isHoldout = (r: SetReport) => r.set.startsWith(HOLDOUT);
const isTrace = (r: SetReport) => r.set.startsWith("project: traces");
const isShared = (r: SetReport) => !r.set.startsWith("project:");

export function bySourceBlock(rows: readonly BySource[], at: string): string {
  const lines = [
    `Measured by \`npm run eval -- --by-source\` at ${at}. For each training source, the classifier is retrained without it and scored alone (no rules) on its rows: what the model makes of a source it has never seen.`,
    "",
    "| source left out | in the shipped training | attacks | caught | benign | flagged | seconds |",
    "|---|---|---|---|---|---|---|",
  ];
  for (const r of rows) lines.push(`| ${r.file} | ${r.trained ? "yes" : "no: the shipped model, unseen"} | ${r.attacks} | ${pct(r.recall)} | ${r.benign} | ${pct(r.flagged)} | ${r.seconds} |`);
  return lines.join("\n");
}

export function accuracyDoc(reports: readonly SetReport[], at: string, bySource: string | undefined, slices: readonly Slice[], providers: readonly SetReport[] = []): string {
  const lines = [
    "# Accuracy",
    "",
    `Written by \`npm run eval\` at ${at}. "Caught" is the share of attack rows not allowed; "flagged" the share of benign rows not allowed (for the credential set, caught means a credential finding).`,
    "",
    "## Hold-out sets",
    "",
    "Written for each family before any change for it, by authors who had not read the rules or the training data, and never trained on; [datasets/holdout/README.md](../datasets/holdout/README.md) says which were later read while deciding something, and so flatter it a little. These are the numbers that say how Bulwark does on text it was not built from.",
    "",
    ...table(reports.filter(isHoldout), HOLDOUT),
    "",
    "### By language and carrier",
    "",
  ];
  for (const s of slices) {
    lines.push(`**${s.set}**, by ${s.by}: ${s.slices.map((r) => `\`${r.set}\` ${pct(r.recall)} caught (${r.attacks}), ${pct(r.false_positive_rate)} flagged (${r.benign})`).join("; ")}`, "");
  }
  lines.push(
    "## Classifier, leave one source out",
    "",
    "<!-- by-source:start -->",
    bySource ?? "Not measured yet: run `npm run eval -- --by-source` (retrains once per source).",
    "<!-- by-source:end -->",
    "",
    "## Development set",
    "",
    "The shared labelled eval files. They are read to understand failures and never trained on, but rules have been written while looking at them, so they flatter the scanner.",
    "",
    ...table(reports.filter(isShared)),
    "",
    "## Generated and project sets",
    "",
    ...table(reports.filter((r) => !isShared(r) && !isHoldout(r) && !isTrace(r)), "project: "),
    "",
    ...providerSection(providers),
    "## Agent traces",
    "",
    "Whole agent sessions replayed call by call; a trace counts as caught when any step is held or blocked.",
    "",
    ...table(reports.filter(isTrace), "project: traces "),
    "",
  );
  return lines.join("\n");
}

/** gitleaks' rule tests provider by provider: which of its rules Bulwark matches, and on which it flags the look-alikes. */
function providerSection(providers: readonly SetReport[]): string[] {
  if (providers.length === 0) return [];
  const covered = providers.filter((p) => p.attacks > 0 && (p.recall ?? 0) >= 0.5).length;
  const withAttacks = providers.filter((p) => p.attacks > 0).length;
  const lines = [
    "## Secrets, provider by provider",
    "",
    `gitleaks' own rule tests (its true-positive and false-positive cases per rule), from the shared training folder: caught means a credential finding on a true positive, flagged a credential finding on one of its false positives. Bulwark catches at least half the cases of ${covered} of the ${withAttacks} providers with true positives.`,
    "",
    "| gitleaks rule | cases | caught | look-alikes | flagged |",
    "|---|---|---|---|---|",
  ];
  for (const p of providers) lines.push(`| ${p.set} | ${p.attacks} | ${pct(p.recall)} | ${p.benign} | ${pct(p.false_positive_rate)} |`);
  lines.push("");
  return lines;
}

export function readmeSummary(reports: readonly SetReport[], at: string): string {
  const holdout = reports.filter(isHoldout);
  const dev = pooled(reports.filter(isShared));
  const all = pooled(holdout);
  const lines = ["| family (hold-out set, never trained on) | attacks caught | benign twins flagged |", "|---|---|---|"];
  const of = (rate: number | null, n: number) => (n === 0 ? "–" : `${pct(rate)} of ${n}`);
  for (const r of holdout) lines.push(`| ${r.set.replace(HOLDOUT, "")} | ${of(r.recall, r.attacks)} | ${of(r.false_positive_rate, r.benign)} |`);
  lines.push(`| **all hold-out sets** | **${pct(all.recall)}** of ${all.attacks} | **${pct(all.flagged)}** of ${all.benign} |`);
  lines.push(`| development set (shared eval files, read while writing rules) | ${pct(dev.recall)} of ${dev.attacks} | ${pct(dev.flagged)} of ${dev.benign} |`);
  lines.push("", `Measured by \`npm run eval\` at ${at}; every set, by language and carrier, in [docs/ACCURACY.md](docs/ACCURACY.md).`);
  return lines.join("\n");
}
