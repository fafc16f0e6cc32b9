import type { ChatBlock, ChatMessage } from '../model/chat-message.ts';
import type { Subscription } from '../model/subscription.ts';
import { describeSubscription } from './describe-subscription.ts';

/**
 * The answer to `/news subscriptions`: the channel's feeds, its digest schedule in words and
 * zone, and when the next digest comes ("next digest: Tue 08:00 CET") — or how to start.
 * `nextRunAt` is the run the digest scheduler stored.
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
  const count = subscription.feedUrls.length;
  const heading = `This channel follows ${count} ${count === 1 ? 'feed' : 'feeds'}`;
  const { scheduleLine, status } = describeSubscription(subscription, now, nextRunAt);
  const blocks: ChatBlock[] = [
    { type: 'heading', text: heading },
    { type: 'bullets', items: subscription.feedUrls },
  ];
  blocks.push({ type: 'context', text: `${scheduleLine} · ${status}` });
  return { fallbackText: `${heading}. ${scheduleLine} · ${status}`, blocks };
}
