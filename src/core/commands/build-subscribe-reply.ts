import type { ChatBlock, ChatMessage } from '../model/chat-message.ts';
import type { Subscription } from '../model/subscription.ts';
import type { DiscoveredFeed } from '../pipeline/feeds/discover-feed.ts';
import { buildSubscriptionsMessage } from './build-subscriptions-message.ts';

/** One address from `/news subscribe`, and what reading it gave. */
export type SubscribeResult =
  { address: string; feed: DiscoveredFeed; added: boolean } | { address: string; problem: string };

/**
 * The answer to `/news subscribe` once the addresses were read: per address, the feed followed
 * (its title, how many items it has now and, when the address was a page, which feed of it was
 * chosen) or why not; then the schedule and the channel's feed list. With one address that
 * could not be used, only that sentence.
 */
export function buildSubscribeReply(
  results: readonly SubscribeResult[],
  subscription: Subscription | undefined,
  now: Date,
  nextRunAt?: Date,
): ChatMessage {
  const sentences = results.map((result) =>
    'problem' in result
      ? results.length === 1
        ? result.problem
        : `Not subscribed to ${result.address}: ${lowerFirst(result.problem)}`
      : describeFeed(result.feed, result.added),
  );
  if (subscription === undefined || results.every((result) => 'problem' in result)) {
    const text = sentences.join(' ');
    return { fallbackText: text, blocks: [{ type: 'paragraph', text }] };
  }
  const { schedule } = subscription;
  const text = `${sentences.join(' ')} Digests ${schedule.description} (${schedule.timeZone}).`;
  const details = buildSubscriptionsMessage(subscription, now, nextRunAt);
  // The list's heading becomes a plain line: a heading marks a brief or digest, and a thread
  // question under a subscription notice would have no article to be answered from.
  const blocks: ChatBlock[] = [
    { type: 'paragraph', text },
    ...details.blocks.flatMap((block): ChatBlock[] =>
      block.type === 'paragraph'
        ? []
        : block.type === 'heading'
          ? [{ type: 'paragraph', text: `${block.text}:` }]
          : [block],
    ),
  ];
  return { fallbackText: text, blocks };
}

function describeFeed(feed: DiscoveredFeed, added: boolean): string {
  const title = `*${feed.document.title.replace(/\*/g, '').trim() || 'Untitled feed'}*`;
  if (!added) return `This channel already follows ${title} (${feed.feedUrl}).`;
  const count = feed.document.items.length;
  const subscribed = `Subscribed to ${title} (${count} ${count === 1 ? 'item' : 'items'} now)`;
  switch (feed.foundBy) {
    case 'direct':
      return `${subscribed}.`;
    case 'advertised':
      return feed.advertisedCount > 1
        ? `${subscribed}: ${feed.feedUrl}, the best match of the ${feed.advertisedCount} feeds that page advertises.`
        : `${subscribed}: ${feed.feedUrl}, the feed that page advertises.`;
    case 'guessed':
      return `${subscribed}: ${feed.feedUrl}, found on that site (the page advertises no feed).`;
  }
}

function lowerFirst(sentence: string): string {
  return /^[A-Z][a-z]/.test(sentence)
    ? sentence.charAt(0).toLowerCase() + sentence.slice(1)
    : sentence;
}
