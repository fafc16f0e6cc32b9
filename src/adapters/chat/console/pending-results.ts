/**
 * Progress messages ("Reading the article…") the console session posted whose result has not
 * arrived yet, so a question typed meanwhile can wait for the brief instead of finding none.
 */
export class PendingResults {
  private readonly waiters = new Map<string, (() => void)[]>();

  add(messageId: string): void {
    if (!this.waiters.has(messageId)) this.waiters.set(messageId, []);
  }

  /** The result (or a failure notice) replaced the progress message. */
  settle(messageId: string): void {
    const waiting = this.waiters.get(messageId);
    if (waiting === undefined) return;
    this.waiters.delete(messageId);
    for (const wake of waiting) wake();
  }

  isPending(messageId: string): boolean {
    return this.waiters.has(messageId);
  }

  /** The most recently posted progress message still waiting for its result. */
  latest(): string | undefined {
    return [...this.waiters.keys()].at(-1);
  }

  /** Resolves true when the message settles, false when `timeoutMs` passes first. */
  wait(messageId: string, timeoutMs: number): Promise<boolean> {
    const waiting = this.waiters.get(messageId);
    if (waiting === undefined) return Promise.resolve(true);
    return new Promise((resolve) => {
      const timer = setTimeout(() => resolve(false), timeoutMs);
      waiting.push(() => {
        clearTimeout(timer);
        resolve(true);
      });
    });
  }
}
