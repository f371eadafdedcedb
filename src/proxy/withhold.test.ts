import { describe, expect, it } from "vitest";
import { applyCuts, outermost, stepsOf, unitOf, valueAt, WITHHELD } from "./withhold.js";

const graph = { entities: [{ name: "a", observations: ["x", "bad"] }, { name: "b", observations: ["y"] }] };
const result = { content: [{ type: "text", text: JSON.stringify(graph, null, 2) }, { type: "text", text: "second" }], structuredContent: { ...graph, "odd.key[0]": "bad too" } };

describe("withholding parts of a value", () => {
  it("follows flattener paths through arrays, JSON inside strings and keys with dots", () => {
    expect(stepsOf(result, "content[0].text::.entities[0].observations[1]")).toEqual([{ key: "content" }, { index: 0 }, { key: "text" }, { json: true }, { key: "entities" }, { index: 0 }, { key: "observations" }, { index: 1 }]);
    expect(stepsOf(result, "structuredContent.odd.key[0]")).toEqual([{ key: "structuredContent" }, { key: "odd.key[0]" }]);
    expect(valueAt(result, stepsOf(result, "content[0].text::.entities[1].name") ?? [])).toBe("b");
    // Paths that lead nowhere in the value are refused, not guessed.
    expect(stepsOf(result, "content[7].text")).toEqual([{ key: "content" }, { index: 7 }, { key: "text" }].slice(0, 2).concat([]) && undefined);
    expect(stepsOf(result, "nothing.here")).toBeUndefined();
  });

  it("cuts the innermost array item, a content item to a placeholder, a lone string to a marker", () => {
    const observation = stepsOf(result, "content[0].text::.entities[0].observations[1]") as never;
    const secondItem = stepsOf(result, "content[1].text") as never;
    const odd = stepsOf(result, "structuredContent.odd.key[0]") as never;
    const cut = applyCuts(result, [unitOf(observation), unitOf(secondItem), unitOf(odd)]) as typeof result;
    const inner = JSON.parse(cut.content[0]?.text ?? "");
    expect(inner.entities[0].observations).toEqual(["x"]);
    expect(inner.entities[1]).toEqual({ name: "b", observations: ["y"] });
    // The JSON text keeps its layout.
    expect(cut.content[0]?.text).toBe(JSON.stringify({ entities: [{ name: "a", observations: ["x"] }, graph.entities[1]] }, null, 2));
    expect(cut.content[1]).toEqual({ type: "text", text: WITHHELD });
    expect(cut.structuredContent["odd.key[0]"]).toBe(WITHHELD);
    expect(cut.structuredContent.entities).toEqual(graph.entities);
    // The input is not changed.
    expect(result.content[1]?.text).toBe("second");
  });

  it("keeps only the outer of nested cuts, and each cut once", () => {
    const entity = [{ key: "entities" }, { index: 0 }] as const;
    const observation = [...entity, { key: "observations" }, { index: 1 }] as const;
    expect(outermost([[...observation], [...entity], [...entity]])).toEqual([[...entity]]);
    expect(outermost([[{ index: 1 }], [{ index: 10 }]])).toHaveLength(2);
  });
});
