import { describe, expect, it } from "vitest";
import { Rng } from "../../src/rng.js";
import { gambitExtractions, gambitHijacks, gambitLookalikes } from "./gambits.js";

const OVERRIDE_WORDS = /\b(?:ignore|disregard|forget|override|previous instructions)\b/i;

describe("password-game gambits", () => {
  it("are the same for the same seed, and differ for another", () => {
    expect(gambitHijacks(new Rng(5), 50)).toEqual(gambitHijacks(new Rng(5), 50));
    expect(gambitHijacks(new Rng(5), 50)).not.toEqual(gambitHijacks(new Rng(6), 50));
  });

  it("fill every slot and never lean on override words", () => {
    const rng = new Rng(1);
    for (const row of [...gambitHijacks(rng, 400), ...gambitExtractions(rng, 200), ...gambitLookalikes(rng, 400)]) {
      expect(row).not.toMatch(/\{[a-zA-Z]+\}/);
      expect(row).not.toMatch(OVERRIDE_WORDS);
    }
  });

  it("aim every hijack at the approval phrase, by name, in translation, as code or as a stand-in", () => {
    for (const row of gambitHijacks(new Rng(2), 400)) {
      expect(row).toMatch(/access|granted|accès|zugang|zugriff|acceso|accesso|acesso|доступ|访问|アクセス|접근|toegang|success|approval|confirmation|greeting|welcome|unlock|let me in|password|denied|costs nothing|A_+ G_+|_{6}|"Acc"|sseccA/i);
    }
  });

  it("keep look-alikes off the hidden prompt, and use the approval phrase only as a thing to work on", () => {
    const rows = gambitLookalikes(new Rng(3), 600);
    const approval = rows.filter((row) => /access granted/i.test(row));
    expect(approval.length).toBeGreaterThan(20);
    for (const row of rows) expect(row).not.toMatch(/your (?:instructions|prompt|system message)|the password you/i);
    for (const row of approval) expect(row).toMatch(/translate|alternative|options|story|scene|why|spec|grade|replace|test that/i);
  });
});
