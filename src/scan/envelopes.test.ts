// One verdict per action: every action of the table through every envelope it fits.
import { describe, expect, it } from "vitest";
import { ACTIONS, ENVELOPES } from "../../test/fixtures/actions.js";
import { inspect, inspectToolCall } from "../api.js";

describe("one verdict per action, however it arrives", () => {
  it("has a table big enough to mean something", () => {
    expect(ACTIONS.length).toBeGreaterThanOrEqual(40);
    for (const a of ["block", "review", "allow"]) expect(ACTIONS.some((c) => c.expect === a)).toBe(true);
  });

  for (const c of ACTIONS) {
    it(`${c.name}: ${c.expect} through every envelope`, () => {
      const got: Record<string, string> = { "inspectToolCall()": inspectToolCall(c.tool, c.args).action };
      for (const envelope of ENVELOPES) {
        const request = envelope.request(c);
        if (request) got[envelope.name] = inspect(request).action;
      }
      const want = Object.fromEntries(Object.keys(got).map((k) => [k, c.expect]));
      expect(got).toEqual(want);
    });
  }
});
