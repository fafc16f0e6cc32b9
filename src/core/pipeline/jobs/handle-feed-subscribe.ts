import type { FeedSubscribeJob, MessageDeliverJob } from '../../model/jobs.ts';
import type { Clock } from '../../ports/clock.ts';
import type { DigestScheduler } from '../../ports/digest-scheduler.ts';
import type { FeedProbe } from '../../ports/feed-probe.ts';
import type { JobQueue } from '../../ports/job-queue.ts';
import type { Logger } from '../../ports/logger.ts';
import type { OutboxStore, SubscriptionStore } from '../../ports/stores.ts';
import { applySubscribeCommand } from '../../commands/apply-subscribe-command.ts';
import { buildSubscribeReply, type SubscribeResult } from '../../commands/build-subscribe-reply.ts';
import { storeScheduledSubscription } from '../../commands/store-scheduled-subscription.ts';
import { isAppError } from '../../errors.ts';
import type { ChatMessage } from '../../model/chat-message.ts';
import { subscriptionIdFor, type Subscription } from '../../model/subscription.ts';
import { discoverFeed, type DiscoveredFeed } from '../feeds/discover-feed.ts';
import { deliverNotice } from './deliver-notice.ts';

export interface HandleFeedSubscribeDependencies {
  probe: FeedProbe;
  subscriptions: SubscriptionStore;
  scheduler: DigestScheduler;
  outbox: OutboxStore;
  deliverQueue: JobQueue<MessageDeliverJob>;
  maxFeedsPerChannel: number;
  clock: Clock;
  logger: Logger;
}

/**
 * The subscribe step: reads every address (a feed, or a page whose feed is found), stores the
 * channel's subscription with the feeds found, and replaces "Checking the feed…" with what was
 * followed. Nothing is stored for an address that is not a feed or cannot be read; its
 * sentence (the fetcher's, or "not a feed and advertises none") is the answer. Failures that
 * are not the site's (Redis) are thrown and retried.
 */
export async function handleFeedSubscribe(
  dependencies: HandleFeedSubscribeDependencies,
  job: FeedSubscribeJob,
  signal?: AbortSignal,
): Promise<{ subscribedFeedUrls: string[] }> {
  const { logger } = dependencies;
  const found: { address: string; feed: DiscoveredFeed }[] = [];
  const results: SubscribeResult[] = [];
  for (const address of job.addresses) {
    try {
      const feed = await discoverFeed(dependencies, address, {}, signal);
      found.push({ address, feed });
    } catch (error) {
      if (!isAppError(error) || signal?.aborted === true) throw error;
      logger.info({ address, code: error.code, requestId: job.requestId }, 'no feed to subscribe');
      results.push({ address, problem: error.userMessage });
    }
  }
  let subscription: Subscription | undefined;
  let addedFeedUrls: string[] = [];
  let nextRunAt: Date | undefined;
  if (found.length > 0) {
    const existing = await dependencies.subscriptions.get(subscriptionIdFor(job.target));
    try {
      const outcome = applySubscribeCommand(existing, {
        command: {
          kind: 'subscribe',
          feedUrls: [...new Set(found.map((entry) => entry.feed.feedUrl))],
          schedule: job.schedule,
          scheduleSpecified: job.scheduleSpecified,
          timeZoneSpecified: job.timeZoneSpecified,
        },
        target: job.target,
        user: job.requestedBy,
        now: dependencies.clock.now(),
        maxFeedsPerChannel: dependencies.maxFeedsPerChannel,
      });
      // The scheduler first, then the subscription, or neither (see storeScheduledSubscription).
      nextRunAt = await storeScheduledSubscription(dependencies, {
        existing,
        subscription: outcome.subscription,
        scheduleChanged: outcome.scheduleChanged || outcome.created,
        now: dependencies.clock.now(),
      });
      subscription = outcome.subscription;
      addedFeedUrls = outcome.addedFeedUrls;
    } catch (error) {
      if (!isAppError(error)) throw error;
      return deliver(dependencies, job, replyOf(error.userMessage), []);
    }
  }
  for (const { address, feed } of found)
    results.push({ address, feed, added: addedFeedUrls.includes(feed.feedUrl) });
  const ordered = job.addresses.flatMap((address) =>
    results.filter((result) => result.address === address),
  );
  const message = buildSubscribeReply(ordered, subscription, dependencies.clock.now(), nextRunAt);
  return deliver(dependencies, job, message, addedFeedUrls);
}

async function deliver(
  dependencies: HandleFeedSubscribeDependencies,
  job: FeedSubscribeJob,
  message: ChatMessage,
  subscribedFeedUrls: string[],
): Promise<{ subscribedFeedUrls: string[] }> {
  await deliverNotice(dependencies, {
    deliveryId: `subscribed-${job.requestId}`,
    target: job.target,
    message,
    replace: job.progress,
  });
  return { subscribedFeedUrls };
}

function replyOf(text: string): ChatMessage {
  return { fallbackText: text, blocks: [{ type: 'paragraph', text }] };
}
