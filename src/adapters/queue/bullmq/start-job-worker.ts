import type { Worker } from 'bullmq';
import { isRedisConnectionError } from '../../redis/describe-redis-failure.ts';
import { createJobWorker, type JobWorkerOptions } from './create-job-worker.ts';

/** Between attempts to start a worker whose connections broke while it was starting. */
const restartDelayMs = 1_000;

/**
 * Creates a job worker and returns once its connections are ready, so a process says it is
 * up only when it takes jobs. A BullMQ worker whose own connection breaks before its first
 * ready (Redis restarting while the worker starts, as when a whole compose stack comes up at
 * once) never takes a job, though it reports itself running: such a worker is closed and
 * created again until one starts. Any other error is thrown.
 */
export async function startJobWorker<Payload>(options: JobWorkerOptions<Payload>): Promise<Worker> {
  for (;;) {
    const worker = createJobWorker(options);
    try {
      await worker.waitUntilReady();
      return worker;
    } catch (error) {
      await worker.close(true).catch(() => undefined);
      if (!isRedisConnectionError(error)) throw error;
      options.logger.debug(
        { queue: options.queue, err: error },
        'worker lost Redis while starting; starting it again',
      );
      await new Promise((resolve) => setTimeout(resolve, restartDelayMs));
    }
  }
}
