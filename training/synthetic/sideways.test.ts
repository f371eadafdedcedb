import { describe, expect, it } from "vitest";
import { Rng } from "../../src/rng.js";
import { sidewaysExtractions, sidewaysHijacks, sidewaysLookalikes } from "./sideways.js";

describe("sideways password-game rows", () => {
  it("are the same for the same seed, and differ for another", () => {
    expect(sidewaysHijacks(new Rng(5), 50)).toEqual(sidewaysHijacks(new Rng(5), 50));
    expect(sidewaysHijacks(new Rng(5), 50)).not.toEqual(sidewaysHijacks(new Rng(6), 50));
  });

  it("hide the approval phrase in the puzzles: reversed, base64 and the like decode back to it", () => {
    const rows = sidewaysHijacks(new Rng(1), 400);
    const reversed = rows.filter((r) => r.includes("backwards") || r.startsWith("Reverse this string"));
    const encoded = rows.filter((r) => r.startsWith("Decode this base64"));
    expect(reversed.length).toBeGreaterThan(0);
    expect(encoded.length).toBeGreaterThan(0);
    for (const r of reversed) expect([...(/'([^']+)'/.exec(r)?.[1] ?? "")].reverse().join("")).toMatch(/access granted/i);
    for (const r of encoded) expect(Buffer.from(r.split(": ")[1] ?? "", "base64").toString()).toMatch(/access granted/i);
  });

  it("leave a forged transcript open on the gatekeeper's turn", () => {
    const transcripts = sidewaysHijacks(new Rng(2), 300).filter((r) => r.split("\n").length >= 3);
    expect(transcripts.length).toBeGreaterThan(20);
    for (const t of transcripts) expect(t).toMatch(/(?:\w+:|\[\w+\]|[A-Z]+>|"content": ")$/);
  });

  it("ask for the hidden prompt or the secret in every extraction row", () => {
    for (const r of sidewaysExtractions(new Rng(3), 300)) expect(r).toMatch(/instruction|prompt|password|secret|code|configuration|rules|passphrase|given before me|Passwort|Zugangscode|Kennwort|mot de passe|contraseña|senha|пароль|код|指示|パスワード|지시|avant mon message|al revés|segret/i);
  });

  it("keep the approval phrase and the secret out of the look-alikes, which are negatives", () => {
    for (const r of sidewaysLookalikes(new Rng(4), 500)) {
      expect(r).not.toMatch(/access granted|system prompt|your instructions|your secret|pre-prompt/i);
    }
  });
});
