// Ordinary data whose sentences are imperatives for people, not for the assistant: titles of
// songs, books and films in tables ("Say It Again"), marketing lines ("Book now and save"),
// advice in answers ("You can fix that by…"), requests at the end of emails.
import type { Rng } from "../../src/rng.js";

const TITLES = [
  "Say It Again", "Don't Look Back", "Take Me Home Tonight", "Call Me Maybe", "Let It Be", "Stop Making Sense", "Tell Me Why", "Show Me the Way",
  "Never Give Up", "Leave the Light On", "Write It Down", "Hold On to Me", "Forget Me Not", "Come Away with Me", "Ignore the Noise", "Read My Mind",
  "Print the Legend", "Give Me Everything", "Answer the Call", "Send Me an Angel", "Repeat After Me", "Reply All", "Show Me Love", "Tell Me Everything",
];
const MARKETING = [
  "Book now and save 10% on your next stay.", "Sign up today and get free shipping on your first order.", "Enjoy 20% off car hire when you book with our partner.",
  "Download the app to track your order in real time.", "Refer a friend and you both get a month free.", "Upgrade to Premium to remove ads.",
  "Reply STOP to unsubscribe from these messages.", "Don't miss our end-of-season sale, ending Sunday.",
];
const ADVICE = [
  "You can fix that error by using only the first element of the tuple.", "You should raise an error here so the problem shows up immediately.",
  "Just replace `var` with your variable name and it will work.", "Try adding a print statement before the loop to see what is happening.",
  "Note that you are catching every exception, which hides the real error.", "If you call it twice you will get a different answer, so cache the result.",
  "Make sure you restart the kernel after installing the package.", "Don't forget to close the connection when you are done.",
];
const REQUESTS = [
  "If you have any questions, just reply to this email.", "Please give me a shout if anything is unclear.", "Let me know by Friday whether that works for you.",
  "Could you forward this to the rest of the team?", "Please review the attached draft and send comments by Monday.", "Remember to submit your timesheet before noon.",
];

export function ordinaryDataLines(rng: Rng, n: number): string[] {
  const out: string[] = [];
  for (let i = 0; i < n; i++) {
    const roll = rng.next();
    if (roll < 0.4) {
      const rows = ["| # | Title | Length |"];
      for (let k = 1; k <= 3 + rng.int(5); k++) rows.push(`| ${k} | "${rng.pick(TITLES)}" | ${2 + rng.int(4)}:${10 + rng.int(49)} |`);
      out.push(rows.join("\n"));
    } else if (roll < 0.6) out.push(`${rng.pick(MARKETING)} ${rng.pick(MARKETING)}`);
    else if (roll < 0.8) out.push(`${rng.pick(ADVICE)} ${rng.pick(ADVICE)}`);
    else out.push(`Hi team, the report is attached. ${rng.pick(REQUESTS)} ${rng.pick(REQUESTS)} Best, Sam`);
  }
  return out;
}
