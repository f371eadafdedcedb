// A lane is a pure detector: (input) → findings. No I/O, no shared mutable state.
import type { Finding } from "../types.js";
import type { ScanInput } from "./input.js";

export interface Lane {
  /** Folder name under src/lanes/, also written into every finding's `lane`. */
  readonly id: string;
  /** One line for `bulwark capabilities`. */
  readonly description: string;
  /** Reasons this lane can produce, for `bulwark capabilities`. */
  readonly reasons: readonly string[];
  scan(input: ScanInput): Finding[];
}
