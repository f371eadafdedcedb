import { closeSync, openSync, unlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { pipeReader, pollWhileBusy, type ReadNow } from "./poll-read.js";

/** A source that hands out its script in order: a string is a chunk, null is "nothing yet". */
function scripted(script: Array<string | null>): { readNow: ReadNow; calls: () => number } {
  let i = 0;
  return {
    readNow: () => {
      const step = i < script.length ? script[i] : null;
      i++;
      return step === null || step === undefined ? null : Buffer.from(step);
    },
    calls: () => i,
  };
}

describe("pollWhileBusy", () => {
  it("passes every chunk on in order, waiting through empty reads", () => {
    const { readNow } = scripted(["a", null, null, "b", null, "c"]);
    const seen: string[] = [];
    pollWhileBusy(readNow, 5, (c) => seen.push(c.toString()) > 0);
    expect(seen).toEqual(["a", "b", "c"]);
  });

  it("stops at end of input without reading further", () => {
    const { readNow, calls } = scripted(["a", "", "b"]);
    const seen: string[] = [];
    pollWhileBusy(readNow, 1000, (c) => seen.push(c.toString()) > 0);
    expect(seen).toEqual(["a"]);
    expect(calls()).toBe(2);
  });

  it("stops as soon as the consumer says its output is backed up", () => {
    const { readNow, calls } = scripted(["a", "b"]);
    pollWhileBusy(readNow, 1000, () => false);
    expect(calls()).toBe(1);
  });

  it("returns once the window passes with nothing new", () => {
    const { readNow, calls } = scripted([]);
    pollWhileBusy(readNow, 1, () => true);
    expect(calls()).toBeGreaterThan(0);
  });

  it("does not poll at all with a window of zero", () => {
    const { readNow, calls } = scripted(["a"]);
    pollWhileBusy(readNow, 0, () => true);
    expect(calls()).toBe(0);
  });
});

describe("pipeReader", () => {
  it("refuses descriptors that are not pipes or sockets", () => {
    const path = join(tmpdir(), `bulwark-poll-${process.pid}`);
    const fd = openSync(path, "w");
    try {
      expect(pipeReader(fd)).toBeUndefined();
    } finally {
      closeSync(fd);
      unlinkSync(path);
    }
    expect(pipeReader(987_654)).toBeUndefined();
  });
});
