import type { Job, Queue } from 'bullmq';
import { queueNames, type DigestBuildJob } from '../../../core/model/jobs.ts';
import type { Subscription } from '../../../core/model/subscription.ts';
import type { DigestScheduler } from '../../../core/ports/digest-scheduler.ts';
import type { Logger } from '../../../core/ports/logger.ts';
import { silentLogger } from '../../../core/ports/logger.ts';
import { checkCronSchedule, cronRepeatOptions } from './check-cron-schedule.ts';

/** The DigestScheduler port plus what start-up needs to tidy schedulers left behind. */
export interface BullmqDigestScheduler extends DigestScheduler {
  /** Ids of every digest scheduler on the queue (subscription ids). */
  scheduledIds(): Promise<string[]>;
}

/** Subscription ids look like this; other schedulers sharing the queue are never touched. */
const subscriptionIdPattern = /^sub-[0-9a-f]{24}$/;

/**
 * One BullMQ job scheduler per subscription on the digest queue, keyed by the subscription id
 * (stable per channel): `upsertJobScheduler` with the cron pattern read in the channel's IANA
 * time zone. Each tick adds a `digest-build` job with a trigger of "schedule"; BullMQ names it
 * `repeat:<id>:<tick ms>`, so two processes upserting the same scheduler still get one job per
 * tick. A disabled subscription has no scheduler. Checks and next runs come from BullMQ's own
 * cron reading (check-cron-schedule.ts), never from a second calculator.
 */
export function createBullmqDigestScheduler(queue: Queue): BullmqDigestScheduler {
  async function nextRunAt(subscriptionId: string): Promise<Date | undefined> {
    const scheduler = await queue.getJobScheduler(subscriptionId);
    // BullMQ reports a scheduler hash without a queued tick as next: null.
    return typeof scheduler?.next === 'number' ? new Date(scheduler.next) : undefined;
  }
  return {
    check: checkCronSchedule,
    async upsert(subscription, from) {
      if (!subscription.enabled) {
        await queue.removeJobScheduler(subscription.id);
        return undefined;
      }
      const data: DigestBuildJob = { subscriptionId: subscription.id, trigger: 'schedule' };
      const job = await queue.upsertJobScheduler(
        subscription.id,
        cronRepeatOptions(subscription.schedule, from),
        { name: queueNames.digestBuild, data },
      );
      // No job means BullMQ found no run and wrote nothing, so an older scheduler may still
      // stand under this id: its next run is not this schedule's.
      if (job === undefined) return undefined;
      // Read back rather than trusting the job: the stored tick is what will run.
      return nextRunAt(subscription.id);
    },
    async remove(subscriptionId) {
      await queue.removeJobScheduler(subscriptionId);
    },
    nextRunAt,
    async scheduledIds() {
      const schedulers = await queue.getJobSchedulers(0, -1);
      return schedulers
        .map((scheduler) => scheduler.id ?? scheduler.key)
        .filter((id) => subscriptionIdPattern.test(id));
    },
  };
}

export interface ResyncOutcome {
  upserted: number;
  removed: number;
  failed: number;
}

/**
 * Makes the queue's schedulers match the stored subscriptions, run at worker start: Redis may
 * have lost them (no persistence, a flush) or kept one whose subscription is gone. Upserting
 * is idempotent, so every worker process may run this at once. A subscription whose schedule
 * BullMQ refuses is logged and skipped so it cannot stop the others.
 */
export async function resyncDigestSchedulers(
  scheduler: BullmqDigestScheduler,
  subscriptions: readonly Subscription[],
  logger: Logger = silentLogger,
): Promise<ResyncOutcome> {
  const outcome: ResyncOutcome = { upserted: 0, removed: 0, failed: 0 };
  const wanted = new Set<string>();
  for (const subscription of subscriptions) {
    if (!subscription.enabled) continue;
    wanted.add(subscription.id);
    try {
      // A schedule with no run at all makes BullMQ store nothing without an error.
      if ((await scheduler.upsert(subscription)) === undefined)
        throw new Error('BullMQ found no run for this schedule');
      outcome.upserted += 1;
    } catch (error) {
      outcome.failed += 1;
      logger.error(
        { subscriptionId: subscription.id, cron: subscription.schedule.cron, err: error },
        'could not schedule the digest',
      );
    }
  }
  for (const id of await scheduler.scheduledIds()) {
    if (wanted.has(id)) continue;
    await scheduler.remove(id);
    outcome.removed += 1;
  }
  logger.info({ ...outcome }, 'digest schedulers re-created');
  return outcome;
}

/**
 * The end of the window a digest job covers, for DigestBuildJob.windowEnd: a scheduled job's
 * own tick (BullMQ keeps it as `opts.prevMillis`), else the time the job was added (a
 * `/news digest` command). Both stay the same across retries, so a retry rebuilds the same
 * digest id and is not posted twice.
 */
export function digestWindowEndOf(job: Pick<Job, 'opts' | 'timestamp'>): string {
  const tick = job.opts.prevMillis;
  return new Date(typeof tick === 'number' && tick > 0 ? tick : job.timestamp).toISOString();
}
