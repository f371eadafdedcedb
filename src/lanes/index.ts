// Every lane, in the order they run. Adding a lane is a folder under src/lanes/ and a line here
// (test/architecture.test.ts checks that every folder is listed).
import type { Lane } from "../scan/lane.js";
import { lane as commands } from "./commands/index.js";
import { lane as credentials } from "./credentials/index.js";
import { lane as injection } from "./injection/index.js";
import { lane as tools } from "./tools/index.js";

export const LANES: readonly Lane[] = [commands, credentials, injection, tools];
