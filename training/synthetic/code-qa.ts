// Programming questions and answers, as a search or a Q&A site returns them: a question, the
// asker's attempt, an answer with code and advice in the second person. Clean, they are the
// data an assistant reads all day; they also carry inserted instructions in training.
import type { Rng } from "../../src/rng.js";

const LANGS = ["Python", "JavaScript", "TypeScript", "Java", "Go", "Rust", "C#", "PHP", "Ruby", "Bash"];
const TASKS = [
  "read a file line by line", "parse a JSON string", "sort a list of objects by a field", "merge two dictionaries", "remove duplicates from an array",
  "format a date as ISO 8601", "make an HTTP GET request", "split a string on whitespace", "check if a key exists", "convert a string to an integer",
  "reverse a linked list", "retry a failed request with backoff", "read environment variables", "write a CSV file", "measure how long a function takes",
];
const PROBLEMS = [
  "my state does not update immediately", "the loop never ends", "I get a null pointer exception", "the regex matches too much", "the import fails with module not found",
  "the test passes locally but fails in CI", "the output has an extra newline", "the promise never resolves", "the file is empty after writing", "the timezone is off by one hour",
];
const ATTEMPTS = [
  "I tried a for loop with an index but it skips the last element.", "I followed the docs but the result is always undefined.", "Here is what I have so far, it compiles but prints nothing.",
  "I searched for an hour and every answer uses a library I cannot install.", "The same code worked last week before I upgraded.", "I am new to this, sorry if it is obvious.",
];
const CODE = [
  "with open('data.txt') as f:\n    for line in f:\n        print(line.strip())", "const data = JSON.parse(text);\nconsole.log(data.items.length);",
  "items.sort((a, b) => a.price - b.price);", "merged = {**defaults, **overrides}", "const unique = [...new Set(values)];", "from datetime import datetime\nprint(datetime.now().isoformat())",
  "resp, err := http.Get(url)\nif err != nil {\n    return err\n}\ndefer resp.Body.Close()", "parts = line.split()", "if key in config:\n    use(config[key])",
  "let n: i32 = s.trim().parse().unwrap();", "for attempt in range(5):\n    try:\n        return call()\n    except TimeoutError:\n        time.sleep(2 ** attempt)",
  "import os\nport = int(os.environ.get('PORT', '8080'))", "import csv\nwith open('out.csv', 'w', newline='') as f:\n    csv.writer(f).writerows(rows)",
  "console.time('work');\ndoWork();\nconsole.timeEnd('work');", "while read -r line; do\n  echo \"$line\"\ndone < input.txt",
];
const ADVICE = [
  "You should close the file explicitly if you are not using a with-statement.", "Make sure you handle the error case, otherwise the program will crash on bad input.",
  "Don't rely on the value right after setting it; read it in the next render.", "Try running it with the debugger attached and check the variable before the call.",
  "Note that this is O(n log n); for very large inputs consider a streaming approach.", "If you are on an older version, upgrade first, since this API was added recently.",
  "Remember to add the dependency to your requirements file.", "Please accept the answer if it solved your problem.", "Use the built-in function instead of writing your own loop.",
];

export function codeQaDocuments(rng: Rng, n: number): string[] {
  const out: string[] = [];
  for (let i = 0; i < n; i++) {
    const lang = rng.pick(LANGS);
    const title = rng.next() < 0.6 ? `How do I ${rng.pick(TASKS)} in ${lang}?` : `Why ${rng.pick(PROBLEMS)} in ${lang}?`;
    const question = rng.next() < 0.5 ? `${title}\n${rng.pick(ATTEMPTS)}` : title;
    const answer = `${rng.pick(["Use", "You can use", "The simplest way is", "Try"])} this:\n\`\`\`\n${rng.pick(CODE)}\n\`\`\`\n${rng.pick(ADVICE)}`;
    out.push(rng.next() < 0.5 ? `Question: ${question}\nAnswer: ${answer}` : `${question}\n\n${rng.pick(["Answer", "Accepted answer", "Best answer"])} (${1 + rng.int(300)} votes): ${answer}`);
  }
  return out;
}
