import { describe, expect, it } from "vitest";
import { analyzeShell } from "./analyze.js";
import { commandRules, scriptRules } from "./rules/index.js";

describe("command rules", () => {
  for (const rule of [...commandRules, ...scriptRules]) {
    describe(rule.id, () => {
      it("matches every positive example", () => {
        for (const example of rule.examples.positive) {
          const ids = analyzeShell(example).map((m) => m.rule);
          expect(ids, example).toContain(rule.id);
        }
      });
      it("ignores every negative example", () => {
        for (const example of rule.examples.negative) {
          const ids = analyzeShell(example).map((m) => m.rule);
          expect(ids, example).not.toContain(rule.id);
        }
      });
    });
  }

  it("has unique ids and evidence for every rule", () => {
    const all = [...commandRules, ...scriptRules];
    expect(new Set(all.map((r) => r.id)).size).toBe(all.length);
    for (const rule of all) {
      expect(rule.examples.positive.length, rule.id).toBeGreaterThanOrEqual(2);
      expect(rule.examples.negative.length, rule.id).toBeGreaterThanOrEqual(1);
    }
  });
});
