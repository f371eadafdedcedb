// Learning-loop figure: what 10,000 stored feedback excerpts add to a short scan's p50.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { inspect } from "../src/api.js";
import { FeedbackLearner } from "../src/feedback/learner.js";
import { FeedbackStore } from "../src/feedback/store.js";
import { Rng } from "../src/rng.js";
import { learner, setLearner } from "../src/scan/learning.js";
import { SHORT_MESSAGE } from "./corpus.js";
import { timeEach, type Timing } from "./measure.js";

const WORDS = "deploy report invoice staging customer archive summary budget weekly release notes server backup ticket meeting design review cache queue token schedule draft vendor contract audit metric alert".split(" ");

export function learningTimings(excerpts = 10_000): Timing[] {
  const previous = learner();
  const store = new FeedbackStore(mkdtempSync(join(tmpdir(), "bulwark-bench-fb-")));
  const rng = new Rng(5);
  store.recordMany(
    Array.from({ length: excerpts }, (_, i) => {
      const words = Array.from({ length: 8 + rng.int(12) }, () => rng.pick(WORDS));
      return { label: "false_positive" as const, desired_action: rng.pick(["allow", "block", "review"] as const), excerpt: `${words.join(" ")} ${i}`, reviewed: false, can_train: false };
    }),
  );
  setLearner(undefined);
  const without = timeEach("inspect: 200-char message, no feedback", () => inspect(SHORT_MESSAGE), 20000);
  setLearner(new FeedbackLearner(store));
  inspect(SHORT_MESSAGE); // builds the index once
  const withFeedback = timeEach(`inspect: 200-char message, ${excerpts} feedback excerpts`, () => inspect(SHORT_MESSAGE), 20000);
  setLearner(previous);
  return [without, withFeedback];
}
