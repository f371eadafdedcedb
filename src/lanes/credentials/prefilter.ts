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

    // Build the trie in one flat table (a row of `classes` cells per state, -1 for no edge):
    // typed arrays and native fills, since a hook process builds this once and runs it cold.
    let maxStates = 1;
    for (const keywords of keywordsByRule) for (const keyword of keywords) maxStates += keyword.length;
    const goto = new Int32Array(maxStates * classes).fill(-1);
    const out: number[][] = [[]];
    let states = 1;
    keywordsByRule.forEach((keywords, rule) => {
      for (const keyword of keywords) {
        let state = 0;
        for (let i = 0; i < keyword.length; i++) {
          const cell = state * classes + (classOf[keyword.charCodeAt(i)] as number);
          if (goto[cell] === -1) {
            goto[cell] = states++;
            out.push([]);
          }
          state = goto[cell] as number;
        }
        const ends = out[state] as number[];
        if (!ends.includes(rule)) ends.push(rule);
      }
    });

    // Breadth-first: failure links, then fill missing transitions to make a full DFA.
    const fail = new Int32Array(states);
    const queue = new Int32Array(states);
    let tail = 0;
    for (let cls = 0; cls < classes; cls++) {
      const next = goto[cls] as number;
      if (next === -1) goto[cls] = 0;
      else queue[tail++] = next;
    }
    for (let head = 0; head < tail; head++) {
      const state = queue[head] as number;
      const row = state * classes;
      const failRow = (fail[state] as number) * classes;
      const inherited = out[fail[state] as number] as number[];
      if (inherited.length > 0) {
        const ends = out[state] as number[];
        for (const rule of inherited) if (!ends.includes(rule)) ends.push(rule);
      }
      for (let cls = 0; cls < classes; cls++) {
        const next = goto[row + cls] as number;
        if (next === -1) {
          goto[row + cls] = goto[failRow + cls] as number;
        } else {
          fail[next] = goto[failRow + cls] as number;
          queue[tail++] = next;
        }
      }
    }

    // Indexed by the character code itself (one load per character instead of two); codes
    // above ASCII use column 0, like any character no keyword contains. Most codes are in no
    // keyword: a native fill per row, then the few that are.
    const used: number[] = [];
    for (let c = 0; c < ALPHABET_LIMIT; c++) if (classOf[c] !== 0) used.push(c);
    this.table = new Int32Array(states * ALPHABET_LIMIT);
    this.ends = new Uint8Array(states * ALPHABET_LIMIT);
    for (let state = 0; state < states; state++) {
      const base = state * ALPHABET_LIMIT;
      const row = state * classes;
      this.table.fill((goto[row] as number) * ALPHABET_LIMIT, base, base + ALPHABET_LIMIT);
      for (const c of used) this.table[base + c] = (goto[row + (classOf[c] as number)] as number) * ALPHABET_LIMIT;
      if ((out[state] as number[]).length > 0) this.ends[base] = 1;
    }
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
