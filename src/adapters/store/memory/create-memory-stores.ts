import type { Stores } from '../stores.ts';
import { createMemoryArticleStore } from './create-memory-article-store.ts';
import { createMemoryCallScheduler } from './create-memory-call-scheduler.ts';
import { createMemoryBriefStore } from './create-memory-brief-store.ts';
import { createMemoryDeliveryLog } from './create-memory-delivery-log.ts';
import { createMemoryDigestLedger } from './create-memory-digest-ledger.ts';
import { createMemoryFeedArrivalStore } from './create-memory-feed-arrival-store.ts';
import { createMemoryFeedStateStore } from './create-memory-feed-state-store.ts';
import { createMemoryOutboxStore } from './create-memory-outbox-store.ts';
import { createMemoryPostedMessageStore } from './create-memory-posted-message-store.ts';
import { createMemoryRateLimiter } from './create-memory-rate-limiter.ts';
import { createMemorySubscriptionStore } from './create-memory-subscription-store.ts';
import { createMemoryThreadStore } from './create-memory-thread-store.ts';
import { createMemoryUsageMeter } from './create-memory-usage-meter.ts';

/** Every store in memory, for the CLI without Redis and for unit tests. Nothing survives the process. */
export function createMemoryStores(): Stores {
  return {
    articles: createMemoryArticleStore(),
    briefs: createMemoryBriefStore(),
    outbox: createMemoryOutboxStore(),
    postedMessages: createMemoryPostedMessageStore(),
    deliveryLog: createMemoryDeliveryLog(),
    digestLedger: createMemoryDigestLedger(),
    threads: createMemoryThreadStore(),
    subscriptions: createMemorySubscriptionStore(),
    feedStates: createMemoryFeedStateStore(),
    feedArrivals: createMemoryFeedArrivalStore(),
    rateLimiter: createMemoryRateLimiter(),
    callScheduler: createMemoryCallScheduler(),
    usageMeter: createMemoryUsageMeter(),
  };
}
