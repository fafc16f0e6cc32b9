import { createMemoryFeedArrivalStore } from '../../../src/adapters/store/memory/create-memory-feed-arrival-store.ts';
import { createMemoryStores } from '../../../src/adapters/store/memory/create-memory-stores.ts';
import type { Stores } from '../../../src/adapters/store/stores.ts';
import { createReadabilityExtractor } from '../../../src/adapters/web/readability/create-readability-extractor.ts';
import { createOfflineBriefWriter } from '../../../src/core/engines/offline/create-offline-brief-writer.ts';
import type { ChatMessage, PostedMessageRef } from '../../../src/core/model/chat-message.ts';
import type { FeedDocument, FeedItem } from '../../../src/core/model/feed.ts';
import type { MessageDeliverJob } from '../../../src/core/model/jobs.ts';
import type { Clock } from '../../../src/core/ports/clock.ts';
import type { FeedReader } from '../../../src/core/ports/feed-reader.ts';
import type { JobQueue } from '../../../src/core/ports/job-queue.ts';
import { silentLogger } from '../../../src/core/ports/logger.ts';
import type { FetchedPage, PageFetcher } from '../../../src/core/ports/page-fetcher.ts';
import type { HandleDigestBuildDependencies } from '../../../src/core/pipeline/jobs/handle-digest-build.ts';
import { handleMessageDeliver } from '../../../src/core/pipeline/jobs/handle-message-deliver.ts';

/** A feed item as a normaliser would give it. */
export function feedItem(id: string, title: string, fields: Partial<FeedItem> = {}): FeedItem {
  return { id, guid: id, title, ...fields };
}

/** Feeds served from memory; a URL mapped to an Error fails its reads with it. */
export function createFakeFeedReader(feeds: Map<string, FeedDocument | Error>): FeedReader & {
  reads: string[];
} {
  const reads: string[] = [];
  return {
    reads,
    async readFeed(_state, url) {
      reads.push(url);
      const feed = feeds.get(url);
      if (feed === undefined) throw new Error(`no fake feed at ${url}`);
      if (feed instanceof Error) throw feed;
      return { document: feed, notModified: false, finalUrl: url };
    },
  };
}

/** Pages served from memory as HTML; a URL mapped to an Error fails with it. */
export function createFakePageFetcher(pages: Map<string, string | Error>): PageFetcher & {
  fetched: string[];
} {
  const fetched: string[] = [];
  return {
    fetched,
    async fetchPage(request): Promise<FetchedPage> {
      fetched.push(request.url);
      const page = pages.get(request.url);
      if (page === undefined) throw new Error(`no fake page at ${request.url}`);
      if (page instanceof Error) throw page;
      return {
        finalUrl: request.url,
        status: 200,
        contentType: 'text/html',
        body: page,
        notModified: false,
      };
    },
  };
}

export function fixedClock(start: string): Clock & { set(instant: string): void } {
  let now = new Date(start);
  return {
    now: () => new Date(now),
    set(instant) {
      now = new Date(instant);
    },
  };
}

export interface UnitDigestKit {
  stores: Stores;
  dependencies: HandleDigestBuildDependencies;
  /** Deliver jobs as enqueued (one per job id, as BullMQ keeps them). */
  enqueued: MessageDeliverJob[];
  /** What the chat platform received: posts and in-place updates. */
  posted: { message: ChatMessage; replaced?: PostedMessageRef }[];
}

/**
 * handleDigestBuild on memory stores with the offline writer; its deliver queue runs the real
 * deliver handler at once, so the delivery log and watermark behave as in production.
 */
export function createUnitDigestKit(options: {
  feeds: Map<string, FeedDocument | Error>;
  pages?: Map<string, string | Error>;
  clock: Clock;
}): UnitDigestKit {
  // Arrivals older than the retention are trimmed by the clock's time, not the machine's.
  const stores: Stores = {
    ...createMemoryStores(),
    feedArrivals: createMemoryFeedArrivalStore({ now: () => options.clock.now().getTime() }),
  };
  const enqueued: MessageDeliverJob[] = [];
  const posted: UnitDigestKit['posted'] = [];
  let messageCount = 0;
  const publisher = {
    async post(target: PostedMessageRef['target'], message: ChatMessage) {
      posted.push({ message });
      messageCount += 1;
      return { target, messageId: `m${messageCount}` };
    },
    async update(ref: PostedMessageRef, message: ChatMessage) {
      posted.push({ message, replaced: ref });
    },
  };
  const deliverQueue: JobQueue<MessageDeliverJob> = {
    async enqueue(payload, enqueueOptions = {}) {
      const jobId = enqueueOptions.jobId ?? `job-${enqueued.length}`;
      enqueued.push(payload);
      await handleMessageDeliver(
        { ...stores, publisher, clock: options.clock, logger: silentLogger },
        payload,
      );
      return { jobId };
    },
  };
  const writer = createOfflineBriefWriter();
  return {
    stores,
    enqueued,
    posted,
    dependencies: {
      ...stores,
      briefStore: stores.briefs,
      feedReader: createFakeFeedReader(options.feeds),
      fetcher: createFakePageFetcher(options.pages ?? new Map()),
      extractor: createReadabilityExtractor(),
      writersFor: async () => ({ writer }),
      deliverQueue,
      clock: options.clock,
      logger: silentLogger,
    },
  };
}
