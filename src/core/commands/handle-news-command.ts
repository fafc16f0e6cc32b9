import type { ChatMessage, ChatTarget, PostedMessageRef } from '../model/chat-message.ts';
import type {
  ArticleIngestJob,
  DigestBuildJob,
  FeedSubscribeJob,
  Requester,
} from '../model/jobs.ts';
import type { Clock } from '../ports/clock.ts';
import type { DigestScheduler } from '../ports/digest-scheduler.ts';
import type { JobQueue } from '../ports/job-queue.ts';
import type { Logger } from '../ports/logger.ts';
import type { ArticleStore, SubscriptionStore } from '../ports/stores.ts';
import type { RateLimiter } from '../ports/usage-limits.ts';
import { isAppError } from '../errors.ts';
import { subscriptionIdFor } from '../model/subscription.ts';
import { buildArticleFromText } from '../pipeline/build-article-from-text.ts';
import { applySubscribeCommand } from './apply-subscribe-command.ts';
import { applyUnsubscribeCommand } from './apply-unsubscribe-command.ts';
import { deleteScheduledSubscription } from './delete-scheduled-subscription.ts';
import { buildHelpMessage } from './help-text.ts';
import { refuseDigestOverLimit, type DigestCommandLimit } from './limit-digest-commands.ts';
import type { NewsCommand } from './news-command.ts';
import { buildSubscriptionsMessage } from './build-subscriptions-message.ts';
import { parseNewsCommand } from './parse-news-command.ts';
import { ephemeralReply as ephemeral } from './reply-known-at-once.ts';
import { scheduleRefusalError } from '../schedules/schedule-refusal.ts';
import {
  canManageSubscriptions,
  commandNeedsManagePermission,
  subscriptionRefusalMessage,
  type CommandUser,
  type SubscriptionPolicy,
} from './permissions.ts';

export interface NewsCommandLimits {
  /** Summaries and quote requests one user may make per minute. */
  summariesPerUserPerMinute: number;
  digestCommands: DigestCommandLimit;
  maxFeedsPerChannel: number;
}

export interface HandleNewsCommandDependencies {
  articleIngest: JobQueue<ArticleIngestJob>;
  digestBuild: JobQueue<DigestBuildJob>;
  feedSubscribe: JobQueue<FeedSubscribeJob>;
  articles: ArticleStore;
  subscriptions: SubscriptionStore;
  scheduler: DigestScheduler;
  rateLimiter: RateLimiter;
  limits: NewsCommandLimits;
  policy: SubscriptionPolicy;
  clock: Clock;
  logger: Logger;
}

export interface NewsCommandRequest {
  /** Deterministic from the platform's own id for the request, so a retried delivery enqueues once. */
  requestId: string;
  target: ChatTarget;
  user: CommandUser & Requester;
  /** Everything after `/news`. */
  text: string;
  /** The user's time zone where the platform knows it, else the workspace default. */
  defaultTimeZone: string;
  /** Posts the visible "Reading the article…" message the result will replace. */
  postProgress(text: string): Promise<PostedMessageRef | undefined>;
}

/** What the adapter shows at once: a message only the user sees, one for the channel, or nothing more. */
export type CommandReply =
  { visibility: 'ephemeral' | 'in-channel'; message: ChatMessage } | { visibility: 'none' };

/**
 * What `/news …` does, the same on Slack, Discord and the console. Fast work only (parsing,
 * a store write, an enqueue), so adapters answer within the platforms' 3-second limit;
 * articles are read and briefed by the workers.
 */
export async function handleNewsCommand(
  dependencies: HandleNewsCommandDependencies,
  request: NewsCommandRequest,
): Promise<CommandReply> {
  try {
    const command = parseNewsCommand(request.text, { defaultTimeZone: request.defaultTimeZone });
    if (
      commandNeedsManagePermission(command) &&
      !canManageSubscriptions(dependencies.policy, request.user)
    ) {
      return ephemeral(subscriptionRefusalMessage(dependencies.policy, request.target.platform));
    }
    return await runCommand(dependencies, request, command);
  } catch (error) {
    if (!isAppError(error)) throw error;
    dependencies.logger.info({ code: error.code, requestId: request.requestId }, 'command refused');
    return ephemeral(error.userMessage);
  }
}

async function runCommand(
  dependencies: HandleNewsCommandDependencies,
  request: NewsCommandRequest,
  command: NewsCommand,
): Promise<CommandReply> {
  const now = dependencies.clock.now();
  const channel = {
    platform: request.target.platform,
    workspaceId: request.target.workspaceId,
    channelId: request.target.channelId,
  };
  const requester: Requester = {
    userId: request.user.userId,
    ...(request.user.displayName === undefined ? {} : { displayName: request.user.displayName }),
  };
  switch (command.kind) {
    case 'help':
      return { visibility: 'ephemeral', message: buildHelpMessage(command.topic) };
    case 'summarize':
    case 'quotes': {
      const limit = dependencies.limits.summariesPerUserPerMinute;
      const key = `commands|${channel.platform}|${channel.workspaceId}|${request.user.userId}`;
      const rate = await dependencies.rateLimiter.hit(key, limit, 60);
      if (!rate.allowed) {
        const seconds = Math.max(1, Math.ceil((rate.resetAt.getTime() - now.getTime()) / 1000));
        return ephemeral(
          `You can ask for ${limit} summaries a minute; try again in ${seconds} seconds.`,
        );
      }
      const { input } = command;
      let jobInput: ArticleIngestJob['input'];
      if (input.type === 'url') jobInput = { kind: 'url', url: input.url };
      else {
        const article = buildArticleFromText(input.text, {
          origin: 'pasted',
          completeness: 'full',
          location: 'pasted text',
        });
        await dependencies.articles.put(article);
        jobInput = { kind: 'article', articleId: article.id };
      }
      const progress = await request.postProgress(
        command.kind === 'quotes' ? 'Finding the quotes…' : 'Reading the article…',
      );
      await dependencies.articleIngest.enqueue(
        {
          requestId: request.requestId,
          target: request.target,
          input: jobInput,
          options: { length: command.kind === 'summarize' ? command.length : 'standard' },
          reply: command.kind === 'quotes' ? 'quotes' : 'brief',
          ...(progress === undefined ? {} : { progress }),
          requestedBy: requester,
        },
        { jobId: `ingest-${request.requestId}` },
      );
      return { visibility: 'none' };
    }
    case 'digest': {
      const subscription = await dependencies.subscriptions.get(subscriptionIdFor(channel));
      if (subscription === undefined)
        return { visibility: 'ephemeral', message: buildSubscriptionsMessage(undefined, now) };
      const { rateLimiter, limits } = dependencies;
      const refusal = await refuseDigestOverLimit(rateLimiter, limits.digestCommands, channel, now);
      if (refusal !== undefined) return ephemeral(refusal);
      const progress = await request.postProgress('Building the digest…');
      await dependencies.digestBuild.enqueue(
        {
          subscriptionId: subscription.id,
          trigger: 'command',
          requestId: request.requestId,
          ...(progress === undefined ? {} : { progress }),
        },
        { jobId: `digest-${request.requestId}` },
      );
      return { visibility: 'none' };
    }
    case 'subscribe': {
      // Checked now (the feed cap, the schedule) so a refusal is private and immediate; the
      // addresses are read by the feed-subscribe worker, which stores the subscription.
      const planned = applySubscribeCommand(
        await dependencies.subscriptions.get(subscriptionIdFor(channel)),
        {
          command,
          target: request.target,
          user: requester,
          now,
          maxFeedsPerChannel: dependencies.limits.maxFeedsPerChannel,
        },
      );
      // The scheduler reads a new schedule now, so one BullMQ would refuse is refused at once.
      if (planned.scheduleChanged || planned.created) {
        const check = dependencies.scheduler.check(planned.subscription.schedule, now);
        if (!check.ok)
          throw scheduleRefusalError(planned.subscription.schedule.cron, check.refusal);
      }
      const progress = await request.postProgress('Checking the feed…');
      await dependencies.feedSubscribe.enqueue(
        {
          requestId: request.requestId,
          target: request.target,
          addresses: command.feedUrls,
          schedule: command.schedule,
          scheduleSpecified: command.scheduleSpecified,
          timeZoneSpecified: command.timeZoneSpecified,
          requestedBy: requester,
          ...(progress === undefined ? {} : { progress }),
        },
        { jobId: `subscribe-${request.requestId}` },
      );
      return { visibility: 'none' };
    }
    case 'unsubscribe': {
      const existing = await dependencies.subscriptions.get(subscriptionIdFor(channel));
      const outcome = applyUnsubscribeCommand(existing, command, now);
      if (outcome.subscription === undefined) {
        if (existing !== undefined) await deleteScheduledSubscription(dependencies, existing);
      } else await dependencies.subscriptions.put(outcome.subscription);
      if (outcome.removedFeedUrls.length === 0)
        return ephemeral("This channel doesn't follow that feed.");
      const rest = outcome.subscription === undefined ? ' No digests are scheduled any more.' : '';
      return inChannel(
        `Unsubscribed this channel from ${outcome.removedFeedUrls.join(', ')}.${rest}`,
      );
    }
    case 'subscriptions': {
      const subscription = await dependencies.subscriptions.get(subscriptionIdFor(channel));
      const nextRunAt =
        subscription?.enabled === true
          ? await dependencies.scheduler.nextRunAt(subscription.id)
          : undefined;
      return {
        visibility: 'ephemeral',
        message: buildSubscriptionsMessage(subscription, now, nextRunAt),
      };
    }
  }
}

function inChannel(text: string, details?: ChatMessage): CommandReply {
  const blocks = [
    { type: 'paragraph' as const, text },
    ...(details?.blocks.filter((block) => block.type !== 'paragraph') ?? []),
  ];
  return { visibility: 'in-channel', message: { fallbackText: text, blocks } };
}
