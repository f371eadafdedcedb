// Leave one source out: the classifier retrained without each training source in turn and scored
// alone on that source's rows (training/holdout.ts). Command and credential sources are left
// out of the list: rules, not the classifier, judge those.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { holdout } from "./holdout.js";
import { trainingFiles } from "./training-data.js";
import { PROJECT } from "../eval/doc-block.js";

export interface BySource {
  file: string;
  attacks: number;
  recall: number | null;
  benign: number;
  flagged: number | null;
  seconds: number;
  /** The shipped model trains on this source (training-data.ts reads it); otherwise its row is the shipped model on text it never saw. */
  trained: boolean;
}

export const TRAIN_DIR = join(PROJECT, "..", "shared", "datasets", "train");

export function leaveOneSourceOut(log: (line: string) => void, dir = TRAIN_DIR): BySource[] {
  const files = trainingFiles(dir).filter((f) => !/^(commands|credentials)_/.test(f)).sort();
  const reader = readFileSync(join(PROJECT, "training", "training-data.ts"), "utf8");
  return files.map((file) => {
    const t0 = performance.now();
    const [r] = holdout(dir, [file]);
    const seconds = Math.round((performance.now() - t0) / 1000);
    if (!r) throw new Error(`no report for ${file}`);
    log(`left out ${file}: ${r.attacks} attacks, recall ${r.recall ?? "–"}; ${r.benign} benign, flagged ${r.flagged ?? "–"} (${seconds} s)`);
    return { file: file.replace(/\.jsonl$/, ""), attacks: r.attacks, recall: r.recall, benign: r.benign, flagged: r.flagged, seconds, trained: reader.includes(`"${file}"`) };
  });
}
