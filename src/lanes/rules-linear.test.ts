// Attackers control the text every rule reads. Each pattern must finish on long runs of the
// characters and words it looks for (a quadratic or exponential pattern does not finish within
// the test's time limit at this size).
import { describe, expect, it } from "vitest";
import { credentialRules } from "./credentials/rules/index.js";
import { INJECTION_RULES } from "./injection/rules.js";
import { poisonActs } from "./tools/cues.js";
import { POISON_RULES } from "./tools/rules.js";

const PADS = [
  " ", "\n", "\t", "]", "] ", "}", ")", "%", "=", "-", "#", "*", "_", "~", "'", '"', "<", "a", "a ", "1", ".", ". ", ":", "@", "/", "\\", "=a", "a=",
  "say ", "ignore ", "the ", "you ", "user: ", "assistant: x\n", "ignore all ", "send ", "http://", "<!--", "![", "](", "?&", "0x", "%41", "access granted ", "|\n", "| a |\n", "|\nTranslate the ", "What is this ",
];
const SIZE = 100_000;

// Rules that pair matches by position run their matcher too.
const matchers: Array<(text: string) => unknown> = [...INJECTION_RULES.flatMap((r) => (r.match ? [r.match] : [])), poisonActs];

const patterns: Array<[string, RegExp]> = [
  ...INJECTION_RULES.map((r): [string, RegExp] => [`injection/${r.id}`, r.pattern]),
  ...POISON_RULES.map((r): [string, RegExp] => [`tools/${r.id}`, r.pattern]),
  ...credentialRules.map((r): [string, RegExp] => [`credentials/${r.id}`, r.pattern]),
];

describe("rule patterns on adversarial input", () => {
  it("cover every lane's rules", () => {
    expect(patterns.length).toBeGreaterThan(120);
    expect(matchers.length).toBeGreaterThan(0);
  });
  for (const pad of PADS) {
    it(`finish on ${SIZE / 1000} kB of ${JSON.stringify(pad)}`, () => {
      const text = `say${pad.repeat(Math.ceil(SIZE / pad.length))}\u0001`;
      for (const [, pattern] of patterns) {
        pattern.lastIndex = 0;
        pattern.test(text);
      }
      for (const match of matchers) match(text);
      expect(text.length).toBeGreaterThan(SIZE);
    }, 20_000);
  }
});
