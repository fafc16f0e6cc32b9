import type { RateLimiter } from '../../../core/ports/usage-limits.ts';

interface Window {
  count: number;
  resetAtMs: number;
}

/** Past this many counters, expired ones are swept on the next hit. */
const sweepThreshold = 1_000;

/** Fixed-window counters in memory, with the Redis limiter's semantics; `now` is injectable for tests. */
export function createMemoryRateLimiter(now: () => number = Date.now): RateLimiter {
  const windows = new Map<string, Window>();
  return {
    async hit(key, limit, windowSeconds) {
      const windowMs = Math.max(1, Math.round(windowSeconds * 1000));
      const counterKey = `${windowMs}:${key}`;
      const current = now();
      if (windows.size > sweepThreshold) {
        for (const [storedKey, window] of windows) {
          if (window.resetAtMs <= current) windows.delete(storedKey);
        }
      }
      const existing = windows.get(counterKey);
      const window =
        existing !== undefined && existing.resetAtMs > current
          ? existing
          : { count: 0, resetAtMs: current + windowMs };
      window.count += 1;
      windows.set(counterKey, window);
      return {
        allowed: window.count <= limit,
        remaining: Math.max(0, limit - window.count),
        resetAt: new Date(window.resetAtMs),
      };
    },
  };
}
