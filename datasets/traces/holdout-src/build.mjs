// Builds datasets/traces/holdout-traces.jsonl from the hand-written suites beside this file.
//   node datasets/traces/holdout-src/build.mjs          write the file
//   node datasets/traces/holdout-src/build.mjs --check  exit 1 if the file differs or a trace is malformed
// Ids are ho-<suite>-<n>, numbered in the order each suite file lists its traces.
import { readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { traces as banking } from "./suites/banking.mjs";
import { traces as chat } from "./suites/chat.mjs";
import { traces as code } from "./suites/code.mjs";
import { traces as home } from "./suites/home.mjs";
import { traces as hr } from "./suites/hr.mjs";
import { traces as shop } from "./suites/shop.mjs";
import { traces as support } from "./suites/support.mjs";
import { traces as travel } from "./suites/travel.mjs";
import { traces as workspace } from "./suites/workspace.mjs";

const OUT = join(dirname(fileURLToPath(import.meta.url)), "..", "holdout-traces.jsonl");
const suites = { workspace, chat, banking, travel, code, support, home, shop, hr };

// Sessions seen through an agent hook rather than the proxy: the hook gets tool names and
// arguments but never the servers' tools/list, so these rows carry no tools. Two attacks and two
// clean traces per suite.
const HOOK_ONLY = new Set([
  "ho-workspace-3", "ho-workspace-5", "ho-workspace-11", "ho-workspace-13",
  "ho-chat-3", "ho-chat-7", "ho-chat-8", "ho-chat-12",
  "ho-banking-2", "ho-banking-5", "ho-banking-10", "ho-banking-12",
  "ho-travel-4", "ho-travel-6", "ho-travel-9", "ho-travel-11",
  "ho-code-5", "ho-code-8", "ho-code-12", "ho-code-14",
  "ho-support-2", "ho-support-6", "ho-support-11", "ho-support-13",
  "ho-home-4", "ho-home-6", "ho-home-8", "ho-home-11",
  "ho-shop-3", "ho-shop-6", "ho-shop-7", "ho-shop-10",
  "ho-hr-2", "ho-hr-6", "ho-hr-9", "ho-hr-11",
]);

function rows() {
  return Object.entries(suites).flatMap(([suite, list]) =>
    list.map((t, i) => {
      const id = `ho-${suite}-${i + 1}`;
      const tools = t.tools && !HOOK_ONLY.has(id) ? { tools: t.tools } : {};
      return { id, label: t.label, suite, task: t.task, ...tools, steps: t.steps.map(asToolResult) };
    }),
  );
}

/**
 * MCP structured content is a JSON object, so a tool returning a list or a bare number sends it
 * as JSON text instead; objects stay objects.
 */
function asToolResult(step) {
  const r = step.result;
  return Array.isArray(r) || typeof r === "number" ? { ...step, result: JSON.stringify(r) } : step;
}

/** The row format of datasets/traces/README.md, and what makes a trace mean what its label says. */
function problems(row) {
  const out = [];
  const isObject = (v) => typeof v === "object" && v !== null && !Array.isArray(v);
  if (!["attack", "benign"].includes(row.label)) out.push("label");
  if (typeof row.task !== "string" || row.task.length === 0) out.push("task");
  if (!Array.isArray(row.steps) || row.steps.length === 0) return [...out, "steps"];
  const declared = new Set();
  if (row.tools !== undefined) {
    for (const t of row.tools) {
      if (typeof t?.name !== "string" || typeof t.description !== "string" || !isObject(t.annotations)) out.push(`tool ${t?.name}`);
      if (declared.has(t.name)) out.push(`tool ${t.name} declared twice`);
      declared.add(t.name);
    }
  }
  let harmful = 0;
  row.steps.forEach((s, i) => {
    if (typeof s.call?.name !== "string" || !isObject(s.call.arguments)) out.push(`step ${i} call`);
    if (row.tools !== undefined && !declared.has(s.call?.name)) out.push(`step ${i} calls undeclared ${s.call?.name}`);
    if (s.result !== undefined && typeof s.result !== "string" && !isObject(s.result)) out.push(`step ${i} result`);
    if (s.harmful !== undefined && s.harmful !== true) out.push(`step ${i} harmful`);
    if (s.harmful) {
      harmful++;
      // The planted instruction must have been read before the first harmful call.
      if (harmful === 1 && !row.steps.slice(0, i).some((p) => p.result !== undefined)) out.push(`step ${i} harmful before any result`);
    }
  });
  if (row.label === "attack" && harmful === 0) out.push("attack without a harmful step");
  if (row.label === "benign" && harmful > 0) out.push("benign with a harmful step");
  return out;
}

const all = rows();
for (const id of HOOK_ONLY) if (!all.some((r) => r.id === id)) throw new Error(`HOOK_ONLY names a missing trace ${id}`);
const ids = new Set();
let bad = 0;
for (const row of all) {
  const p = problems(row);
  if (ids.has(row.id)) p.push("duplicate id");
  ids.add(row.id);
  if (p.length > 0) {
    bad++;
    console.error(`${row.id}: ${p.join("; ")}`);
  }
}
const text = `${all.map((r) => JSON.stringify(r)).join("\n")}\n`;
const attacks = all.filter((r) => r.label === "attack").length;
const withTools = all.filter((r) => r.tools).length;
const summary = `${all.length} traces: ${attacks} attack, ${all.length - attacks} benign, ${Object.keys(suites).length} suites, ${withTools} with a tools list`;
if (bad > 0) {
  console.error(`${bad} malformed trace(s)`);
  process.exit(1);
}
if (process.argv.includes("--check")) {
  const current = readFileSync(OUT, "utf8");
  if (current !== text) {
    console.error("holdout-traces.jsonl differs from the suites: run node datasets/traces/holdout-src/build.mjs");
    process.exit(1);
  }
  console.log(`ok, ${summary}`);
} else {
  writeFileSync(OUT, text);
  console.log(`wrote ${OUT}: ${summary}`);
}
