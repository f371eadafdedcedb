// The learning stage of the pipeline: after the lanes, before policy. The pipeline only knows
// this interface; the local feedback store (src/feedback) provides an implementation.
import type { Finding } from "../types.js";
import type { ScanInput } from "./input.js";

export interface Learner {
  /** Adjusts findings for local feedback; returns the findings to keep (plus any it adds). */
  adjust(input: ScanInput, findings: Finding[]): Finding[];
  /** Identifies the feedback state behind a verdict (`learning_version`). */
  version(): string;
}

let current: Learner | undefined;

export function setLearner(learner: Learner | undefined): void {
  current = learner;
}

export function learner(): Learner | undefined {
  return current;
}
