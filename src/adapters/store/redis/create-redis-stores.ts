import type { RedisClient } from '../../redis/redis-client.ts';
import type { Logger } from '../../../core/ports/logger.ts';
import { silentLogger } from '../../../core/ports/logger.ts';
import type { Stores } from '../stores.ts';
import { createRedisArticleStore } from './create-redis-article-store.ts';
import { createRedisCallScheduler } from './create-redis-call-scheduler.ts';
import { createRedisBriefStore } from './create-redis-brief-store.ts';
import { createRedisDeliveryLog } from './create-redis-delivery-log.ts';
import { createRedisDigestLedger } from './create-redis-digest-ledger.ts';
import { createRedisFeedArrivalStore } from './create-redis-feed-arrival-store.ts';
import { createRedisFeedStateStore } from './create-redis-feed-state-store.ts';
import { createRedisOutboxStore } from './create-redis-outbox-store.ts';
import { createRedisPostedMessageStore } from './create-redis-posted-message-store.ts';
import { createRedisRateLimiter } from './create-redis-rate-limiter.ts';
import { createRedisSubscriptionStore } from './create-redis-subscription-store.ts';
import { createRedisThreadStore } from './create-redis-thread-store.ts';
import { createRedisUsageMeter } from './create-redis-usage-meter.ts';

/**
 * All stores on one Redis connection with their default lifetimes. Every key starts with
 * `prefix` (hash-tagged, e.g. "{newsbrief}"), so one install's keys share a Cluster slot.
 */
export function createRedisStores(
  redis: RedisClient,
  options: { prefix: string; logger?: Logger },
): Stores {
  const shared = { prefix: options.prefix, logger: options.logger ?? silentLogger };
  return {
    articles: createRedisArticleStore(redis, shared),
    // Brief cache keys already start with "brief:" (see briefCacheKey).
    briefs: createRedisBriefStore(redis, shared),
    outbox: createRedisOutboxStore(redis, shared),
    postedMessages: createRedisPostedMessageStore(redis, shared),
    deliveryLog: createRedisDeliveryLog(redis, shared),
    digestLedger: createRedisDigestLedger(redis, shared),
    threads: createRedisThreadStore(redis, shared),
    subscriptions: createRedisSubscriptionStore(redis, shared),
    feedStates: createRedisFeedStateStore(redis, shared),
    feedArrivals: createRedisFeedArrivalStore(redis, shared),
    rateLimiter: createRedisRateLimiter(redis, shared),
    callScheduler: createRedisCallScheduler(redis, shared),
    usageMeter: createRedisUsageMeter(redis, shared),
  };
}
