import { describe, expect, it } from "vitest";
import { spreadRows } from "./training-data.js";

const TEXT = "abcdefghij";
const SPANS = Array.from({ length: 10 }, (_, i): [number, number] => [i, i + 1]);

describe("spreadRows", () => {
  it("trains on at most `cap` spans, evenly spread, and keeps every other span for validation", () => {
    const rows = spreadRows(TEXT, SPANS, [], "retrieved_content", "test", 4);
    expect(rows.map((r) => r.text).join("")).toBe(TEXT);
    expect(rows.filter((r) => !r.validationOnly).map((r) => r.text)).toEqual(["a", "d", "g", "j"]);
  });

  it("trains on every span when there is no cap", () => {
    const rows = spreadRows(TEXT, SPANS, [], "retrieved_content", "test", Number.POSITIVE_INFINITY);
    expect(rows).toHaveLength(10);
    expect(rows.some((r) => r.validationOnly)).toBe(false);
  });
});
