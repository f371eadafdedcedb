// A lane is a pure detector: (input) → findings. No I/O, no shared mutable state; what a lane
// saw but did not report (a documentation placeholder it skipped) goes into the scan's notes.
import type { Finding } from "../types.js";
import type { ScanInput } from "./input.js";

export interface Lane {
  /** Folder name under src/lanes/, also written into every finding's `lane`. */
  readonly id: string;
  /** One line for `bulwark capabilities`. */
  readonly description: string;
  /** Reasons this lane can produce, for `bulwark capabilities`. */
  readonly reasons: readonly string[];
  scan(input: ScanInput, notes?: ScanNotes): Finding[];
}

/** Counts a scan reports beside its findings; the verdict shows the ones that are not zero. */
export interface ScanNotes {
  /** Values with a secret's shape skipped as known documentation or template placeholders. */
  placeholders_skipped: number;
}
