import type { ChatMessage } from '../../model/chat-message.ts';
import { failureStreakOf, type FeedState } from '../../model/feed.ts';
import { contentHash } from '../../text/content-hash.ts';

/**
 * The delivery id of "this feed keeps failing" for one channel and one failure streak: the
 * streak is named by the last success before it, so a retried digest job, or every digest
 * while the feed stays broken, finds the same id in the delivery log and the channel is told
 * once; a feed that recovers and breaks again gets a new id and a new notice.
 */
export function feedUnhealthyDeliveryId(
  subscriptionId: string,
  state: Pick<FeedState, 'url' | 'lastSuccessAt'>,
): string {
  return `feed-unhealthy-${streakHash(subscriptionId, state.url, failureStreakOf(state))}`;
}

/** The delivery id of "this feed works again" for one channel and the streak that ended. */
export function feedRecoveredDeliveryId(
  subscriptionId: string,
  url: string,
  streak: string,
): string {
  return `feed-recovered-${streakHash(subscriptionId, url, streak)}`;
}

function streakHash(subscriptionId: string, url: string, streak: string): string {
  return contentHash(`${subscriptionId}\n${url}\n${streak}`);
}

/** The one message a channel gets when a feed it was told about reads well again. */
export function buildFeedRecoveredNotice(url: string): ChatMessage {
  const text = `The feed ${url} works again; its new items will be in the next digest.`;
  return { fallbackText: text, blocks: [{ type: 'paragraph', text: `✅ ${text}` }] };
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
