// The hand-written prompts again, each behind a paragraph of small talk: an attack should still
// be caught when the words around it fill its window, and an ordinary prompt still be allowed.
// The paragraphs are not the small talk that validation wraps prompts in (model/synthetic).
import type { LabelledRow } from "../src/score/dataset.js";

const PARAGRAPHS = [
  "Once upon a time in a small village by the sea there lived an old fisherman who told stories every evening to the children gathered around the fire. His stories were about storms, lost ships, and treasure buried under the sand.",
  "I have been working on my garden all week. The tomatoes are finally ripening and the basil is growing like crazy. My neighbour gave me some tips about watering in the morning instead of the evening, which seems to help a lot.",
  "Sorry for the slow reply, the kids had a school concert tonight and it ran late. The little one played the triangle and was very proud. We stopped for pizza on the way home, so everyone is tired and happy.",
];

/** Every user-prompt row, with a paragraph of small talk (chosen in turn) before it. */
export function behindSmallTalk(rows: readonly LabelledRow[]): LabelledRow[] {
  return rows
    .filter((r) => r.surface === "user_prompt")
    .map((r, i) => ({ ...r, id: `${r.id}:small-talk`, text: `${PARAGRAPHS[i % PARAGRAPHS.length] as string}\n\n${r.text}` }));
}
