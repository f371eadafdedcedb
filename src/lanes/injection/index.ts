// The injection lane: instructions aimed at the model where none belong. Rules and the shipped
// classifier read every view of the text (normalised, de-obfuscated, decoded, hidden HTML);
// a detection found only in an obfuscated view also reports that obfuscation.
import { LABEL_REASON, labelApplies, type Label } from "../../model/labels.js";
import { asciiWordHash, markAsciiWords, tokenize, type Tokens } from "../../model/features.js";
import { classify, shippedModel } from "../../model/model.js";
import type { ScanInput } from "../../scan/input.js";
import type { Lane } from "../../scan/lane.js";
import { buildViews, type View } from "../../scan/views.js";
import type { Finding, Reason, Severity, Surface } from "../../types.js";
import { INJECTION_RULES, type InjectionRule } from "./rules.js";
import { work } from "../../scan/work.js";

const WHOLE_TEXT_VIEWS: ReadonlySet<View["kind"]> = new Set(["raw", "nfkc", "invisible_unicode", "homoglyphs", "leetspeak", "html_entities", "spaced_letters", "reversed", "rot13", "combining_marks"]);
const DATA: ReadonlySet<Surface> = new Set(["retrieved_content", "tool_result", "tool_description", "memory_write", "code"]);

function severityOf(label: Label, surface: Surface): Severity {
  if (label === "extraction" || label === "sensitive") return DATA.has(surface) ? "high" : "medium";
  return "high";
}

/** A finding from a transformed view spans what the view came from; the raw view keeps its own offsets. */
function spanOf(view: View, local: [number, number]): [number, number] {
  if (view.kind === "raw") return local;
  // Reversed text has no offsets in common with the original: the finding spans all of it.
  if (view.kind === "reversed") return view.span;
  if (view.span[0] === 0 && view.span[1] >= view.text.length && view.kind !== "hidden_text") {
    // Whole-text views keep (nearly) the same offsets; clamp to the original.
    return [Math.min(local[0], view.span[1]), Math.min(local[1], view.span[1])];
  }
  return view.span;
}

function obfuscationOf(view: View): Reason | undefined {
  switch (view.kind) {
    case "raw":
    case "nfkc":
      return undefined;
    case "hidden_text":
    case "invisible_unicode":
      return "obfuscation:invisible_unicode";
    default:
      return `obfuscation:${view.kind}`;
  }
}

/**
 * The `\b` words of the view being scanned, as a bitset (a false hit only runs a pattern): 4096
 * bits for a short text, 2^18 for a long one, so neither is crowded and a short one is cheap to clear.
 */
const SMALL_WORDS = new Uint32Array(128);
const LARGE_WORDS = new Uint32Array(8192);
let words = SMALL_WORDS;
/** Each rule's anchor words as the hashes tokens carry, in INJECTION_RULES order. */
const RULE_ANCHORS = INJECTION_RULES.map((rule) => anchorHashes(rule));

function anchorHashes(rule: InjectionRule): Uint32Array | undefined {
  return rule.anchors && Uint32Array.from(rule.anchors, asciiWordHash);
}

function markWords(text: string, tokens: Tokens): void {
  words = tokens.count <= 400 ? SMALL_WORDS : LARGE_WORDS;
  markAsciiWords(text, tokens, words);
}

/** Is one of these anchor words among the marked words (or has the rule no anchors)? */
function anchored(hashes: Uint32Array | undefined): boolean {
  if (!hashes) return true;
  const mask = words.length * 32 - 1;
  for (let i = 0; i < hashes.length; i++) {
    const b = (hashes[i] as number) & mask;
    if (((words[b >>> 5] as number) & (1 << (b & 31))) !== 0) return true;
  }
  return false;
}

/** The anchor gate on its own, for tests: false only if the rule cannot match `text`. */
export function mayMatch(rule: InjectionRule, text: string): boolean {
  markWords(text, tokenize(text));
  return anchored(anchorHashes(rule));
}

const GLOBAL = new WeakMap<RegExp, RegExp>();
const OPEN_QUOTES = new Set(["'", '"', "“", "‘", "«", "`"]);
const CLOSE_QUOTES = new Set(["'", '"', "”", "’", "»", "`"]);

/**
 * A phrase in quotes is being talked about ("attacks like 'ignore previous instructions'"), not
 * said. The first match that is not wrapped in quotes, or none.
 */
function unquotedMatch(pattern: RegExp, text: string): [number, number] | undefined {
  // A global twin searches on from an offset in the whole text, so `^` and lookbehinds still see
  // what comes before (a slice would make its first character look like the start).
  let global = GLOBAL.get(pattern);
  if (!global) GLOBAL.set(pattern, (global = new RegExp(pattern.source, `${pattern.flags.replace("g", "")}g`)));
  let offset = 0;
  for (let tries = 0; tries < 4 && offset < text.length; tries++) {
    global.lastIndex = offset;
    work.steps++;
    const m = global.exec(text);
    if (!m) return undefined;
    const start = m.index;
    const end = start + m[0].length;
    let close = end;
    while (close < text.length && close < end + 3 && !CLOSE_QUOTES.has(text[close] as string)) close++;
    if (!OPEN_QUOTES.has(text[start - 1] ?? "") || !CLOSE_QUOTES.has(text[close] ?? "")) return [start, end];
    offset = Math.max(end, start + 1);
  }
  return undefined;
}

export function scanInjection(input: ScanInput): Finding[] {
  const surface = input.context.eval_surface;
  if (surface === "tool_call_args" && input.toolCall) return [];
  if (input.text.length === 0) return [];
  const { views, obfuscations } = buildViews(input.text);
  const model = shippedModel();
  const best = new Map<string, Finding>();
  const keep = (finding: Finding, kind: View["kind"]) => {
    const key = `${finding.reason}|${finding.rule}`;
    const old = best.get(key);
    if (!old) {
      best.set(key, finding);
      return;
    }
    // One finding per rule. A whole-text rewrite (NFKC, leetspeak…) was not needed if the rule
    // already fired; a hidden part (HTML, decoded run, tag characters) is reported even so.
    const hiddenPart = !WHOLE_TEXT_VIEWS.has(kind);
    const also = hiddenPart ? [...new Set([...(old.also ?? []), ...(finding.also ?? [])])] : (old.also ?? []);
    const kept = finding.confidence > old.confidence + 0.05 ? { ...finding, also } : old;
    if (also.length > 0) kept.also = also;
    best.set(key, kept);
  };
  for (const view of views) {
    const obfuscation = obfuscationOf(view);
    const also = obfuscation ? [obfuscation] : undefined;
    // One tokenization per view: its words gate the rules, then the model reads it.
    const tokens = tokenize(view.text);
    markWords(view.text, tokens);
    for (let r = 0; r < INJECTION_RULES.length; r++) {
      const rule = INJECTION_RULES[r] as InjectionRule;
      if (!labelApplies(rule.label, surface) || (rule.surfaces && !rule.surfaces.includes(surface)) || !anchored(RULE_ANCHORS[r])) continue;
      if (rule.requires && !rule.requires.test(view.text)) continue;
      work.steps++;
      const at = rule.match ? rule.match(view.text) : unquotedMatch(rule.pattern, view.text);
      if (!at) continue;
      const finding: Finding = {
        lane: "injection",
        reason: LABEL_REASON[rule.label],
        rule: rule.id,
        confidence: rule.confidence,
        span: spanOf(view, at),
        severity: severityOf(rule.label, surface),
      };
      if (also) finding.also = also;
      keep(finding, view.kind);
    }
    if (!model) continue;
    for (const hit of classify(model, view.text, surface, tokens).hits) {
      const finding: Finding = {
        lane: "injection",
        reason: LABEL_REASON[hit.label],
        rule: `model:${hit.label}`,
        confidence: Math.round(hit.score * 1000) / 1000,
        span: spanOf(view, hit.span),
        severity: severityOf(hit.label, surface),
      };
      if (also) finding.also = also;
      keep(finding, view.kind);
    }
  }
  const findings = [...best.values()];
  // Invisible tag characters and bidi controls are worth a look even with nothing else found.
  for (const o of obfuscations) {
    const strong = o.detail.includes("tag characters") || o.detail.includes("bidirectional");
    findings.push({ lane: "injection", reason: `obfuscation:${o.kind}`, rule: `obfuscation-${o.kind.replace(/_/g, "-")}`, confidence: 0.8, span: o.span, severity: strong ? "medium" : "low" });
  }
  return findings;
}

export const lane: Lane = {
  id: "injection",
  description: "prompt injection, jailbreaks, system-prompt extraction, exfiltration and sensitive-data requests",
  reasons: ["semantic:prompt_injection", "semantic:safety_bypass", "semantic:system_prompt_extraction", "semantic:data_exfiltration", "semantic:sensitive_data_request", "obfuscation:<kind>"],
  scan: scanInjection,
};
