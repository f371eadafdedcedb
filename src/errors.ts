// Local errors carry a stable string code and a message that tells the user what to fix.

export type BulwarkErrorCode =
  | "invalid_json"
  | "invalid_request"
  | "invalid_context"
  | "input_too_large"
  | "usage"
  | "blocked"
  | "io";

export class BulwarkError extends Error {
  readonly code: BulwarkErrorCode;
  /** The verdict behind a `blocked` error (assertSafeToolCall). */
  readonly verdict?: import("./types.js").Verdict;
  constructor(code: BulwarkErrorCode, message: string, verdict?: import("./types.js").Verdict) {
    super(message);
    this.name = "BulwarkError";
    this.code = code;
    if (verdict) this.verdict = verdict;
  }
}

/** Errors the user caused (bad input, bad flags) exit 2; anything else is ours and exits 1. */
export function isUserError(err: unknown): err is BulwarkError {
  return err instanceof BulwarkError && err.code !== "io";
}
