// `npm run train`: trains the shipped classifier from shared/datasets/train (writes models/), or,
// with --holdout / --bipia-folds, measures how it generalises without writing anything.
import { Command, CommanderError } from "commander";
import { BulwarkError, isUserError } from "../src/errors.js";

interface TrainFlags {
  data: string;
  out?: string;
  holdout?: string[];
  bipiaFolds?: boolean;
}

async function train(opts: TrainFlags): Promise<unknown> {
  const modes = [opts.out && "--out", opts.holdout && "--holdout", opts.bipiaFolds && "--bipia-folds"].filter(Boolean);
  if (modes.length > 1) throw new BulwarkError("usage", `train: ${modes.join(" and ")} cannot be combined (--holdout and --bipia-folds write no model)`);
  if (opts.bipiaFolds) return (await import("./bipia-folds.js")).bipiaFolds(opts.data);
  if (opts.holdout) return (await import("./holdout.js")).holdout(opts.data, opts.holdout);
  const card = (await import("./train.js")).trainModel(opts.data, opts.out) as { version: string; validation: unknown; thresholds: unknown };
  return { version: card.version, thresholds: card.thresholds, validation: card.validation };
}

const program = new Command("train")
  .description("train the shipped classifier from shared/datasets/train (writes models/)")
  .option("--data <dir>", "training data folder", "../shared/datasets/train")
  .option("--out <dir>", "write the model here instead of the package's models/")
  .option("--holdout <files...>", "instead of writing models/: leave each named training file out in turn, retrain, and report the model alone on it")
  .option("--bipia-folds", "instead of writing models/: retrain four times, each without a quarter of BIPIA's documents and a fifth of its attack kinds, and report the model alone and the whole scanner on those")
  .exitOverride()
  .configureOutput({ writeErr: () => undefined });

try {
  program.parse();
  process.stdout.write(`${JSON.stringify(await train(program.opts<TrainFlags>()), null, 2)}\n`);
} catch (err) {
  if (err instanceof CommanderError && err.exitCode === 0) process.exit(0);
  const message = err instanceof Error ? err.message.replace(/^error: /, "") : String(err);
  process.stderr.write(`train: ${message.replace(/\s+/g, " ").replace(/^train: /, "")}\n`);
  process.exit(err instanceof CommanderError || isUserError(err) ? 2 : 1);
}
