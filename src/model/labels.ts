// What the classifier predicts, and which verdict reason each label becomes.
import type { Reason, Surface } from "../types.js";

export const LABELS = ["override", "embedded", "jailbreak", "extraction", "exfiltration", "sensitive"] as const;
export type Label = (typeof LABELS)[number];

export const LABEL_REASON: Record<Label, Reason> = {
  override: "semantic:prompt_injection",
  embedded: "semantic:prompt_injection",
  jailbreak: "semantic:safety_bypass",
  extraction: "semantic:system_prompt_extraction",
  exfiltration: "semantic:data_exfiltration",
  sensitive: "semantic:sensitive_data_request",
};

/** Descriptions for `bulwark capabilities` and the model card. */
export const LABEL_DESCRIPTION: Record<Label, string> = {
  override: "explicit attempt to replace the assistant's instructions (ignore previous…, new system prompt)",
  embedded: "instruction aimed at the assistant hidden in data (a page, an email, a tool result)",
  jailbreak: "role-play or persona prompt meant to lift the assistant's safety rules",
  extraction: "request to reveal the system prompt, hidden instructions or a guarded secret",
  exfiltration: "instruction to send conversation data or secrets to an outside address",
  sensitive: "request for credentials or personal data the assistant may hold",
};

/**
 * Which labels count where. A user giving the assistant instructions is normal, so `embedded`
 * (an instruction aimed at the assistant) only counts inside data: retrieved content, tool
 * results, tool descriptions, memory and source code (a comment addressed to the agent).
 */
export function labelApplies(label: Label, surface: Surface): boolean {
  if (label !== "embedded") return true;
  return surface === "retrieved_content" || surface === "tool_result" || surface === "tool_description" || surface === "memory_write" || surface === "code";
}

const PROMPT_SENTENCE_LABELS: readonly Label[] = ["override", "extraction"];

/**
 * Labels a text is also scored for sentence by sentence, on this surface (the text's windows are
 * always scored). Inside data, an instruction is often one sentence among many (`embedded`). In
 * a user prompt, an attack is often one sentence after a story or small talk, and a 400-character
 * window dilutes it: behind a paragraph of small talk, 158 of the 430 hand-written extraction
 * attempts were caught by windows alone, against 383 without it. `jailbreak` is left out: a
 * persona sentence on its own ("you are a helpful librarian") is ordinary, the label is about
 * the whole prompt.
 */
export function readsSentences(label: Label, surface: Surface): boolean {
  if (label === "embedded") return labelApplies(label, surface);
  return surface === "user_prompt" && PROMPT_SENTENCE_LABELS.includes(label);
}
