import { describe, expect, it } from "vitest";
import { BurstPoller } from "./burst-poller.js";

/** A poller on a hand-moved clock, whose scheduled ticks run only when the test says. */
function harness(windowMs: number) {
  let clock = 0;
  const queue: Array<() => void> = [];
  const poller = new BurstPoller(windowMs, () => clock, (tick) => queue.push(tick));
  return {
    poller,
    at: (ms: number) => (clock = ms),
    /** Runs the ticks queued so far (each may queue the next); returns how many ran. */
    runTicks: () => queue.splice(0).map((tick) => tick()).length,
  };
}

describe("BurstPoller", () => {
  it("does not poll after a request that follows a quiet spell", () => {
    const h = harness(0.5);
    h.at(100);
    h.poller.answered(100);
    expect(h.poller.polling).toBe(false);
    h.at(200);
    h.poller.answered(199.9); // 99.9 ms after the last answer: still quiet
    expect(h.poller.polling).toBe(false);
    expect(h.runTicks()).toBe(0);
  });

  it("polls through a burst and stops one window after its last request", () => {
    const h = harness(0.5);
    h.at(10);
    h.poller.answered(10);
    h.at(10.2);
    h.poller.answered(10.1); // within 0.5 ms of the last answer: a burst
    expect(h.poller.polling).toBe(true);
    h.at(10.5);
    expect(h.runTicks()).toBe(1);
    expect(h.poller.polling).toBe(true); // still inside the window: the tick queued another
    h.poller.answered(10.5); // another request keeps it going
    h.at(10.9);
    h.runTicks();
    expect(h.poller.polling).toBe(true);
    h.at(11.1);
    h.runTicks();
    expect(h.poller.polling).toBe(false);
    expect(h.runTicks()).toBe(0);
  });

  it("schedules one tick chain however many requests a burst has", () => {
    const h = harness(1);
    h.at(0);
    h.poller.answered(0);
    for (let t = 0.1; t < 0.9; t += 0.1) {
      h.at(t);
      h.poller.answered(t);
    }
    expect(h.runTicks()).toBe(1);
  });

  it("stop() ends the window at the next tick", () => {
    const h = harness(1000);
    h.at(1);
    h.poller.answered(1);
    h.poller.answered(1);
    expect(h.poller.polling).toBe(true);
    h.poller.stop();
    h.runTicks();
    expect(h.poller.polling).toBe(false);
  });
});
