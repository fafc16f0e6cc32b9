import type { Subscription } from '../model/subscription.ts';
import { formatRunTime } from '../schedules/format-run-time.ts';
import { nextRunTimes } from '../schedules/next-run-times.ts';

/** A channel's subscription in words, as `/news subscriptions` and the Slack App Home show it. */
export interface SubscriptionDescription {
  /** "Digest every weekday at 08:00 (Europe/Berlin)". */
  scheduleLine: string;
  /** "next digest: Tue 08:00 CET", or why delivery is paused. */
  status: string;
  paused: boolean;
}

export function describeSubscription(
  subscription: Subscription,
  now: Date,
): SubscriptionDescription {
  const { schedule } = subscription;
  const scheduleLine = `Digest ${schedule.description} (${schedule.timeZone})`;
  if (!subscription.enabled) {
    // Delivery stores the failure's user message, a whole sentence: its own full stop is ours.
    const reason = (subscription.disabledReason ?? 'delivery stopped').trim().replace(/\.+$/, '');
    return { scheduleLine, status: `Paused: ${reason}. Subscribe again to resume.`, paused: true };
  }
  const [next] = nextRunTimes(schedule.cron, schedule.timeZone, now, 1);
  const status =
    next === undefined
      ? 'No digest is scheduled.'
      : `next digest: ${formatRunTime(next, schedule.timeZone, now)}`;
  return { scheduleLine, status, paused: false };
}
