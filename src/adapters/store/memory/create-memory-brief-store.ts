import type { Brief } from '../../../core/model/brief.ts';
import type { BriefStore } from '../../../core/ports/stores.ts';

/** The in-memory brief cache for the CLI and tests; bounded so a long session cannot grow forever. */
export function createMemoryBriefStore(maxEntries = 500): BriefStore {
  const entries = new Map<string, Brief>();
  return {
    async get(cacheKey) {
      return entries.get(cacheKey);
    },
    async put(cacheKey, brief) {
      entries.delete(cacheKey);
      entries.set(cacheKey, brief);
      while (entries.size > maxEntries) {
        const oldest = entries.keys().next();
        if (oldest.done === true) break;
        entries.delete(oldest.value);
      }
    },
  };
}
