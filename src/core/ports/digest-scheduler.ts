import type { Subscription } from '../model/subscription.ts';

/**
 * One recurring digest job per subscription, on its cron and time zone. Upserting is
 * idempotent (safe to re-run for every subscription at start); removing is too.
 */
export interface DigestScheduler {
  upsert(subscription: Subscription): Promise<void>;
  remove(subscriptionId: string): Promise<void>;
  /** When the next digest will run, if scheduled. */
  nextRunAt(subscriptionId: string): Promise<Date | undefined>;
}
