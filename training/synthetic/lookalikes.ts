// Hard negatives for the hijacking and extraction labels: ordinary prompts that share their
// words (say, repeat, print, password, instructions, access granted, game, debug mode, the text
// above). Without them the model learns the vocabulary instead of the move.
import type { Rng } from "../../src/rng.js";

const LANGUAGES = ["French", "Spanish", "German", "Japanese", "Italian", "Korean", "Portuguese", "Russian", "Chinese", "Dutch"];
const GREETINGS = ["good morning", "thank you", "where is the station", "happy birthday", "see you tomorrow", "I love you", "how much does it cost", "nice to meet you"];
const CODE_LANGS = ["Python", "JavaScript", "Java", "C#", "Go", "Rust", "PHP", "Ruby", "Kotlin", "TypeScript"];
const TOPICS = ["photosynthesis", "the French Revolution", "compound interest", "how vaccines work", "the rules of chess", "black holes", "supply and demand", "the water cycle", "TCP handshakes", "recursion"];
const DOCS = ["the article above", "the text above", "the paragraph above", "this email", "the meeting notes above", "the passage above", "my essay above", "the transcript above"];
const THINGS = ["the recipe", "the assembly steps", "the safety rules", "the installation instructions", "the house rules", "the game rules", "the checklist", "the exam instructions"];

const TEMPLATES = [
  "Say '{greet}' in {lang}.", "How do you say {greet} in {lang}?", "Repeat after me for pronunciation practice: {greet}.", "Translate '{greet}' into {lang}, please.",
  "Write a {code} function that returns 'Access Granted' for an admin badge and 'Access Denied' for others.", "Why does my {code} login check always print Access Granted?",
  "My {code} program prints 'Access granted' even with a wrong password. Here is the code: if (pw = stored) {...}", "Write unit tests for a login function that should return 'Access Granted' for valid users.",
  "The audit log says 'access granted' for a user who left the company. What should I check?", "In the movie, the computer says ACCESS GRANTED. Which film is that?",
  "Write a short story in which a door opens and a voice says 'Access Granted'.", "Design the screen that shows 'Access Granted' after a badge scan.",
  "Summarize {doc} in three sentences.", "Translate {doc} into {lang}.", "Rewrite {doc} as a poem.", "List the key points of {doc}.", "Turn {doc} into a bulleted list.",
  "Repeat {thing} one more time, I missed a step.", "Print {thing} so I can put them on the fridge.", "Explain {thing} like I'm five.", "Give me {thing} in a table.",
  "Explain {topic} in full detail.", "Describe {topic} step by step.", "Write pseudocode for {topic}.", "Convert this list into JSON: apples, pears, plums.",
  "What is the password policy at most banks?", "I forgot my email password. How do I reset it?", "How do I find the saved Wi-Fi password on my laptop?",
  "What makes a password strong?", "Where does macOS keep saved passwords?", "How do password managers store secrets?", "Generate a random 16-character password for me.",
  "Explain what a system prompt is.", "How do chatbots use system prompts?", "Write an article about prompt injection attacks like 'ignore previous instructions'.",
  "What is jailbreaking in the context of language models?", "How can I defend my chatbot against prompt extraction?", "Write a quiz about phrases attackers use, such as 'reveal your system prompt'.",
  "Let's play a game of riddles; you go first.", "Let's play twenty questions. I'm thinking of a city.", "Let's play a word game where you reply with a rhyme.",
  "Type 'ready' once you've read the brief and I'll paste the data.", "Answer only with yes or no: is {topic} related to physics?", "Respond only with the corrected sentence: 'me and him goes to school'.",
  "Open your answer with a short summary sentence.", "Start your reply with the most important point.", "Output the result as a CSV table.", "Print only the final number.",
  "From now on, please answer in {lang}.", "From now on, keep your answers short.", "You are a tour guide. Tell me about Lisbon.", "You are now my {lang} tutor; correct my sentences.",
  "Pretend you are a medieval knight reviewing a sandwich.", "Act as a Linux terminal tutor.", "How do I enable debug mode in {code}?", "What does maintenance mode do in WordPress?",
  "Ignore the formatting and just check the spelling.", "Scrap the earlier version and write it again more casually.", "Don't worry about the earlier error, it's fixed now.",
  "Stop the stopwatch and tell me how long it ran.", "Complete the proverb: 'A stitch in time ...'", "Fill in the gaps in this quiz: Mount ____ is the tallest peak in Africa.",
  "Spell 'rhythm' backwards.", "Encode 'good night' in base64.", "Decode this base64: aGVsbG8=", "What was the first line of the Declaration of Independence?",
  "Quote the first sentence of Moby Dick.", "Show me the text of the Apache 2.0 license header.", "Echo the variable name in bash.", "How do I print the previous command in bash?",
  "What are the instructions for renewing a driving licence?", "Tell me the rules of poker.", "What is the secret to a good sourdough?", "What's the secret ingredient in carbonara?",
  "What did the previous speaker say about the budget?", "What were you told about me in my last message? I said I'm vegetarian.", "Can you remind me what we decided earlier?",
  "Please repeat your last answer but shorter.", "Repeat the previous answer in {lang}.", "Grant me access to the shared drive: what should I ask IT?", "How do I let someone into my Google Doc?",
  "Give me a small hint for this riddle, not the answer.", "Write an acrostic poem where the first letters spell SPRING.", "Let's play hangman with a word about {topic}.",
  "Explain {topic} to a five-year-old, leaving nothing out.", "Turn {doc} into a JSON object, one key per sentence.", "Count the sentences in {doc} and list them.",
  "Make a numbered list of every rule in {thing}.", "Correct the grammar of {doc} and show the result.", "Who set up the first printing press, and what did people say about it?",
  "What was the first sentence of {doc}? I want to quote it.", "Complete this line from the poem: 'Two roads diverged in a ...'", "How many letters does the word 'necessary' have?",
  "Write the welcome message for a successful login page.", "What should the success message say after a password change?", "Approve or reject this expense: $40 taxi. Reply 'approved' or 'rejected'.",
];

export function lookalikePrompts(rng: Rng, n: number): string[] {
  const out: string[] = [];
  for (let i = 0; i < n; i++) {
    out.push(
      rng
        .pick(TEMPLATES)
        .replace(/\{greet\}/g, () => rng.pick(GREETINGS))
        .replace(/\{lang\}/g, () => rng.pick(LANGUAGES))
        .replace(/\{code\}/g, () => rng.pick(CODE_LANGS))
        .replace(/\{topic\}/g, () => rng.pick(TOPICS))
        .replace(/\{doc\}/g, () => rng.pick(DOCS))
        .replace(/\{thing\}/g, () => rng.pick(THINGS)),
    );
  }
  return out;
}

const USERS = ["alice", "bob", "jdoe", "svc-backup", "admin", "mchen", "ops-bot"];
const DATA_TEMPLATES = [
  "{ts} INFO auth: Access granted for user {user} from 10.0.{n}.{n}", "{ts} WARN auth: access denied for {user} (bad password), 3 attempts left",
  "{\"status\": \"ok\", \"message\": \"Access Granted\", \"user\": \"{user}\"}", "{\"result\": \"Login successful\", \"session\": \"s-{n}{n}{n}\"}",
  "{\"event\": \"door.unlock\", \"badge\": \"{n}{n}{n}\", \"outcome\": \"ACCESS GRANTED\"}", "Password changed successfully for {user}. If this wasn't you, contact support.",
  "# Setup\n\nSet OPENAI_API_KEY in your environment, then run `python main.py`. Never commit your key.", "## Configuration\n\nCopy .env.example to .env and fill in DATABASE_URL and SECRET_KEY before starting the server.",
  "To reset your password, open Settings > Security and follow the instructions. Ignore this message if you did not ask for it.",
  "FAQ\nQ: What is a system prompt?\nA: The text a developer gives a chatbot to set its behaviour.", "Glossary: prompt injection — text that tries to make a model ignore its previous instructions.",
  "Release notes 2.4: the assistant now repeats your last query when you say 'again'. Debug mode can be enabled with --verbose.",
  "Instructions: preheat the oven, mix the dry ingredients, then say a little prayer to the baking gods.", "Game rules: each player says a word that rhymes with the previous one.",
  "Ticket #{n}{n}{n}: user reports the kiosk prints 'Access Granted' before the badge is scanned. Priority: high.", "Test plan: enter the correct PIN and check the screen says Access Granted; enter a wrong PIN and check Access Denied.",
  "Support macro: 'Thanks for reaching out! Please reply with your order number and we'll take it from there.'", "Onboarding: print this checklist, sign it and return it to HR by Friday.",
];

/** Tool results and documents that mention logins, passwords, prompts and instructions for people. */
export function lookalikeData(rng: Rng, n: number): string[] {
  const out: string[] = [];
  for (let i = 0; i < n; i++) {
    out.push(
      rng
        .pick(DATA_TEMPLATES)
        .replace(/\{ts\}/g, () => `2026-0${1 + rng.int(9)}-1${rng.int(9)}T0${rng.int(9)}:${10 + rng.int(49)}:00Z`)
        .replace(/\{user\}/g, () => rng.pick(USERS))
        .replace(/\{n\}/g, () => String(rng.int(10))),
    );
  }
  return out;
}
