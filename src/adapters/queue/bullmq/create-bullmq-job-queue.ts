import type { Queue } from 'bullmq';
import type { z } from 'zod';
import type { EnqueueOptions, JobQueue } from '../../../core/ports/job-queue.ts';

/**
 * The JobQueue port on a BullMQ queue. Payloads are validated before they enter Redis, so a
 * bad payload fails at the producer, where the bug is, not in a worker later.
 */
export function createBullmqJobQueue<Payload>(
  queue: Queue,
  schema: z.ZodType<Payload>,
): JobQueue<Payload> {
  return {
    async enqueue(payload: Payload, options: EnqueueOptions = {}) {
      const data = schema.parse(payload);
      const job = await queue.add(queue.name, data, {
        ...(options.jobId === undefined ? {} : { jobId: options.jobId }),
        ...(options.priority === undefined ? {} : { priority: options.priority }),
        ...(options.delayMs === undefined ? {} : { delay: options.delayMs }),
      });
      return { jobId: job.id ?? options.jobId ?? '' };
    },
  };
}
