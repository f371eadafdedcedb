// One worker thread, started on the first large message and reused: scan jobs go in order and
// come back as promises. The worker holds its own copy of the model, so it is only paid for by
// sessions that see large messages.
import { Worker } from "node:worker_threads";
import type { ScanJob, ScanResult } from "./scans.js";

export class OffThreadScanner {
  private worker: Worker | undefined;
  private readonly waiting = new Map<number, { resolve: (r: ScanResult) => void; reject: (e: Error) => void }>();
  private seq = 0;

  private start(): Worker {
    const worker = new Worker(new URL("./scan-worker.js", import.meta.url));
    worker.unref();
    worker.on("message", ({ id, result, error }: { id: number; result?: ScanResult; error?: string }) => {
      const w = this.waiting.get(id);
      this.waiting.delete(id);
      if (!w) return;
      if (result) w.resolve(result);
      else w.reject(new Error(error ?? "scan failed"));
    });
    const fail = (err: Error) => {
      for (const w of this.waiting.values()) w.reject(err);
      this.waiting.clear();
      this.worker = undefined;
    };
    worker.on("error", fail);
    worker.on("exit", (code) => fail(new Error(`scan worker exited (${code})`)));
    return worker;
  }

  run(job: ScanJob): Promise<ScanResult> {
    this.worker ??= this.start();
    const id = ++this.seq;
    return new Promise((resolve, reject) => {
      this.waiting.set(id, { resolve, reject });
      this.worker?.postMessage({ id, job });
    });
  }

  close(): void {
    const worker = this.worker;
    this.worker = undefined;
    void worker?.terminate();
  }
}
