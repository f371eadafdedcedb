// Small helpers so rule patterns read like the documented token formats.

/** Not preceded by a token character. */
export const START = String.raw`(?<![A-Za-z0-9_])`;
/** Not followed by a token character. */
export const END = String.raw`(?![A-Za-z0-9_])`;

/** A global regex with the secret wrapped in the named group `secret`. */
export function token(body: string, flags = "g"): RegExp {
  return new RegExp(`${START}(?<secret>${body})${END}`, flags);
}

/**
 * `KEY = value` where the key names a provider: the context makes a bare random value a secret.
 * `keys` is an alternation of key names (case-insensitive); `value` the secret's format.
 */
export function assigned(keys: string, value: string): RegExp {
  return new RegExp(
    String.raw`(?:${keys})[A-Za-z0-9_.-]{0,24}["']?\s{0,4}(?:=|:|:=|=>)\s{0,4}["'\x60]?(?<secret>${value})${END}`,
    "gi",
  );
}
