// One pass over the text finds which rules' keywords occur (Aho–Corasick compiled to a DFA),
// so the cost of a scan grows with the text, not with the number of rules.

const ALPHABET_LIMIT = 128;

export class KeywordPrefilter {
  /** Transitions by ASCII code: row offset (state × 128) plus code → the next state's row offset. */
  private readonly table: Int32Array;
  /** Per row offset: 1 when some keyword ends in that state (so the hot loop reads one byte). */
  private readonly ends: Uint8Array;
  /** For each DFA state, the rule indices whose keyword ends there (after following failure links). */
  private readonly outputs: ReadonlyArray<readonly number[]>;
  private readonly ruleCount: number;

  constructor(keywordsByRule: ReadonlyArray<readonly string[]>) {
    this.ruleCount = keywordsByRule.length;
    // Character code (ASCII, lower-cased) → column of the trie; 0 for "no keyword uses it".
    const classOf = new Uint8Array(ALPHABET_LIMIT);
    let classes = 1;
    for (const keywords of keywordsByRule) {
      for (const keyword of keywords) {
        for (let i = 0; i < keyword.length; i++) {
          const c = keyword.charCodeAt(i);
          if (c >= ALPHABET_LIMIT) throw new Error(`keyword ${keyword} is not ASCII`);
          if (c >= 65 && c <= 90) throw new Error(`keyword ${keyword} must be lower case`);
          if (classOf[c] === 0) classOf[c] = classes++;
        }
      }
    }
    // Upper-case letters share their lower-case column: matching is case-insensitive.
    for (let c = 65; c <= 90; c++) classOf[c] = classOf[c + 32] as number;

    // Build the trie.
    const goto: number[][] = [new Array<number>(classes).fill(-1)];
    const out: number[][] = [[]];
    keywordsByRule.forEach((keywords, rule) => {
      for (const keyword of keywords) {
        let state = 0;
        for (let i = 0; i < keyword.length; i++) {
          const cls = classOf[keyword.charCodeAt(i)] as number;
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

    // Indexed by the character code itself (one load per character instead of two); codes
    // above ASCII use column 0, like any character no keyword contains.
    this.table = new Int32Array(goto.length * ALPHABET_LIMIT);
    this.ends = new Uint8Array(goto.length * ALPHABET_LIMIT);
    goto.forEach((row, state) => {
      for (let c = 0; c < ALPHABET_LIMIT; c++) this.table[state * ALPHABET_LIMIT + c] = (row[classOf[c] as number] as number) * ALPHABET_LIMIT;
      if ((out[state] as number[]).length > 0) this.ends[state * ALPHABET_LIMIT] = 1;
    });
    this.outputs = out;
  }

  /** Indices of the rules with at least one keyword in `text`, in rule order. */
  candidates(text: string): number[] {
    const seen = new Uint8Array(this.ruleCount);
    const { table, ends, outputs } = this;
    let found = 0;
    let row = 0;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      row = table[row + (c < ALPHABET_LIMIT ? c : 0)] as number;
      if (ends[row] === 1) {
        for (const rule of outputs[row / ALPHABET_LIMIT] as readonly number[]) {
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
