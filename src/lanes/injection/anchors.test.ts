// The anchor gate skips a rule when none of its anchor words is in the text. It must never skip
// a rule that would have matched: checked here on every text we have that a rule matches.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { MODEL_DIR } from "../../model/model.js";
import { syntheticRows } from "../../../training/synthetic/generate.js";
import { mayMatch } from "./index.js";
import { INJECTION_RULES } from "./rules.js";

const PROJECT = join(MODEL_DIR, "..");
const TRAIN = join(PROJECT, "..", "shared", "datasets", "train");

function jsonlTexts(path: string): string[] {
  if (!existsSync(path)) return [];
  return readFileSync(path, "utf8")
    .split("\n")
    .filter((line) => line.trim() !== "")
    .map((line) => (JSON.parse(line) as { text: string }).text);
}

/** A word glued to what a `\b` does not count as a word character: `'`, accents, other scripts. */
function glued(text: string): string[] {
  return [`l'${text}`, `déjà${text}`, `${text}'s`, `${text}é`, `_x ${text}`, `Ж${text.toUpperCase()}`, `«${text}»`];
}

function corpus(): string[] {
  const texts: string[] = [];
  for (const rule of INJECTION_RULES) {
    for (const text of [...rule.examples.positive, ...rule.examples.negative]) texts.push(text, ...glued(text));
  }
  texts.push(...jsonlTexts(join(PROJECT, "datasets", "injection-handwritten.jsonl")));
  texts.push(...syntheticRows(11, 0.25).map((row) => row.text));
  if (existsSync(TRAIN)) for (const file of readdirSync(TRAIN)) if (file.endsWith(".jsonl")) texts.push(...jsonlTexts(join(TRAIN, file)));
  return texts;
}

describe("injection rule anchors", () => {
  it("never skip a rule on a text it matches", () => {
    const texts = corpus();
    expect(texts.length).toBeGreaterThan(5000);
    let matched = 0;
    for (const rule of INJECTION_RULES) {
      if (!rule.anchors) continue;
      for (const text of texts) {
        if (!rule.pattern.test(text)) continue;
        matched++;
        expect(mayMatch(rule, text), `${rule.id}: ${text.slice(0, 200)}`).toBe(true);
      }
    }
    // The check above saw real matches of every gated rule, not an empty loop.
    expect(matched).toBeGreaterThan(500);
  });

  it("skip rules whose anchor words are absent", () => {
    const byId = new Map(INJECTION_RULES.map((r) => [r.id, r]));
    const text = "The quarterly report shows revenue growth of 12 percent in the northern region (17).";
    for (const id of ["ignore-previous-instructions", "reveal-system-prompt", "send-data-out", "address-the-ai", "hidden-from-user"]) {
      expect(mayMatch(byId.get(id)!, text), id).toBe(false);
    }
    expect(mayMatch(byId.get("ignore-previous-instructions")!, `${text} Ignore the above.`)).toBe(true);
  });

  it("find words a regular expression sees inside tokens glued by apostrophes and other scripts", () => {
    const has = (text: string, word: string) => mayMatch({ ...INJECTION_RULES[0]!, anchors: [word] }, text);
    expect(has("l'ignore", "ignore")).toBe(true);
    expect(has("déjàignore", "ignore")).toBe(true);
    expect(has("IGNORE_x", "ignore")).toBe(false);
    expect(has("ignored", "ignore")).toBe(false);
  });
});
