import type { ChatTarget } from '../../model/chat-message.ts';
import { digestIdFor, type Digest } from '../../model/digest.ts';
import type { DigestBuildJob, MessageDeliverJob } from '../../model/jobs.ts';
import type { Subscription } from '../../model/subscription.ts';
import type { BriefWriter } from '../../ports/brief-writer.ts';
import type { DigestScheduler } from '../../ports/digest-scheduler.ts';
import type { JobQueue } from '../../ports/job-queue.ts';
import type {
  BriefStore,
  DeliveryLog,
  DigestLedger,
  OutboxStore,
  SubscriptionStore,
} from '../../ports/stores.ts';
import { buildDigestMessage } from '../../messages/build-digest-message.ts';
import { composeChannelDigest, type DigestComposer } from '../digests/compose-channel-digest.ts';
import { collectWindowBriefs } from '../digests/collect-window-briefs.ts';
import { ingestFeed, type IngestFeedDependencies } from '../digests/ingest-feed.ts';
import { mapWithConcurrency } from '../digests/map-with-concurrency.ts';
import { notifyFeedHealth } from '../digests/notify-feed-health.ts';
import type { QuoteVerifier } from '../../ports/quote-verifier.ts';
import { deliverNotice } from './deliver-notice.ts';

export interface DigestBuildOptions {
  /** Most stories in one digest post. Default 10. */
  maxStories?: number;
  /** Newest new items taken per feed read. Default 25. */
  maxItemsPerRead?: number;
  /** Feed content this long is the article; shorter sends us to the page. Default 600. */
  fullTextCharacters?: number;
  /** Failed reads in a row before a feed is unhealthy and the channel is told. Default 3. */
  unhealthyAfter?: number;
  /** Feeds of one channel read at once. Default 3. */
  feedConcurrency?: number;
}

export interface HandleDigestBuildDependencies extends IngestFeedDependencies {
  subscriptions: SubscriptionStore;
  briefStore: BriefStore;
  /** Picks the writer for this workspace: a model, or offline when its daily budget is spent. */
  writersFor(workspaceId: string): Promise<{ writer: BriefWriter; fallbackWriter?: BriefWriter }>;
  /**
   * The digest-compose prompt: an intro, order and one-line summaries for the stories. Optional;
   * without it (or when it fails) the digest is composed offline from the briefs.
   */
  composeDigest?: DigestComposer;
  /**
   * When given, a tick for a subscription that is gone or stopped removes its own scheduler
   * (a channel deleted between two resyncs would otherwise keep ticking).
   */
  digestScheduler?: Pick<DigestScheduler, 'remove'>;
  outbox: OutboxStore;
  deliveryLog: DeliveryLog;
  digestLedger: DigestLedger;
  deliverQueue: JobQueue<MessageDeliverJob>;
  /** After each feed read, with the feed's health (the feed-health gauge). */
  onFeedRead?(feedUrl: string, healthy: boolean): void;
  options?: DigestBuildOptions;
  /** Where the briefs' quotes are verified (a worker thread in the service); default in process. */
  quoteVerifier?: QuoteVerifier;
}

export interface DigestBuildOutcome {
  /** skipped: no enabled subscription; empty: nothing new on a schedule; queued: handed to deliver. */
  status: 'skipped' | 'empty' | 'queued';
  digestId?: string;
  deliveryId?: string;
  stories: number;
  /** Delivery ids of "this feed keeps failing" notices handed over in this run. */
  notices: string[];
}

/**
 * The digest step for one channel: read its feeds (new items become stored articles that
 * "arrived" now), brief what arrived since the channel's watermark, group it by story, and
 * hand the rendered digest to the deliver step. The digest id comes from the subscription and
 * the window's end (the scheduled tick), so a retried or duplicated job rebuilds the same id
 * and the deliver log posts it once; the watermark moves only when the deliver step has
 * posted. A scheduled digest with nothing new posts nothing; `/news digest` says so.
 */
export async function handleDigestBuild(
  dependencies: HandleDigestBuildDependencies,
  job: DigestBuildJob,
  signal?: AbortSignal,
): Promise<DigestBuildOutcome> {
  const { logger, clock } = dependencies;
  const options = dependencies.options ?? {};
  const subscription = await dependencies.subscriptions.get(job.subscriptionId);
  if (subscription === undefined || !subscription.enabled) {
    logger.info(
      { subscriptionId: job.subscriptionId, found: subscription !== undefined },
      'no enabled subscription; no digest',
    );
    if (job.trigger === 'command') await tellNoSubscription(dependencies, job, subscription);
    else await dependencies.digestScheduler?.remove(job.subscriptionId);
    return { status: 'skipped', stories: 0, notices: [] };
  }
  const windowEnd = windowEndOf(job, clock.now());
  const target = channelOf(subscription);
  // Items read now count as arrived at the window's end at the latest, so this tick's digest
  // includes them however late the job runs, and a retry records the same times.
  const arrivedAt = new Date(Math.min(clock.now().getTime(), Date.parse(windowEnd))).toISOString();

  const notices: string[] = [];
  await mapWithConcurrency(subscription.feedUrls, options.feedConcurrency ?? 3, async (feedUrl) => {
    const outcome = await ingestFeed(dependencies, feedUrl, { arrivedAt, ...options }, signal);
    dependencies.onFeedRead?.(feedUrl, outcome.state.healthy);
    const notice = await notifyFeedHealth(dependencies, subscription.id, target, outcome.state);
    if (notice !== undefined) notices.push(notice);
  });

  const writers = await dependencies.writersFor(subscription.target.workspaceId);
  const digestId = digestIdFor(subscription.id, windowEnd);
  const composeFrom = async (windowStart: string) => {
    const { briefs } = await collectWindowBriefs(
      { ...dependencies, ...writers },
      { feedUrls: subscription.feedUrls, windowStart, windowEnd },
      subscription.options,
      signal,
    );
    return composeChannelDigest(
      dependencies,
      {
        briefs,
        windowStart,
        windowEnd,
        digestId,
        subscriptionId: subscription.id,
        target,
        timeZone: subscription.schedule.timeZone,
        maxStories: options.maxStories ?? 10,
      },
      signal,
    );
  };
  let windowStart = subscription.lastDigestAt ?? subscription.createdAt;
  let digest = await composeFrom(windowStart);
  // Reading feeds takes a while; a digest of an earlier tick may have posted meanwhile and
  // moved the watermark. Its stories must not be posted again, so the window starts anew there
  // (briefs are cached; only the composing runs again).
  const watermark = (await dependencies.subscriptions.get(subscription.id))?.lastDigestAt;
  if (watermark !== undefined && watermark > windowStart) {
    windowStart = watermark;
    digest = await composeFrom(windowStart);
  }
  const log = { subscriptionId: subscription.id, digestId, windowStart, windowEnd };
  if (digest.stories.length === 0 && job.trigger === 'schedule') {
    logger.info(log, 'nothing new for the digest; not posting');
    return { status: 'empty', digestId, stories: 0, notices };
  }

  const deliveryId = `deliver-${digestId}`;
  // Noted before the hand-over: from now on an older digest still waiting to post is covered.
  if (digest.stories.length > 0)
    await dependencies.digestLedger.noteBuilt(subscription.id, windowEnd);
  const shown = digest.stories.length > 0 ? digest : await sinceLastReply(dependencies, digest);
  await dependencies.outbox.put(deliveryId, buildDigestMessage(shown));
  const articleIds = digest.stories.flatMap((story) =>
    story.sources.map((source) => source.articleId),
  );
  await dependencies.deliverQueue.enqueue(
    {
      deliveryId,
      target,
      ...(job.progress === undefined ? {} : { replace: job.progress }),
      content: { kind: 'digest', articleIds, digestId },
      // An empty "nothing new" reply covered nothing, so it leaves the watermark where it is.
      effects:
        digest.stories.length === 0
          ? []
          : [{ kind: 'digest-watermark', subscriptionId: subscription.id, windowEnd }],
    },
    { jobId: deliveryId },
  );
  await dependencies.digestLedger.noteReplied(subscription.id, windowEnd);
  logger.info({ ...log, stories: digest.stories.length, deliveryId }, 'digest handed to deliver');
  return { status: 'queued', digestId, deliveryId, stories: digest.stories.length, notices };
}

/**
 * "Nothing new since …" names the last time the channel was answered, an earlier empty reply
 * included: the watermark stays at the last digest with stories, which a repeated
 * `/news digest` would otherwise keep naming (the subscription time, before any stories).
 */
async function sinceLastReply(
  dependencies: Pick<HandleDigestBuildDependencies, 'digestLedger'>,
  digest: Digest,
): Promise<Digest> {
  if (digest.subscriptionId === undefined) return digest;
  const replied = await dependencies.digestLedger.lastReplied(digest.subscriptionId);
  const time = replied === undefined ? Number.NaN : Date.parse(replied);
  // A reply at or after this window's end is this very digest, noted by an earlier attempt.
  if (!(time > Date.parse(digest.windowStart) && time < Date.parse(digest.windowEnd)))
    return digest;
  return { ...digest, windowStart: new Date(time).toISOString() };
}

/** The window end as one ISO form, so "…Z" and "+00:00" give the same digest. */
function windowEndOf(job: DigestBuildJob, now: Date): string {
  const time = job.windowEnd === undefined ? Number.NaN : Date.parse(job.windowEnd);
  return new Date(Number.isNaN(time) ? now.getTime() : time).toISOString();
}

function channelOf(subscription: Subscription): ChatTarget {
  const { platform, workspaceId, channelId } = subscription.target;
  return { platform, workspaceId, channelId };
}

/** `/news digest` in a channel without (or with a stopped) subscription: say why, once. */
async function tellNoSubscription(
  dependencies: HandleDigestBuildDependencies,
  job: DigestBuildJob,
  subscription: Subscription | undefined,
): Promise<void> {
  if (job.progress === undefined) return;
  const text =
    subscription === undefined
      ? 'This channel follows no feeds yet; /news subscribe <feed-url> adds one.'
      : `Digests for this channel are stopped${
          subscription.disabledReason === undefined ? '' : `: ${subscription.disabledReason}`
        }.`;
  const deliveryId = `deliver-${job.requestId ?? digestIdFor(job.subscriptionId, windowEndOf(job, dependencies.clock.now()))}`;
  await deliverNotice(dependencies, {
    deliveryId,
    target: job.progress.target,
    message: { fallbackText: text, blocks: [{ type: 'paragraph', text }] },
    replace: job.progress,
  });
}
