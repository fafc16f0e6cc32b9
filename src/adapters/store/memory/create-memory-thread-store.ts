import type { ThreadTurn } from '../../../core/model/answer.ts';
import type { ThreadStore } from '../../../core/ports/stores.ts';
import { copyOf, createBoundedMap } from './bounded-map.ts';

/** Thread conversations in memory, capped per thread like the Redis lists (20 turns by default). */
export function createMemoryThreadStore(maxTurns = 20, maxThreads = 1_000): ThreadStore {
  const threads = createBoundedMap<ThreadTurn[]>(maxThreads);
  const turnCap = Math.max(1, maxTurns);
  return {
    async append(threadKey, turn) {
      const turns = [...(threads.get(threadKey) ?? []), copyOf(turn)].slice(-turnCap);
      threads.set(threadKey, turns);
    },
    async history(threadKey, limit) {
      const count = Math.min(Math.floor(limit), turnCap);
      if (!(count > 0)) return [];
      return copyOf((threads.get(threadKey) ?? []).slice(-count));
    },
  };
}
