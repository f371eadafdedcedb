import { describe, expect, it } from "vitest";
import { Rng } from "../../rng.js";
import { KeywordPrefilter } from "./prefilter.js";
import { credentialRules } from "./rules/index.js";

/** What the prefilter must answer: every rule with a keyword in the text, case-insensitively. */
function naive(keywordsByRule: ReadonlyArray<readonly string[]>, text: string): number[] {
  const lower = text.toLowerCase();
  return keywordsByRule.flatMap((keywords, rule) => (keywords.some((k) => lower.includes(k)) ? [rule] : []));
}

describe("KeywordPrefilter", () => {
  it("finds overlapping and nested keywords, in rule order, case-insensitively", () => {
    const keywords = [["he", "she"], ["his"], ["hers"], ["s"], ["xyz"]];
    const p = new KeywordPrefilter(keywords);
    expect(p.candidates("uSHErs")).toEqual([0, 2, 3]);
    expect(p.candidates("hi")).toEqual([]);
    expect(p.candidates("this")).toEqual([1, 3]);
    expect(p.candidates("")).toEqual([]);
  });

  it("agrees with a plain search for the shipped rules' keywords on random texts", () => {
    const keywords = credentialRules.map((r) => r.keywords);
    const p = new KeywordPrefilter(keywords);
    const all = keywords.flat();
    const rng = new Rng(99);
    const letters = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-=:/ é中";
    for (let t = 0; t < 300; t++) {
      let text = "";
      while (text.length < 200) {
        text += rng.next() < 0.2 ? (all[Math.floor(rng.next() * all.length)] as string).toUpperCase() : (letters[Math.floor(rng.next() * letters.length)] as string);
      }
      expect(p.candidates(text)).toEqual(naive(keywords, text));
    }
  });
});
