// One pass over the text finds which rules' keywords occur (Aho–Corasick compiled to a DFA),
// so the cost of a scan grows with the text, not with the number of rules.

const ALPHABET_LIMIT = 128;

export class KeywordPrefilter {
  /** Character code (ASCII, lower-cased) → column in the transition table; 0 for "no keyword uses it". */
  private readonly classOf = new Uint8Array(ALPHABET_LIMIT);
  private readonly classes: number;
  private readonly table: Int32Array;
  /** For each DFA state, the rule indices whose keyword ends there (after following failure links). */
  private readonly outputs: ReadonlyArray<readonly number[]>;
  private readonly ruleCount: number;

  constructor(keywordsByRule: ReadonlyArray<readonly string[]>) {
    this.ruleCount = keywordsByRule.length;
    let classes = 1;
    for (const keywords of keywordsByRule) {
      for (const keyword of keywords) {
        for (let i = 0; i < keyword.length; i++) {
          const c = keyword.charCodeAt(i);
          if (c >= ALPHABET_LIMIT) throw new Error(`keyword ${keyword} is not ASCII`);
          if (c >= 65 && c <= 90) throw new Error(`keyword ${keyword} must be lower case`);
          if (this.classOf[c] === 0) this.classOf[c] = classes++;
        }
      }
    }
    // Upper-case letters share their lower-case column: matching is case-insensitive.
    for (let c = 65; c <= 90; c++) this.classOf[c] = this.classOf[c + 32] as number;
    this.classes = classes;

    // Build the trie.
    const goto: number[][] = [new Array<number>(classes).fill(-1)];
    const out: number[][] = [[]];
    keywordsByRule.forEach((keywords, rule) => {
      for (const keyword of keywords) {
        let state = 0;
        for (let i = 0; i < keyword.length; i++) {
          const cls = this.classOf[keyword.charCodeAt(i)] as number;
          const row = goto[state] as number[];
          if (row[cls] === -1) {
            row[cls] = goto.length;
            goto.push(new Array<number>(classes).fill(-1));
            out.push([]);
          }
          state = row[cls] as number;
        }
        const ends = out[state] as number[];
        if (!ends.includes(rule)) ends.push(rule);
      }
    });

    // Breadth-first: failure links, then fill missing transitions to make a full DFA.
    const fail = new Array<number>(goto.length).fill(0);
    const queue: number[] = [];
    const root = goto[0] as number[];
    for (let cls = 0; cls < classes; cls++) {
      const next = root[cls] as number;
      if (next === -1) root[cls] = 0;
      else queue.push(next);
    }
    for (let head = 0; head < queue.length; head++) {
      const state = queue[head] as number;
      const row = goto[state] as number[];
      const failRow = goto[fail[state] as number] as number[];
      for (const rule of out[fail[state] as number] as number[]) {
        const ends = out[state] as number[];
        if (!ends.includes(rule)) ends.push(rule);
      }
      for (let cls = 0; cls < classes; cls++) {
        const next = row[cls] as number;
        if (next === -1) {
          row[cls] = failRow[cls] as number;
        } else {
          fail[next] = failRow[cls] as number;
          queue.push(next);
        }
      }
    }

    this.table = new Int32Array(goto.length * classes);
    goto.forEach((row, state) => this.table.set(row, state * classes));
    this.outputs = out;
  }

  /** Indices of the rules with at least one keyword in `text`, in rule order. */
  candidates(text: string): number[] {
    const seen = new Uint8Array(this.ruleCount);
    const { table, classOf, classes, outputs } = this;
    let found = 0;
    let state = 0;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      state = table[state * classes + (c < ALPHABET_LIMIT ? (classOf[c] as number) : 0)] as number;
      const ends = outputs[state] as readonly number[];
      if (ends.length !== 0) {
        for (const rule of ends) {
          if (seen[rule] === 0) {
            seen[rule] = 1;
            found++;
          }
        }
        if (found === this.ruleCount) break;
      }
    }
    const result: number[] = [];
    for (let rule = 0; rule < this.ruleCount; rule++) if (seen[rule] === 1) result.push(rule);
    return result;
  }
}
