import { describe, expect, it } from "vitest";
import { Rng } from "../../src/rng.js";
import { techDocuments } from "./tech-docs.js";

describe("technical documents", () => {
  it("are the same for the same seed, and differ for another", () => {
    expect(techDocuments(new Rng(5), 30)).toEqual(techDocuments(new Rng(5), 30));
    expect(techDocuments(new Rng(5), 30)).not.toEqual(techDocuments(new Rng(6), 30));
  });

  it("fill every slot and come in every kind: README, licence, contributing, reference, changelog", () => {
    const docs = techDocuments(new Rng(1), 300);
    for (const d of docs) expect(d).not.toMatch(/\{(?:pkg|fn|opt|val|event|thing|ver)\}/);
    for (const heading of ["## Install", "## License", "## Reference", "## v"]) expect(docs.some((d) => d.includes(heading))).toBe(true);
    expect(docs.some((d) => /## (?:Contributing|Security policy|Reporting issues)/.test(d))).toBe(true);
  });

  it("are long enough to be read in several windows, as real documentation is", () => {
    const docs = techDocuments(new Rng(2), 200);
    expect(docs.filter((d) => d.length > 400).length).toBeGreaterThan(100);
  });
});
