import type { CallScheduler } from '../../../core/ports/usage-limits.ts';

/** Start times one interval apart, in memory, with the Redis scheduler's semantics. */
export function createMemoryCallScheduler(now: () => number = Date.now): CallScheduler {
  const nextFree = new Map<string, number>();
  return {
    async reserve(key, limit, windowSeconds) {
      const intervalMs = Math.max(1, Math.round((windowSeconds * 1000) / Math.max(1, limit)));
      const startAt = Math.max(now(), nextFree.get(key) ?? 0);
      nextFree.set(key, startAt + intervalMs);
      return new Date(startAt);
    },
  };
}
