import type { DigestLedger } from '../../../core/ports/stores.ts';

/** The digest ledger in memory: the newest window end per subscription, never moved back. */
export function createMemoryDigestLedger(): DigestLedger {
  const newest = new Map<string, number>();
  return {
    async noteBuilt(subscriptionId, windowEnd) {
      const time = Date.parse(windowEnd);
      if (time > (newest.get(subscriptionId) ?? Number.NEGATIVE_INFINITY))
        newest.set(subscriptionId, time);
    },
    async newestBuilt(subscriptionId) {
      const time = newest.get(subscriptionId);
      return time === undefined ? undefined : new Date(time).toISOString();
    },
  };
}
