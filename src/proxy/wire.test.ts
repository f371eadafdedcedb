import { describe, expect, it } from "vitest";
import { edgeId } from "./router.js";
import { hasDuplicateKeys, strayFields } from "./wire.js";

describe("wire checks", () => {
  it("finds a key given twice in any object, escaped or not", () => {
    expect(hasDuplicateKeys('{"a":1,"a":2}')).toBe(true);
    expect(hasDuplicateKeys('{"params":{"arguments":{"command":"rm -rf ~"},"arguments":{"command":"ls"}}}')).toBe(true);
    expect(hasDuplicateKeys('{"a":1,"\\u0061":2}')).toBe(true);
    expect(hasDuplicateKeys('[{"a":1},{"a":2}]')).toBe(false);
    expect(hasDuplicateKeys('{"a":{"b":1},"b":{"a":1}}')).toBe(false);
    expect(hasDuplicateKeys('{"a":"x\\",\\"a\\":\\"y","b":["a","a"]}')).toBe(false);
  });

  it("names top-level fields JSON-RPC does not define", () => {
    expect(strayFields({ jsonrpc: "2.0", id: 1, result: {}, note: "x", error2: "y" })).toEqual(["note", "error2"]);
    expect(strayFields({ jsonrpc: "2.0", method: "notifications/message", params: {} })).toEqual([]);
  });

  it("reads the id of a message too large to parse from its first or last bytes", () => {
    expect(edgeId('{"jsonrpc":"2.0","id":12,"result":{"content":[{"text":"aaaa', "aaaa\"}]}}")).toBe(12);
    expect(edgeId('{"result":{"content":[{"text":"aaaa', 'aaaa"}]},"jsonrpc":"2.0","id":"call-7"}')).toBe("call-7");
    expect(edgeId('{"result":{"content":[{"text":"aaaa', 'aaaa"}]},"id":3,"jsonrpc":"2.0"}')).toBe(3);
    expect(edgeId('{"result":{"text":"x \\"id\\": 9', 'aaaa"}}')).toBeUndefined();
  });
});
