// Keeping the sidecar awake through a burst of requests. A process that sleeps between requests
// pays a wake-up for each, and on machines whose idle CPUs halt (virtual CPUs above all) that
// costs more than a scan. While requests keep coming within a window of each other, the event
// loop is kept busy with immediates: libuv then polls for input without blocking, so the next
// request is read the moment it lands, through the same stream code as any other. A request
// after a quiet spell does not start polling, so calls spaced by an agent's own work cost no CPU.

export class BurstPoller {
  private lastAnswer = Number.NEGATIVE_INFINITY;
  private until = 0;
  private running = false;

  constructor(
    private readonly windowMs: number,
    private readonly now: () => number = () => performance.now(),
    private readonly schedule: (tick: () => void) => void = setImmediate,
  ) {}

  /** Is the event loop being kept awake now? */
  get polling(): boolean {
    return this.running;
  }

  /**
   * After a chunk is answered: `arrivedAt` is when it came in. If that was within the window of
   * the previous answer, the loop stays awake for one more window from now.
   */
  answered(arrivedAt: number): void {
    const inBurst = arrivedAt - this.lastAnswer < this.windowMs;
    this.lastAnswer = this.now();
    if (!inBurst) return;
    this.until = this.lastAnswer + this.windowMs;
    if (!this.running) {
      this.running = true;
      this.schedule(this.tick);
    }
  }

  /** Ends the current window (end of input): the next tick lets the loop sleep or exit. */
  stop(): void {
    this.until = 0;
  }

  private readonly tick = (): void => {
    if (this.now() < this.until) this.schedule(this.tick);
    else this.running = false;
  };
}
