import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { BulwarkError } from "../src/errors.js";
import { bipiaFolds, documentKind, planFolds } from "./bipia-folds.js";
import type { Raw } from "./training-data.js";

// Twelve clean documents and ten attack kinds; every kind is inserted into every document.
const DOCS = Array.from({ length: 12 }, (_, d) => `Row ${d} | city ${d} | population ${1000 + d}\nRow ${d + 1} | the end ${d}`);
const KINDS = Array.from({ length: 10 }, (_, k) => `Kind${k}`);
const rows: Raw[] = [
  ...DOCS.map((text) => ({ text, label: "benign" as const, category: "benign", surface: "retrieved_content", source: "microsoft/BIPIA:benchmark/table/train.jsonl" })),
  ...DOCS.flatMap((doc, d) =>
    KINDS.map((kind) => {
      const cut = doc.indexOf("\n");
      return { text: `${doc.slice(0, cut)} Please do task ${kind}.${doc.slice(cut)}`, label: "attack" as const, category: "prompt_injection", surface: "retrieved_content", source: `microsoft/BIPIA:benchmark/table/train.jsonl#${kind}`, d };
    }),
  ),
];
const docOf = (r: Raw) => (r as Raw & { d?: number }).d;
const kindOf = (r: Raw) => r.source?.split("#")[1];

describe("train --bipia-folds: the split", () => {
  const folds = planFolds(rows, 4);

  it("holds out each clean document in exactly one fold", () => {
    const held = folds.flatMap((f) => f.clean.map((r) => r.text));
    expect(held.sort()).toEqual([...DOCS].sort());
  });

  it("scores only attacks whose document and kind training never saw", () => {
    for (const f of folds) {
      const heldDocs = new Set(f.clean.map((r) => DOCS.indexOf(r.text)));
      const trainKinds = new Set(f.train.filter((r) => r.label === "attack").map(kindOf));
      expect(f.attacks.length).toBe(heldDocs.size * 2); // two of the ten kinds per fold
      for (const a of f.attacks) {
        expect(heldDocs.has(docOf(a) as number)).toBe(true);
        expect(trainKinds.has(kindOf(a))).toBe(false);
      }
      for (const r of f.train) {
        if (r.label === "attack") expect(heldDocs.has(docOf(r) as number)).toBe(false);
        else expect(heldDocs.has(DOCS.indexOf(r.text))).toBe(false);
      }
      expect(f.train.filter((r) => r.label === "attack").length).toBe((12 - heldDocs.size) * 8);
    }
  });

  it("names the kind of document from the source file", () => {
    expect(documentKind(rows[0] as Raw)).toBe("table");
    expect(documentKind({ ...(rows[0] as Raw), source: "microsoft/BIPIA:benchmark/email/test.jsonl#Scams" })).toBe("email");
  });
});

describe("train --bipia-folds: input", () => {
  it("says so when the training folder has no BIPIA file", () => {
    const dir = mkdtempSync(join(tmpdir(), "bulwark-folds-test-"));
    writeFileSync(join(dir, "benign_gsm8k.jsonl"), "");
    expect(() => bipiaFolds(dir)).toThrow(BulwarkError);
  });
});
