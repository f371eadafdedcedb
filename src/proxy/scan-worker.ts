// Worker thread entry: runs the proxy's scan jobs for large messages, so scanning one message
// never stalls the event loop that forwards the others.
import { parentPort } from "node:worker_threads";
import { runScan, type ScanJob } from "./scans.js";

parentPort?.on("message", ({ id, job }: { id: number; job: ScanJob }) => {
  try {
    parentPort?.postMessage({ id, result: runScan(job) });
  } catch (err) {
    parentPort?.postMessage({ id, error: (err as Error).message });
  }
});
