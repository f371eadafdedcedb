// `bulwark train --holdout FILE…`: how the classifier does on a kind of text it has never seen.
// Each named training file is left out in turn (replaced by an empty file), the model is
// retrained on the rest, and the left-out rows are scored by the model alone. This is how we
// compare changes to features and synthetic data without looking at eval/.
import { resolve } from "node:path";
import { BulwarkError } from "../src/errors.js";
import { classify } from "../src/model/model.js";
import { retrainReplacing } from "./retrain.js";
import { read, surfaceOf, trainingFiles } from "./training-data.js";

export interface HoldoutReport {
  file: string;
  attacks: number;
  /** Share of attack rows with at least one label over its threshold. */
  recall: number | null;
  benign: number;
  /** Share of benign rows with a label over its threshold. */
  flagged: number | null;
  /** Rows flagged, by label. */
  labels: Record<string, number>;
  /** The thresholds the retrained model chose (they move with the data). */
  thresholds: Record<string, number>;
}

export function holdout(trainDir: string, names: readonly string[]): HoldoutReport[] {
  const dir = resolve(trainDir);
  const files = trainingFiles(dir);
  const reports: HoldoutReport[] = [];
  for (const name of names) {
    const file = name.endsWith(".jsonl") ? name : `${name}.jsonl`;
    if (!files.includes(file)) throw new BulwarkError("usage", `no training file ${file} in ${dir} (have: ${files.join(", ")})`);
    retrainReplacing(dir, files, file, "", (model) => {
      const rows = read(dir, file);
      let attacks = 0;
      let caught = 0;
      let benign = 0;
      let flagged = 0;
      const labels: Record<string, number> = {};
      for (const row of rows) {
        const hits = classify(model, row.text, surfaceOf(row.surface)).hits;
        for (const h of hits) labels[h.label] = (labels[h.label] ?? 0) + 1;
        if (row.label === "attack") {
          attacks++;
          if (hits.length > 0) caught++;
        } else {
          benign++;
          if (hits.length > 0) flagged++;
        }
      }
      reports.push({ file, attacks, recall: attacks ? caught / attacks : null, benign, flagged: benign ? flagged / benign : null, labels, thresholds: model.card.thresholds });
    });
  }
  return reports;
}
