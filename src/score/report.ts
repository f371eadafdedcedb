// Accuracy of the scanner over labelled sets: recall on attacks, false-positive rate on benign
// rows, precision, F1 and time per row.
import { basename } from "node:path";
import { inspect } from "../api.js";
import { setLearner } from "../scan/learning.js";
import type { Context, Verdict } from "../types.js";
import { loadJsonl, type LabelledRow } from "./dataset.js";

export interface SetReport {
  set: string;
  rows: number;
  attacks: number;
  benign: number;
  recall: number | null;
  false_positive_rate: number | null;
  precision: number | null;
  f1: number | null;
  us_per_row: number;
  /** A few misses and false alarms, for reading (ids only). */
  missed: string[];
  false_alarms: string[];
}

/** How a row meets the scanner: shell lines are what an agent's shell tool would run. */
export function contextFor(row: LabelledRow): Context {
  switch (row.surface) {
    case "shell_command":
      return { eval_surface: "tool_call_args", tool_name: "Bash" };
    case "retrieved_content":
      return { eval_surface: "retrieved_content" };
    case "tool_result":
      return { eval_surface: "tool_result" };
    case "tool_description":
      return { eval_surface: "tool_description" };
    case "tool_call_args":
      return { eval_surface: "tool_call_args" };
    default:
      return { eval_surface: "user_prompt" };
  }
}

function scanRow(row: LabelledRow): Verdict {
  if (row.request !== undefined) return inspect(row.request);
  const ctx = contextFor(row);
  if (row.surface === "shell_command") return inspect({ tool_name: "Bash", tool_input: { command: row.text } });
  return inspect(row.text, ctx);
}

const round = (n: number | null) => (n === null ? null : Math.round(n * 10000) / 10000);

export function evaluateSet(name: string, rows: readonly LabelledRow[], flagged: (v: Verdict, row: LabelledRow) => boolean = (v) => v.action !== "allow"): SetReport {
  let tp = 0;
  let fp = 0;
  let attacks = 0;
  let benign = 0;
  const missed: string[] = [];
  const falseAlarms: string[] = [];
  const t0 = performance.now();
  for (const row of rows) {
    const hit = flagged(scanRow(row), row);
    if (row.label === "attack") {
      attacks++;
      if (hit) tp++;
      else if (missed.length < 10) missed.push(row.id);
    } else {
      benign++;
      if (hit) {
        fp++;
        if (falseAlarms.length < 10) falseAlarms.push(row.id);
      }
    }
  }
  const usPerRow = rows.length ? ((performance.now() - t0) * 1000) / rows.length : 0;
  const recall = attacks ? tp / attacks : null;
  const precision = tp + fp ? tp / (tp + fp) : null;
  const f1 = recall !== null && precision !== null && recall + precision > 0 ? (2 * recall * precision) / (recall + precision) : null;
  return {
    set: name,
    rows: rows.length,
    attacks,
    benign,
    recall: round(recall),
    false_positive_rate: benign ? round(fp / benign) : null,
    precision: round(precision),
    f1: round(f1),
    us_per_row: Math.round(usPerRow * 10) / 10,
    missed,
    false_alarms: falseAlarms,
  };
}

// Two decimals under 1 %, where targets such as 0.5 % sit and one decimal would round across them.
const pct = (n: number | null) => (n === null ? "–" : `${(n * 100).toFixed(n > 0 && n < 0.01 ? 2 : 1)} %`);
const num = (n: number | null) => (n === null ? "–" : n.toFixed(3));

export function formatReports(reports: readonly SetReport[]): string {
  const lines = ["| set | rows | attack recall | benign FP rate | precision | F1 | µs/row |", "|---|---|---|---|---|---|---|"];
  for (const r of reports) {
    lines.push(`| ${r.set} | ${r.rows} | ${pct(r.recall)} | ${pct(r.false_positive_rate)} | ${num(r.precision)} | ${num(r.f1)} | ${r.us_per_row} |`);
  }
  return `${lines.join("\n")}\n`;
}

/** `bulwark eval FILE…`: each file scored by the shipped scanner, local feedback left out. */
export function scoreFiles(files: readonly string[]): SetReport[] {
  setLearner(undefined);
  return files.map((path) => evaluateSet(basename(path, ".jsonl"), loadJsonl(path)));
}
