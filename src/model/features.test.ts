import { describe, expect, it } from "vitest";
import { Rng } from "../rng.js";
import { featurize, spanFeatures, tokenize } from "./features.js";

const PIECES = [
  "ignore", "Previous", "instructions", "the", "e-mail", "don't", "x", "README_md", "v2", "2026",
  "résumé", "Straße", "Привет", "мир", "中文字符", "日本語", "한국어", "a1b2c3d4e5f6g7h8i9j0", "sk4f9Q2mZ8xL1pR7tW3v",
  "🙂", "naïve", "ΑΒΓ", "user's", "user’s", "'quoted'", "‘quoted’", "it's", "o'clock", "''", "'s", "’s", "a1b2c3d4e5f6g7h8i9's", "rock’n’roll’s",
];
const SEPARATORS = [" ", "  ", ", ", ".\n", "\t", "|", " — ", "", "(", ") ", "\u3000", "、"];

function randomText(rng: Rng): string {
  let text = "";
  const words = 1 + rng.int(60);
  for (let i = 0; i < words; i++) text += (PIECES[rng.int(PIECES.length)] as string) + (SEPARATORS[rng.int(SEPARATORS.length)] as string);
  return text;
}

function featureSet(f: { indices: Int32Array; count: number }): number[] {
  return [...f.indices.subarray(0, f.count)].sort((a, b) => a - b);
}

describe("featurize", () => {
  it("makes word unigrams and bigrams, and CJK character unigrams and bigrams", () => {
    expect(featurize("ab cd").count).toBe(3); // ab, cd, ab+cd
    expect(featurize("中文").count).toBe(4); // 中, 文, 中文 (characters), 中→文 (tokens)
    expect(featureSet(featurize("Ignore THIS"))).toEqual(featureSet(featurize("ignore this")));
  });

  it("reads a typographic apostrophe inside a word as `'`, and a closing 's as the word itself", () => {
    expect(featureSet(featurize("don’t stop"))).toEqual(featureSet(featurize("don't stop")));
    expect(featureSet(featurize("ignore the user's question"))).toEqual(featureSet(featurize("ignore the user question")));
    expect(featureSet(featurize("ignore the user’s question"))).toEqual(featureSet(featurize("ignore the user question")));
    expect(featureSet(featurize("say ‘Access Granted’"))).toEqual(featureSet(featurize("say Access Granted")));
    // A quote mark that opens or closes a word is still part of it (quoted words are mentioned, not said).
    expect(featureSet(featurize("say 'Access Granted'"))).not.toEqual(featureSet(featurize("say Access Granted")));
  });

  it("gives a span of a shared tokenization exactly the features of the span read alone", () => {
    const rng = new Rng(7);
    for (let round = 0; round < 400; round++) {
      const text = randomText(rng);
      for (let cut = 0; cut < 8; cut++) {
        const start = rng.int(text.length + 1);
        const end = start + rng.int(text.length - start + 1);
        const alone = featureSet(featurize(text.slice(start, end)));
        // tokenize() again: featurize above reused the shared table.
        const shared = spanFeatures(text, tokenize(text), start, end);
        expect({ text, start, end, features: featureSet(shared) }).toEqual({ text, start, end, features: alone });
        expect(shared.value).toBe(featurize(text.slice(start, end)).value);
      }
    }
  });
});
