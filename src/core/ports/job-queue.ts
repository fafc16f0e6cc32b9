/** Options every enqueue may set; ids are deterministic where the work is idempotent. */
export interface EnqueueOptions {
  /** Deduplicates while the job exists. No ":" and not all digits (BullMQ rules). */
  jobId?: string;
  priority?: number;
  delayMs?: number;
}

/** Hands work to the workers. Payloads carry ids, never article bodies or secrets. */
export interface JobQueue<Payload> {
  enqueue(payload: Payload, options?: EnqueueOptions): Promise<{ jobId: string }>;
}
