// capabilities and version: what this build can do, machine-readable.
import { credentialRules } from "../../lanes/credentials/rules/index.js";
import { LABEL_DESCRIPTION, LABELS } from "../../model/labels.js";
import { shippedModel } from "../../model/model.js";
import { learner } from "../../scan/learning.js";
import { lanes } from "../../scan/lanes.js";
import { PROFILES, REASONS, SURFACES } from "../../types.js";
import { VERSION } from "../../version.js";
import { write, type CliIo } from "../io.js";

export function capabilities(): Record<string, unknown> {
  return {
    name: "bulwark",
    version: VERSION,
    model_version: shippedModel()?.card.version ?? "rules-only",
    // sentence_threshold: a user prompt's sentences are read on their own for this label.
    model_labels: LABELS.map((label) => ({ label, description: LABEL_DESCRIPTION[label], threshold: shippedModel()?.card.thresholds[label], sentence_threshold: shippedModel()?.card.sentence_thresholds?.[label] })),
    learning_version: learner()?.version() ?? "off",
    lanes: lanes.map((lane) => ({ id: lane.id, description: lane.description, reasons: lane.reasons })),
    reasons: [...REASONS, "obfuscation:<kind>"],
    surfaces: SURFACES,
    profiles: PROFILES,
    credential_types: credentialRules.map((rule) => ({ id: rule.id, description: rule.description, env_var: rule.envVar })),
    network: "none",
    commands: ["inspect", "inspect-json", "inspect-jsonl", "sanitize", "detect-credentials", "mcp-proxy", "pins", "audit", "wrap", "hook claude-code", "feedback", "capabilities", "eval", "version"],
  };
}

export async function capabilitiesCommand(io: CliIo): Promise<number> {
  await write(io.stdout, `${JSON.stringify(capabilities(), null, 2)}\n`);
  return 0;
}

export async function versionCommand(io: CliIo): Promise<number> {
  await write(io.stdout, `bulwark ${VERSION}\n`);
  return 0;
}
