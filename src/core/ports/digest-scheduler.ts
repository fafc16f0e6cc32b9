import type { Subscription, SubscriptionSchedule } from '../model/subscription.ts';

/** A cron field, named as the scheduler reports it when it refuses one. */
export type CronFieldName = 'second' | 'minute' | 'hour' | 'day-of-month' | 'month' | 'day-of-week';

/**
 * Why the scheduler cannot run a schedule the core's parser accepted. The core words the
 * sentence; the scheduler only says what its own cron reading found.
 */
export type ScheduleRefusal =
  | { reason: 'repeated-value'; field: CronFieldName; value: number }
  | { reason: 'never-runs' }
  | { reason: 'unsupported'; detail: string };

export type ScheduleCheck = { ok: true; nextRunAt: Date } | { ok: false; refusal: ScheduleRefusal };

/**
 * One recurring digest job per subscription, on its cron and time zone. Upserting is
 * idempotent (safe to re-run for every subscription at start); removing is too.
 */
export interface DigestScheduler {
  /**
   * Whether the scheduler can run this schedule, read exactly as it will read it, and its
   * first run after `from`. Stores nothing: callers check before anything is saved.
   */
  check(schedule: Pick<SubscriptionSchedule, 'cron' | 'timeZone'>, from: Date): ScheduleCheck;
  /**
   * Creates or replaces the subscription's job scheduler (removes it when disabled) and
   * resolves to the next run the scheduler stored, counted from `from` when given (else now).
   */
  upsert(subscription: Subscription, from?: Date): Promise<Date | undefined>;
  remove(subscriptionId: string): Promise<void>;
  /** When the next digest will run, as the scheduler stored it; undefined when none is scheduled. */
  nextRunAt(subscriptionId: string): Promise<Date | undefined>;
}
