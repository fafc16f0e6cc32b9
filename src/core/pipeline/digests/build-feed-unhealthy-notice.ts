import type { ChatMessage } from '../../model/chat-message.ts';
import type { FeedState } from '../../model/feed.ts';
import { contentHash } from '../../text/content-hash.ts';

/**
 * The delivery id of "this feed keeps failing" for one channel and one failure streak: the
 * streak is named by the last success before it, so a retried digest job, or every digest
 * while the feed stays broken, finds the same id in the delivery log and the channel is told
 * once; a feed that recovers and breaks again gets a new id and a new notice.
 */
export function feedUnhealthyDeliveryId(subscriptionId: string, state: FeedState): string {
  const streak = state.lastSuccessAt ?? 'never';
  return `feed-unhealthy-${contentHash(`${subscriptionId}\n${state.url}\n${streak}`)}`;
}

/**
 * The one message a channel gets when a feed it follows keeps failing: which feed, how often,
 * why (the fetcher's user-safe sentence), that we keep trying, and how to stop it.
 */
export function buildFeedUnhealthyNotice(state: FeedState): ChatMessage {
  const count = state.consecutiveFailures;
  const times = count === 1 ? 'once' : `${count} times in a row`;
  const reason = state.lastError === undefined ? '' : `: ${asClause(state.lastError.message)}`;
  const text =
    `The feed ${state.url} has failed ${times}${reason}. ` +
    `I'll keep trying; /news unsubscribe ${state.url} stops it.`;
  return { fallbackText: text, blocks: [{ type: 'paragraph', text: `⚠️ ${text}` }] };
}

/** "The feed was not found (HTTP 404)." → "the feed was not found (HTTP 404)", acronyms kept. */
function asClause(sentence: string): string {
  const trimmed = sentence.trim().replace(/[.!]+$/u, '');
  const [first = '', second = ''] = trimmed;
  const lowerable = first !== first.toLowerCase() && second === second.toLowerCase();
  return lowerable ? `${first.toLowerCase()}${trimmed.slice(1)}` : trimmed;
}
