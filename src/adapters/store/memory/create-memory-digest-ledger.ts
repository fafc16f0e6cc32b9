import type { DigestLedger } from '../../../core/ports/stores.ts';

/** The digest ledger in memory: the newest window end per subscription, never moved back. */
export function createMemoryDigestLedger(): DigestLedger {
  const newest = new Map<string, number>();
  const replied = new Map<string, number>();
  return {
    async noteBuilt(subscriptionId, windowEnd) {
      raise(newest, subscriptionId, windowEnd);
    },
    async newestBuilt(subscriptionId) {
      return isoOf(newest.get(subscriptionId));
    },
    async noteReplied(subscriptionId, windowEnd) {
      raise(replied, subscriptionId, windowEnd);
    },
    async lastReplied(subscriptionId) {
      return isoOf(replied.get(subscriptionId));
    },
  };
}

function raise(times: Map<string, number>, subscriptionId: string, at: string): void {
  const time = Date.parse(at);
  if (time > (times.get(subscriptionId) ?? Number.NEGATIVE_INFINITY))
    times.set(subscriptionId, time);
}

function isoOf(time: number | undefined): string | undefined {
  return time === undefined ? undefined : new Date(time).toISOString();
}
