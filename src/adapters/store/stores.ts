import type {
  BriefStore,
  DeliveryLog,
  DigestLedger,
  FeedArrivalStore,
  FeedStateStore,
  OutboxStore,
  PostedMessageStore,
  SubscriptionStore,
  ThreadStore,
} from '../../core/ports/stores.ts';
import type { CallScheduler, RateLimiter, UsageMeter } from '../../core/ports/usage-limits.ts';
import type { UrlIndexedArticleStore } from './url-indexed-article-store.ts';

/**
 * Every store the worker and chat adapters need, built together by createRedisStores() or
 * createMemoryStores() so the composition root wires one object, not eleven.
 */
export interface Stores {
  articles: UrlIndexedArticleStore;
  briefs: BriefStore;
  outbox: OutboxStore;
  postedMessages: PostedMessageStore;
  deliveryLog: DeliveryLog;
  digestLedger: DigestLedger;
  threads: ThreadStore;
  subscriptions: SubscriptionStore;
  feedStates: FeedStateStore;
  feedArrivals: FeedArrivalStore;
  rateLimiter: RateLimiter;
  /** Turns under the model-rate limit (BRIEF_REQUESTS_PER_MINUTE). */
  callScheduler: CallScheduler;
  usageMeter: UsageMeter;
}
