// Lane discovery: every folder under src/lanes/ whose index exports `lane` takes part in every
// scan, so adding a lane is a one-folder change. Loaded once, at import.
import { readdirSync } from "node:fs";
import type { Lane } from "./lane.js";

const lanesDir = new URL("../lanes/", import.meta.url);
// Under the test runner the sources are .ts; built, they are .js.
const ext = import.meta.url.endsWith(".ts") ? "ts" : "js";

function isLane(value: unknown): value is Lane {
  const lane = value as Partial<Lane> | undefined;
  return typeof lane?.id === "string" && typeof lane.scan === "function";
}

async function loadLanes(): Promise<Lane[]> {
  const names = readdirSync(lanesDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
  const loaded: Lane[] = [];
  for (const name of names) {
    const mod = (await import(new URL(`${name}/index.${ext}`, lanesDir).href)) as { lane?: unknown };
    if (!isLane(mod.lane)) throw new Error(`src/lanes/${name}/index does not export a lane`);
    if (mod.lane.id !== name) throw new Error(`lane in folder ${name} calls itself ${mod.lane.id}`);
    loaded.push(mod.lane);
  }
  return loaded;
}

export const lanes: readonly Lane[] = await loadLanes();
