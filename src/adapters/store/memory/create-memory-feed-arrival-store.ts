import type { ArrivedItem, FeedArrivalStore } from '../../../core/ports/stores.ts';
import { instantMilliseconds } from '../arrival-window.ts';
import { copyOf } from './bounded-map.ts';

interface Arrival {
  arrivedMs: number;
  item: ArrivedItem;
}

const thirtyDaysMs = 30 * 24 * 3600 * 1000;

/**
 * Feed arrivals in memory, with the Redis store's rules: one entry per item id (the first
 * arrival time wins), retention trimmed on add, windows ordered by arrival then item id.
 */
export function createMemoryFeedArrivalStore(
  options: { retentionMs?: number; now?: () => number } = {},
): FeedArrivalStore {
  const retentionMs = options.retentionMs ?? thirtyDaysMs;
  const now = options.now ?? Date.now;
  const feeds = new Map<string, Map<string, Arrival>>();
  return {
    async add(item) {
      const arrivedMs = instantMilliseconds(item.arrivedAt, 'arrivedAt');
      const arrivals = feeds.get(item.feedUrl) ?? new Map<string, Arrival>();
      feeds.set(item.feedUrl, arrivals);
      if (!arrivals.has(item.itemId)) arrivals.set(item.itemId, { arrivedMs, item: copyOf(item) });
      const cutoffMs = now() - retentionMs;
      for (const [itemId, arrival] of arrivals) {
        if (arrival.arrivedMs < cutoffMs) arrivals.delete(itemId);
      }
      if (arrivals.size === 0) feeds.delete(item.feedUrl);
    },
    async listBetween(feedUrl, since, until) {
      const sinceMs = instantMilliseconds(since, 'since');
      const untilMs = instantMilliseconds(until, 'until');
      const arrivals = [...(feeds.get(feedUrl)?.values() ?? [])].filter(
        (arrival) => arrival.arrivedMs > sinceMs && arrival.arrivedMs <= untilMs,
      );
      arrivals.sort(
        (left, right) =>
          left.arrivedMs - right.arrivedMs ||
          (left.item.itemId < right.item.itemId
            ? -1
            : left.item.itemId > right.item.itemId
              ? 1
              : 0),
      );
      return arrivals.map((arrival) => copyOf(arrival.item));
    },
  };
}
