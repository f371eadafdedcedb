// A credential rule is data with its evidence beside it (see STYLE.md on gitleaks).
import type { Rng } from "./samples.js";

export interface CredentialRule {
  /** Stable id; also the type written into `[REDACTED:<id>]`. */
  readonly id: string;
  readonly description: string;
  /** Lower-case substrings; the pattern runs only when one of them occurs in the text. */
  readonly keywords: readonly string[];
  /** Global regex; the named group `secret` is what gets redacted (the whole match otherwise). */
  readonly pattern: RegExp;
  readonly confidence: number;
  /** Where the secret should live instead (suggested environment variable name). */
  readonly envVar: string;
  /** Minimum Shannon entropy (bits per character) of the secret; default 2.5. */
  readonly minEntropy?: number;
  /** Encoded binary (key files): long runs of one character are normal, not a mask. */
  readonly repeatsAllowed?: boolean;
  /** Generic rules lose to specific ones when their spans overlap. */
  readonly generic?: boolean;
  /** Extra check on the secret (checksums, value shapes). */
  readonly accept?: (secret: string) => boolean;
  /** A real-format secret generated from the documented format, or a text with the secret in it. */
  readonly sample: (rng: Rng) => string | { text: string; secret: string };
  /** Look-alikes this rule must not report. */
  readonly negatives: readonly string[];
}
