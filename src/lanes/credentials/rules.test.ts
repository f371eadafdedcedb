import { describe, expect, it } from "vitest";
import { sanitize } from "../../api.js";
import { credentialCorpus, LOOK_ALIKES, sampleCase } from "./corpus.js";
import { credentialDetector } from "./detect.js";
import { credentialRules } from "./rules/index.js";
import { Rng } from "./samples.js";

function rulesFiring(text: string): string[] {
  return credentialDetector.detect(text).map((m) => m.rule.id);
}

describe("credential rules", () => {
  it("has at least 60 rules with unique ids, keywords and evidence", () => {
    expect(credentialRules.length).toBeGreaterThanOrEqual(60);
    const ids = new Set(credentialRules.map((r) => r.id));
    expect(ids.size).toBe(credentialRules.length);
    for (const rule of credentialRules) {
      expect(rule.keywords.length, rule.id).toBeGreaterThan(0);
      expect(rule.negatives.length, rule.id).toBeGreaterThan(0);
    }
  });

  for (const rule of credentialRules) {
    describe(rule.id, () => {
      it("finds its generated secrets at the right span", () => {
        const rng = new Rng(rule.id.length * 7919);
        for (let variant = 0; variant < 6; variant++) {
          const c = sampleCase(rule, rng, variant);
          const matches = credentialDetector.detect(c.text);
          const hit = matches.find((m) => c.text.slice(m.start, m.end).includes(c.secret) || c.secret.includes(c.text.slice(m.start, m.end)));
          expect(hit, `${rule.id} missed in: ${c.text}`).toBeDefined();
          expect(hit?.rule.id, c.text).toBe(rule.id);
        }
      });

      it("ignores its look-alikes", () => {
        for (const negative of rule.negatives) {
          expect(rulesFiring(negative), negative).not.toContain(rule.id);
        }
      });
    });
  }

  it("fires on no shared look-alike (UUIDs, hashes, digests, wallets, docs examples)", () => {
    for (const text of LOOK_ALIKES) expect(rulesFiring(text), text).toEqual([]);
  });

  it("reaches recall >= 0.99 on the generated corpus", () => {
    const corpus = credentialCorpus(20);
    const found = corpus.filter((c) => credentialDetector.detect(c.text).some((m) => m.rule.id === c.rule));
    expect(found.length / corpus.length).toBeGreaterThanOrEqual(0.99);
  });

  it("leaves no 8-character piece of any generated secret after sanitize", () => {
    const leaks: string[] = [];
    for (const c of credentialCorpus(10, 99)) {
      // Labels such as [REDACTED:rubygems-api-key] may echo a token's prefix; they are not leaks.
      const clean = sanitize(c.text).replace(/\[REDACTED:[a-z0-9-]+\]/g, "[R]");
      const secret = c.secret.trim();
      // Pieces that also occur around the secret (an env var named CLOJARS_TOKEN) are not leaks.
      const around = c.text.replace(secret, " ");
      for (let i = 0; i + 8 <= secret.length; i++) {
        const piece = secret.slice(i, i + 8);
        if (clean.includes(piece) && !around.includes(piece)) {
          leaks.push(`${c.rule}: ${piece}`);
          break;
        }
      }
    }
    expect(leaks).toEqual([]);
  });
});
