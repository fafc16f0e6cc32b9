import type { Subscription } from '../model/subscription.ts';
import type { UnsubscribeCommand } from './news-command.ts';

export interface UnsubscribeOutcome {
  /** What to store; undefined means delete the subscription and remove its job scheduler. */
  subscription: Subscription | undefined;
  removedFeedUrls: string[];
  /** Feeds named in the command that this channel did not follow. */
  notFollowedFeedUrls: string[];
}

/**
 * What `/news unsubscribe` does to a channel's subscription, as a pure step. Removing the last
 * feed (or `all`) deletes the subscription, so no empty digest is ever scheduled.
 */
export function applyUnsubscribeCommand(
  existing: Subscription | undefined,
  command: UnsubscribeCommand,
  now: Date,
): UnsubscribeOutcome {
  const known = existing?.feedUrls ?? [];
  if (command.target.type === 'all') {
    return { subscription: undefined, removedFeedUrls: known, notFollowedFeedUrls: [] };
  }
  const named = command.target.feedUrls;
  const removedFeedUrls = named.filter((url) => known.includes(url));
  const notFollowedFeedUrls = named.filter((url) => !known.includes(url));
  const feedUrls = known.filter((url) => !named.includes(url));
  if (existing === undefined || feedUrls.length === 0) {
    return { subscription: undefined, removedFeedUrls, notFollowedFeedUrls };
  }
  if (removedFeedUrls.length === 0)
    return { subscription: existing, removedFeedUrls, notFollowedFeedUrls };
  return {
    subscription: { ...existing, feedUrls, updatedAt: now.toISOString() },
    removedFeedUrls,
    notFollowedFeedUrls,
  };
}
