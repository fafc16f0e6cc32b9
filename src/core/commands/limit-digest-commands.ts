import type { ChatTarget } from '../model/chat-message.ts';
import type { RateLimiter } from '../ports/usage-limits.ts';

export interface DigestCommandLimit {
  /** `/news digest` builds one channel may start per window. */
  perChannel: number;
  windowMinutes: number;
}

/**
 * Counts a `/news digest` against its channel's window and returns the sentence to show when
 * it is over, or undefined to go ahead. Each build reads every feed of the channel and may
 * fetch dozens of pages and make model calls, so repeating the command must not multiply that.
 */
export async function refuseDigestOverLimit(
  rateLimiter: RateLimiter,
  limit: DigestCommandLimit,
  channel: Pick<ChatTarget, 'platform' | 'workspaceId' | 'channelId'>,
  now: Date,
): Promise<string | undefined> {
  const key = `digests|${channel.platform}|${channel.workspaceId}|${channel.channelId}`;
  const rate = await rateLimiter.hit(key, limit.perChannel, limit.windowMinutes * 60);
  if (rate.allowed) return undefined;
  const minutes = Math.max(1, Math.ceil((rate.resetAt.getTime() - now.getTime()) / 60_000));
  return (
    `This channel can ask for ${countOf(limit.perChannel, 'digest')} every ` +
    `${countOf(limit.windowMinutes, 'minute')}; try again in ${countOf(minutes, 'minute')}.`
  );
}

function countOf(count: number, noun: string): string {
  return count === 1 ? `1 ${noun}` : `${count} ${noun}s`;
}
