import { describe, expect, it } from "vitest";
import { Rng } from "../../src/rng.js";
import { foreignExtractions, foreignHijacks, foreignLookalikes } from "./password-game-i18n.js";

const APPROVAL = /Access Granted|Accès (?:autorisé|accordé)|Zugang gewährt|Zugriff gewährt|Acceso (?:concedido|permitido)|Accesso consentito|Acesso (?:concedido|permitido)|Доступ разрешён|访问已允许|准许进入|アクセス許可|접근 허용/;

describe("password-game rows in other languages", () => {
  it("are the same for the same seed", () => {
    expect(foreignHijacks(new Rng(9), 40)).toEqual(foreignHijacks(new Rng(9), 40));
    expect(foreignExtractions(new Rng(9), 40)).toEqual(foreignExtractions(new Rng(9), 40));
  });

  it("put an approval phrase in every hijack, and none in the extraction rows or the look-alikes", () => {
    for (const r of foreignHijacks(new Rng(1), 300)) expect(r).toMatch(APPROVAL);
    for (const r of foreignExtractions(new Rng(2), 300)) expect(r).not.toMatch(APPROVAL);
    for (const r of foreignLookalikes(new Rng(3), 100)) expect(r).not.toMatch(APPROVAL);
  });

  it("cover nine languages besides English", () => {
    const rows = foreignHijacks(new Rng(4), 400).join("\n");
    for (const script of [/[àâçéèêô]/, /[äöüß]/, /[ñ¿¡]/, /\bDi'|Rispondi|Scrivi/, /você|Responda|Diga/, /[а-я]/, /[\u4e00-\u9fff]/, /[\u3040-\u30ff]/, /[\uac00-\ud7af]/]) expect(rows).toMatch(script);
  });
});
