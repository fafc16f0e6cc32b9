import type { FeedState } from '../../../core/model/feed.ts';
import type { FeedStateStore } from '../../../core/ports/stores.ts';
import { copyOf } from './bounded-map.ts';

/** Feed state in memory by feed URL. */
export function createMemoryFeedStateStore(): FeedStateStore {
  const states = new Map<string, FeedState>();
  return {
    async get(feedUrl) {
      const state = states.get(feedUrl);
      return state === undefined ? undefined : copyOf(state);
    },
    async put(state) {
      states.set(state.url, copyOf(state));
    },
  };
}
