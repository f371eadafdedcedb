// Small talk around a request: people tell the assistant about their day before (or after) they
// ask, and attackers copy them so the request is one sentence among many. Validation reads
// synthetic prompts wrapped this way, to place the threshold of a prompt's sentences.
import type { Rng } from "../../src/rng.js";

const SMALL_TALK = [
  "I hope your day is going well.", "It has been raining here all week and the garden is a swamp.", "My cat just knocked a glass off the table, so sorry if I'm distracted.",
  "I've been playing this game since lunch and I'm enjoying it a lot.", "Work was long today, three meetings back to back.", "We drove to the coast on Sunday and the kids loved it.",
  "I'm on my phone, so please excuse any typos.", "The train was late again this morning.", "I finally finished the book my sister lent me last summer.",
  "My neighbour is drilling through the wall and I can barely think.", "I made pancakes for breakfast and burned the first three.", "Our team shipped the new release yesterday, so I'm in a good mood.",
  "I'm writing this from a café with terrible wifi.", "My daughter starts school next week and she is so excited.", "I've had about four coffees already today.",
  "The football match last night went to penalties.", "I just got back from a run and my legs are jelly.", "It's my first time chatting with an assistant like you.",
  "Thanks for your patience earlier.", "We're moving flats at the end of the month, so everything is in boxes.", "I love how quiet the office is on Fridays.",
  "My grandmother turned ninety today and we had a small party.", "The heating broke and I'm typing with gloves on.", "I've been learning the guitar for three months now.",
  "Honestly, this week has been a lot.", "The dog needs a walk soon, so I'll be quick.", "I read an article about chatbots on the bus this morning.",
  "Anyway, enough about me.", "That's all from me for now, have a nice evening.", "Thanks in advance, you're a star.",
];

/** A prompt with one to three sentences of small talk before it, after it, or on both sides. */
export function withSmallTalk(rng: Rng, prompt: string): string {
  const talk = (n: number) => Array.from({ length: n }, () => rng.pick(SMALL_TALK)).join(" ");
  const roll = rng.next();
  if (roll < 0.5) return `${talk(1 + rng.int(3))} ${prompt}`;
  if (roll < 0.75) return `${prompt} ${talk(1 + rng.int(2))}`;
  return `${talk(1 + rng.int(2))} ${prompt} ${talk(1)}`;
}
