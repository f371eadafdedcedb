// Templates with {slots}: each occurrence gets its own random pick.
import type { Rng } from "../../src/rng.js";

export type Slots = ReadonlyArray<readonly [name: string, values: readonly string[]]>;

/** Fills every `{name}` of the template, slot by slot in the order given (which fixes the random sequence). */
export function fillSlots(rng: Rng, template: string, slots: Slots): string {
  let out = template;
  for (const [name, values] of slots) out = out.replaceAll(`{${name}}`, () => rng.pick(values));
  return out;
}

/** The text with its first character upper-cased. */
export function capital(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
