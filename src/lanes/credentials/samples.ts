// Deterministic generators for rule examples: the same seed gives the same corpus on every machine.

export const ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
export const UPPER_NUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
export const LOWER_NUM = "abcdefghijklmnopqrstuvwxyz0123456789";
export const HEX = "0123456789abcdef";
export const DIGITS = "0123456789";
export const LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
export const B64 = `${ALNUM}+/`;
export const B64URL = `${ALNUM}-_`;

export { Rng } from "../../rng.js";
