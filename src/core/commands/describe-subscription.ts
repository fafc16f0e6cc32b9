import type { Subscription } from '../model/subscription.ts';
import { formatRunTime } from '../schedules/format-run-time.ts';

/** A channel's subscription in words, as `/news subscriptions` and the Slack App Home show it. */
export interface SubscriptionDescription {
  /** "Digest every weekday at 08:00 (Europe/Berlin)". */
  scheduleLine: string;
  /** "next digest: Tue 08:00 CET", or why delivery is paused. */
  status: string;
  paused: boolean;
}

/**
 * `nextRunAt` is the run the digest scheduler stored, not a time worked out here, so the line
 * shows when the digest really comes (clock changes, cron corners and all).
 */
export function describeSubscription(
  subscription: Subscription,
  now: Date,
  nextRunAt: Date | undefined,
): SubscriptionDescription {
  const { schedule } = subscription;
  const scheduleLine = `Digest ${schedule.description} (${schedule.timeZone})`;
  if (!subscription.enabled) {
    // Delivery stores the failure's user message, a whole sentence: its own full stop is ours.
    const reason = (subscription.disabledReason ?? 'delivery stopped').trim().replace(/\.+$/, '');
    return { scheduleLine, status: `Paused: ${reason}. Subscribe again to resume.`, paused: true };
  }
  const status =
    nextRunAt === undefined
      ? 'No digest is scheduled; subscribe again to restart it.'
      : `next digest: ${formatRunTime(nextRunAt, schedule.timeZone, now)}`;
  return { scheduleLine, status, paused: false };
}
