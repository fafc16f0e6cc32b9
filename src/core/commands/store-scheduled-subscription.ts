import type { Subscription } from '../model/subscription.ts';
import type { DigestScheduler } from '../ports/digest-scheduler.ts';
import type { Logger } from '../ports/logger.ts';
import type { SubscriptionStore } from '../ports/stores.ts';
import { scheduleRefusalError } from '../schedules/schedule-refusal.ts';

export interface ScheduledSubscriptionDependencies {
  scheduler: DigestScheduler;
  subscriptions: SubscriptionStore;
  logger: Logger;
}

export interface StoreScheduledSubscriptionRequest {
  /** The channel's subscription before the command, to restore its scheduler if saving fails. */
  existing: Subscription | undefined;
  subscription: Subscription;
  /** The schedule, zone or enabled flag differ from what the scheduler was last given. */
  scheduleChanged: boolean;
  now: Date;
}

/**
 * Saves a subscription so that it never exists without its job scheduler, nor the scheduler
 * without it. The scheduler reads the schedule first (a schedule it refuses is a sentence and
 * nothing is stored), then the scheduler is upserted, then the subscription stored; if storing
 * fails the scheduler goes back to what the stored subscription asks for. Resolves to the next
 * run the scheduler stored, which is the "next digest" the user is shown.
 */
export async function storeScheduledSubscription(
  dependencies: ScheduledSubscriptionDependencies,
  request: StoreScheduledSubscriptionRequest,
): Promise<Date | undefined> {
  const { scheduler, subscriptions } = dependencies;
  const { existing, subscription, now } = request;
  // An unchanged schedule keeps its scheduler; one lost (a Redis flush) is made again here.
  const kept = request.scheduleChanged ? undefined : await scheduler.nextRunAt(subscription.id);
  if (kept !== undefined) {
    await subscriptions.put(subscription);
    return kept;
  }
  const check = scheduler.check(subscription.schedule, now);
  if (!check.ok) throw scheduleRefusalError(subscription.schedule.cron, check.refusal);
  const nextRunAt = await scheduler.upsert(subscription, now);
  if (nextRunAt === undefined) {
    // The check passed yet the scheduler stored no run; put back what the stored subscription had.
    await restoreScheduler(dependencies, subscription.id, existing);
    throw scheduleRefusalError(subscription.schedule.cron, { reason: 'never-runs' });
  }
  try {
    await subscriptions.put(subscription);
  } catch (error) {
    await restoreScheduler(dependencies, subscription.id, existing);
    throw error;
  }
  return nextRunAt;
}

/**
 * Puts the scheduler back as the stored subscription has it: its old schedule, or none when
 * there was no subscription or a disabled one. Best effort: the caller's error is the one the
 * user sees, and the worker's start-up resync mends what this could not.
 */
async function restoreScheduler(
  dependencies: ScheduledSubscriptionDependencies,
  subscriptionId: string,
  existing: Subscription | undefined,
): Promise<void> {
  try {
    if (existing?.enabled === true) await dependencies.scheduler.upsert(existing);
    else await dependencies.scheduler.remove(subscriptionId);
  } catch (error) {
    dependencies.logger.error(
      { subscriptionId, err: error },
      'could not restore the digest scheduler',
    );
  }
}
