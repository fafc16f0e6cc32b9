import { DelayedError, UnrecoverableError, Worker, type ConnectionOptions, type Job } from 'bullmq';
import type { z } from 'zod';
import { AppError, isAppError, isWaitUntil } from '../../../core/errors.ts';
import type { QueueName } from '../../../core/model/jobs.ts';
import type { Logger } from '../../../core/ports/logger.ts';
import { idleWaitSeconds, queuePolicies } from './queue-policies.ts';
import { isRedisConnectionError } from '../../redis/describe-redis-failure.ts';

export interface JobOutcome {
  queue: QueueName;
  outcome: 'completed' | 'retrying' | 'failed';
  durationMs: number;
}

export interface JobWorkerOptions<Payload> {
  queue: QueueName;
  connection: ConnectionOptions;
  prefix: string;
  schema: z.ZodType<Payload>;
  handle(payload: Payload, signal: AbortSignal, job: Job): Promise<unknown>;
  /** Tells the user their request failed for good (not called for retries). */
  onFinalFailure?(payload: Payload, error: unknown): Promise<void>;
  onOutcome?(outcome: JobOutcome): void;
  logger: Logger;
  limiter?: { max: number; duration: number };
  concurrency?: number;
  /** How long a job's lock lives without renewal; a killed worker's job is retried after it. */
  lockDurationMs?: number;
  stalledIntervalMs?: number;
}

/**
 * How long a worker waits after a Redis connection error before it asks for a job again.
 * BullMQ's default is 15 s, so after a Redis restart each step of ingest → brief → deliver
 * could sit out up to 15 s more. The connections retry every 2 s (open-redis-connection), so
 * asking every second costs nothing during an outage.
 */
const connectionRetryDelayMs = 1_000;

/**
 * A BullMQ worker around one core job handler: validates the payload, aborts a job that runs
 * past its queue's time limit, retries what can succeed later, and turns everything else into
 * an UnrecoverableError after telling the user in one sentence.
 */
export function createJobWorker<Payload>(options: JobWorkerOptions<Payload>): Worker {
  const policy = queuePolicies[options.queue];
  const logger = options.logger.child({ queue: options.queue });

  const processor = async (job: Job, token?: string, bullSignal?: AbortSignal) => {
    const started = performance.now();
    const parsed = options.schema.safeParse(job.data);
    if (!parsed.success) {
      logger.error({ jobId: job.id, issues: parsed.error.issues }, 'invalid job payload; dropping');
      options.onOutcome?.({ queue: options.queue, outcome: 'failed', durationMs: 0 });
      throw new UnrecoverableError('invalid job payload');
    }
    const timeout = AbortSignal.timeout(policy.timeoutMs);
    const signal = bullSignal === undefined ? timeout : AbortSignal.any([bullSignal, timeout]);
    try {
      const result = await options.handle(parsed.data, signal, job);
      options.onOutcome?.({
        queue: options.queue,
        outcome: 'completed',
        durationMs: performance.now() - started,
      });
      return result;
    } catch (caught) {
      // Not a failure: parked until its turn, no attempt counted, no Redis polling meanwhile.
      if (isWaitUntil(caught)) {
        await job.moveToDelayed(caught.until.getTime(), token);
        throw new DelayedError();
      }
      const error = timeout.aborted
        ? new AppError({
            code: 'internal',
            userMessage: tooLongSentence,
            retryable: true,
            cause: caught,
          })
        : caught;
      const retryable = isAppError(error) ? error.retryable : true;
      const attempts = job.opts.attempts ?? policy.attempts;
      const final = !retryable || job.attemptsMade + 1 >= attempts;
      const durationMs = performance.now() - started;
      logger[final ? 'error' : 'warn'](
        {
          jobId: job.id,
          attempt: job.attemptsMade + 1,
          attempts,
          code: isAppError(error) ? error.code : undefined,
          err: error,
        },
        final ? 'job failed for good' : 'job failed; will retry',
      );
      options.onOutcome?.({
        queue: options.queue,
        outcome: final ? 'failed' : 'retrying',
        durationMs,
      });
      if (!final) throw error;
      await options.onFinalFailure?.(parsed.data, error).catch((noticeError: unknown) => {
        logger.error(
          { jobId: job.id, err: noticeError },
          'could not tell the user about the failure',
        );
      });
      throw new UnrecoverableError(error instanceof Error ? error.message : String(error));
    }
  };

  const worker = new Worker(options.queue, processor, {
    connection: options.connection,
    prefix: options.prefix,
    concurrency: options.concurrency ?? policy.concurrency,
    drainDelay: idleWaitSeconds,
    ...(options.limiter === undefined ? {} : { limiter: options.limiter }),
    ...(options.lockDurationMs === undefined ? {} : { lockDuration: options.lockDurationMs }),
    ...(options.stalledIntervalMs === undefined
      ? {}
      : { stalledInterval: options.stalledIntervalMs }),
    runRetryDelay: connectionRetryDelayMs,
  });
  // During a Redis outage BullMQ reports every failed reconnect of every worker here; the
  // service's reachability watcher already said once that Redis is gone.
  worker.on('error', (error) => {
    if (isRedisConnectionError(error)) logger.debug({ err: error }, 'worker connection error');
    else logger.error({ err: error }, 'worker error');
  });
  // A job whose worker died or froze past its lock too often is failed by BullMQ when it is
  // next picked up, without running the processor: the user is told here instead.
  worker.on('failed', (job, error) => {
    if (job === undefined || !job.deferredFailure) return;
    const parsed = options.schema.safeParse(job.data);
    if (!parsed.success) return;
    logger.error({ jobId: job.id, err: error }, 'job failed for good: it stalled too often');
    options.onOutcome?.({ queue: options.queue, outcome: 'failed', durationMs: 0 });
    const stalled = new AppError({ code: 'internal', userMessage: tooLongSentence, cause: error });
    void options.onFinalFailure?.(parsed.data, stalled).catch((noticeError: unknown) => {
      logger.error(
        { jobId: job.id, err: noticeError },
        'could not tell the user about the failure',
      );
    });
  });
  // Both mean an event loop was blocked past the lock duration (or a worker died): the job
  // runs again, and the user may wait minutes. They must show in the logs.
  worker.on('stalled', (jobId) => logger.warn({ jobId }, 'job stalled; it will run again'));
  worker.on('lockRenewalFailed', (jobIds) =>
    logger.error({ jobIds }, 'could not renew job locks; the jobs may run twice'),
  );
  return worker;
}

const tooLongSentence = 'It took too long; please try again later.';
