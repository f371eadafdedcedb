// Similarity between a scan and stored excerpts, on the classifier's own hashed features
// (cosine over binary feature sets), through an inverted index so thousands of excerpts cost
// little: only excerpts sharing a feature with the text are ever touched.
import { featurize } from "../model/features.js";
import type { FeedbackRecord } from "./store.js";

/** Features this common carry no identity (the, is, to …): left out of the index. */
const STOP_POSTINGS = 512;
export const MATCH_THRESHOLD = 0.8;

export interface Match {
  record: FeedbackRecord;
  similarity: number;
}

export class ExcerptIndex {
  private readonly postings = new Map<number, number[]>();
  private readonly sizes: Int32Array;
  private readonly hits: Float64Array;
  private readonly touched: number[] = [];

  constructor(readonly records: readonly FeedbackRecord[]) {
    this.sizes = new Int32Array(records.length);
    this.hits = new Float64Array(records.length);
    records.forEach((record, i) => {
      const { indices, count } = featurize(record.excerpt);
      this.sizes[i] = count;
      for (let k = 0; k < count; k++) {
        const f = indices[k] as number;
        const list = this.postings.get(f);
        if (list) list.push(i);
        else this.postings.set(f, [i]);
      }
    });
    for (const [f, list] of this.postings) if (list.length > STOP_POSTINGS) this.postings.delete(f);
  }

  get size(): number {
    return this.records.length;
  }

  /** Records whose excerpt is at least `threshold` similar to text[start, end). */
  match(text: string, threshold = MATCH_THRESHOLD): Match[] {
    if (this.records.length === 0) return [];
    const { indices, count } = featurize(text);
    if (count === 0) return [];
    for (let k = 0; k < count; k++) {
      const list = this.postings.get(indices[k] as number);
      if (!list) continue;
      for (const i of list) {
        if (this.hits[i] === 0) this.touched.push(i);
        this.hits[i] = (this.hits[i] as number) + 1;
      }
    }
    const out: Match[] = [];
    for (const i of this.touched) {
      const similarity = (this.hits[i] as number) / Math.sqrt(count * (this.sizes[i] as number));
      if (similarity >= threshold) out.push({ record: this.records[i] as FeedbackRecord, similarity });
      this.hits[i] = 0;
    }
    this.touched.length = 0;
    return out.sort((a, b) => b.similarity - a.similarity);
  }
}
