// A throwaway retrain for development measures: the training folder with one file replaced,
// trained into a temporary folder, the model handed to `use`, everything removed afterwards.
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { loadModel, type ClassifierModel } from "../src/model/model.js";
import { trainModel } from "./train.js";

export function retrainReplacing<T>(dir: string, files: readonly string[], replaced: string, content: string, use: (model: ClassifierModel) => T): T {
  const work = mkdtempSync(join(tmpdir(), "bulwark-retrain-"));
  try {
    const data = join(work, "train");
    const out = join(work, "model");
    mkdirSync(data);
    mkdirSync(out);
    for (const f of files) {
      if (f === replaced) writeFileSync(join(data, f), content);
      else symlinkSync(join(dir, f), join(data, f));
    }
    trainModel(data, out);
    const model = loadModel(out);
    if (!model) throw new Error(`training wrote no model to ${out}`);
    return use(model);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
