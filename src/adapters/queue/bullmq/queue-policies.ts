import type { JobsOptions } from 'bullmq';
import { queueNames, type QueueName } from '../../../core/model/jobs.ts';

/** How each queue retries, trims and times out its jobs. */
export interface QueuePolicy {
  attempts: number;
  /** First retry delay; doubles each attempt (exponential backoff). */
  backoffMs: number;
  /** A job running longer than this is aborted (BullMQ has no job timeout of its own). */
  timeoutMs: number;
  /** Jobs processed at once per worker process. */
  concurrency: number;
  /** What the user asked for, for the failure notice ("I could not …"). */
  failureVerb: string;
}

export const queuePolicies: Record<QueueName, QueuePolicy> = {
  [queueNames.articleIngest]: {
    attempts: 4,
    backoffMs: 2_000,
    timeoutMs: 60_000,
    concurrency: 8,
    failureVerb: 'read that article',
  },
  [queueNames.articleBrief]: {
    attempts: 4,
    backoffMs: 5_000,
    timeoutMs: 300_000,
    concurrency: 4,
    failureVerb: 'summarize that article',
  },
  // A platform 429 or outage: keep trying for a few minutes before giving up.
  [queueNames.messageDeliver]: {
    attempts: 8,
    backoffMs: 2_000,
    timeoutMs: 30_000,
    concurrency: 8,
    failureVerb: 'post the message',
  },
  [queueNames.digestBuild]: {
    attempts: 3,
    backoffMs: 30_000,
    timeoutMs: 600_000,
    concurrency: 2,
    failureVerb: 'build the digest',
  },
  [queueNames.questionAnswer]: {
    attempts: 3,
    backoffMs: 2_000,
    timeoutMs: 120_000,
    concurrency: 8,
    failureVerb: 'answer that question',
  },
  // Someone is waiting on "Checking the feed…": a short retry for a blip, then one sentence.
  [queueNames.feedSubscribe]: {
    attempts: 2,
    backoffMs: 2_000,
    timeoutMs: 90_000,
    concurrency: 4,
    failureVerb: 'subscribe to that feed',
  },
};

/**
 * The per-article queues drop a job as soon as it completes: keeping it costs BullMQ about
 * eight more commands per job (the completed set, its age and count trimming), nothing reads
 * it, and exactly-once posting rests on the delivery log, not on job-id deduplication
 * (docs/decisions/0010).
 */
const droppedOnCompletion: ReadonlySet<QueueName> = new Set([
  queueNames.articleIngest,
  queueNames.articleBrief,
  queueNames.messageDeliver,
]);

/**
 * BullMQ's event stream per queue: read only by QueueEvents listeners that are live (the
 * benchmarks, tests), so a short tail is enough; the default keeps 10,000 events.
 */
export const eventStreamLength = 1_000;

/**
 * How long an idle worker blocks before asking again, in seconds (BullMQ's drainDelay). A new
 * job wakes it at once through BullMQ's marker, so this only spaces idle polls. Not longer
 * than BullMQ's 5: a worker closing while Redis is away waits out the blocking read's watchdog
 * (this plus 1 s), and 10 took a SIGTERM or Ctrl-D during an outage past the 10 s grace.
 */
export const idleWaitSeconds = 5;

/** Default options for jobs added to a queue: retries with backoff, trimmed history, failures kept a week. */
export function defaultJobOptions(queue: QueueName): JobsOptions {
  const policy = queuePolicies[queue];
  return {
    attempts: policy.attempts,
    backoff: { type: 'exponential', delay: policy.backoffMs },
    removeOnComplete: droppedOnCompletion.has(queue) ? true : { age: 24 * 3600, count: 1_000 },
    removeOnFail: { age: 7 * 24 * 3600, count: 5_000 },
  };
}
