import type { ChatBlock, ChatMessage } from '../model/chat-message.ts';
import type { Subscription } from '../model/subscription.ts';
import { formatRunTime } from '../schedules/format-run-time.ts';

/**
 * The answer to `/news subscriptions`: the channel's feeds, its digest schedule in words and
 * zone, and when the next digest comes ("next digest: Tue 08:00 CET") — or how to start.
 * `nextRunAt` is the run the digest scheduler stored, not a time worked out here, so the line
 * shows when the digest really comes (clock changes, cron corners and all).
 */
export function buildSubscriptionsMessage(
  subscription: Subscription | undefined,
  now: Date,
  nextRunAt?: Date,
): ChatMessage {
  if (subscription === undefined) {
    const text =
      "This channel doesn't follow any feeds yet. Add one with `/news subscribe <feed url> [daily 08:00] [time zone]`.";
    return { fallbackText: text, blocks: [{ type: 'paragraph', text }] };
  }
  const { schedule } = subscription;
  const count = subscription.feedUrls.length;
  const heading = `This channel follows ${count} ${count === 1 ? 'feed' : 'feeds'}`;
  const scheduleLine = `Digest ${schedule.description} (${schedule.timeZone})`;
  const blocks: ChatBlock[] = [
    { type: 'heading', text: heading },
    { type: 'bullets', items: subscription.feedUrls },
  ];
  let status: string;
  if (!subscription.enabled) {
    // Delivery stores the failure's user message, a whole sentence: its own full stop is ours.
    const reason = (subscription.disabledReason ?? 'delivery stopped').trim().replace(/\.+$/, '');
    status = `Paused: ${reason}. Subscribe again to resume.`;
  } else {
    status =
      nextRunAt === undefined
        ? 'No digest is scheduled; subscribe again to restart it.'
        : `next digest: ${formatRunTime(nextRunAt, schedule.timeZone, now)}`;
  }
  blocks.push({ type: 'context', text: `${scheduleLine} · ${status}` });
  return { fallbackText: `${heading}. ${scheduleLine} · ${status}`, blocks };
}
