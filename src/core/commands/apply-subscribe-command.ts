import { AppError } from '../errors.ts';
import { briefOptionsSchema } from '../model/brief.ts';
import type { ChatTarget } from '../model/chat-message.ts';
import { subscriptionIdFor, type Subscription } from '../model/subscription.ts';
import type { SubscribeCommand } from './news-command.ts';

export interface SubscribeRequest {
  command: SubscribeCommand;
  /** The channel the command came from; a thread id, if any, is ignored (digests go to the channel). */
  target: ChatTarget;
  user: { userId: string; displayName?: string };
  now: Date;
  /** Cap on feeds one channel follows (cost and abuse limit). */
  maxFeedsPerChannel: number;
}

export interface SubscribeOutcome {
  subscription: Subscription;
  created: boolean;
  addedFeedUrls: string[];
  /** Feeds the channel already followed; subscribing again is not an error. */
  alreadyFollowedFeedUrls: string[];
  /** True when the stored schedule or zone changed, so the job scheduler must be upserted. */
  scheduleChanged: boolean;
}

/**
 * What `/news subscribe` does to a channel's subscription, as a pure step: creates it, or adds
 * the feeds to it. A schedule or zone the user typed replaces the channel's (all its feeds share
 * one digest); with neither, an existing schedule is kept. Subscribing re-enables a subscription
 * that delivery had disabled. Throws when the channel would follow more than the cap.
 */
export function applySubscribeCommand(
  existing: Subscription | undefined,
  request: SubscribeRequest,
): SubscribeOutcome {
  const { command, now } = request;
  const known = existing?.feedUrls ?? [];
  const addedFeedUrls = command.feedUrls.filter((url) => !known.includes(url));
  const alreadyFollowedFeedUrls = command.feedUrls.filter((url) => known.includes(url));
  const feedUrls = [...known, ...addedFeedUrls];
  if (feedUrls.length > request.maxFeedsPerChannel) {
    throw new AppError({
      code: 'command-invalid',
      userMessage: `This channel can follow at most ${request.maxFeedsPerChannel} feeds; remove one with \`/news unsubscribe <feed url>\` first.`,
      details: { following: known.length, adding: addedFeedUrls.length },
    });
  }
  const schedule =
    existing === undefined || command.scheduleSpecified
      ? command.schedule
      : command.timeZoneSpecified
        ? { ...existing.schedule, timeZone: command.schedule.timeZone }
        : existing.schedule;
  const scheduleChanged =
    existing === undefined ||
    schedule.cron !== existing.schedule.cron ||
    schedule.timeZone !== existing.schedule.timeZone ||
    !existing.enabled;
  const { platform, workspaceId, channelId } = request.target;
  const subscription: Subscription = {
    id: subscriptionIdFor(request.target),
    target: { platform, workspaceId, channelId },
    feedUrls,
    schedule,
    options: existing?.options ?? briefOptionsSchema.parse({}),
    createdBy: existing?.createdBy ?? {
      userId: request.user.userId,
      ...(request.user.displayName === undefined ? {} : { displayName: request.user.displayName }),
    },
    createdAt: existing?.createdAt ?? now.toISOString(),
    ...(existing === undefined ? {} : { updatedAt: now.toISOString() }),
    enabled: true,
    ...(existing?.lastDigestAt === undefined ? {} : { lastDigestAt: existing.lastDigestAt }),
  };
  return {
    subscription,
    created: existing === undefined,
    addedFeedUrls,
    alreadyFollowedFeedUrls,
    scheduleChanged,
  };
}
