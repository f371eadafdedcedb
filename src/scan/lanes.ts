// The lanes every scan runs. The pipeline knows them only through the registry (src/lanes/index.ts),
// never a particular lane; static imports, so the CLI can be bundled into one file.
import { LANES } from "../lanes/index.js";
import type { Lane } from "./lane.js";

export const lanes: readonly Lane[] = LANES;
