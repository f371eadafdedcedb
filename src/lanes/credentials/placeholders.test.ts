import { describe, expect, it } from "vitest";
import { isPlaceholder } from "./placeholders.js";

describe("placeholders", () => {
  it("knows typed fakes: letters or digits in order, keyboard walks, masks, template words", () => {
    expect(isPlaceholder("abc123xyz-456def789ghij-klmnopqrstuvwx-3456yza789bcde")).toBe(true);
    expect(isPlaceholder("AKIA345678KQZP2XW9RT")).toBe(true);
    expect(isPlaceholder("AKIAQWERTYUIOPASDFGH")).toBe(true);
    expect(isPlaceholder("sk_live_xxxxxxxxxxxxxxxxxxxx")).toBe(true);
    expect(isPlaceholder("your-api-key-here")).toBe(true);
  });

  it("leaves random keys alone, short runs included", () => {
    expect(isPlaceholder("Zq8vB2nL5mK9pR3tX7wY1cF4hJ6gD0sA2eQ8")).toBe(false);
    expect(isPlaceholder("AKIAIOSFODNN7EXAMPLF".replace("EXAMPLF", "K2QZP4W"))).toBe(false);
    expect(isPlaceholder("ghp_abcde9Qz4LmN7pR2tV5xY8bC1dF3gH6jK0")).toBe(false);
  });
});
