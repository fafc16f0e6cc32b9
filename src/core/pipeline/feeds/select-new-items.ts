import type { FeedItem, FeedState } from '../../model/feed.ts';
import { feedItemContentHash, feedItemKeys } from './feed-item-keys.ts';

export interface SelectNewItemsOptions {
  /**
   * How many identity keys to remember. The keys of every item still in the feed are always
   * kept, whatever this says, so an item cannot be forgotten and come back as new.
   */
  maxSeen: number;
  /** How many items the first read of a feed returns, so a new subscription does not flood. Default 5. */
  firstReadLimit?: number;
}

export interface SelectedFeedItems {
  /** Items not seen before, oldest first (the order a channel should read them). */
  newItems: FeedItem[];
  nextState: FeedState;
  /** True when this was the feed's first read (only the most recent items were returned). */
  firstRead: boolean;
}

/**
 * A guid or link worn by three or more differently titled items in one document is not an
 * identity (feeds that give every item the home page as guid or link exist); using it would
 * hide every story after the first.
 */
function ambiguousKeys(items: readonly FeedItem[]): Set<string> {
  const titlesByKey = new Map<string, Set<string>>();
  for (const item of items) {
    for (const key of feedItemKeys(item)) {
      if (key.kind === 'hash') continue;
      const titles = titlesByKey.get(key.value) ?? new Set<string>();
      titles.add(item.title.trim().toLowerCase());
      titlesByKey.set(key.value, titles);
    }
  }
  return new Set([...titlesByKey].filter(([, titles]) => titles.size >= 3).map(([key]) => key));
}

function usableKeys(item: FeedItem, ambiguous: ReadonlySet<string>): string[] {
  const keys = feedItemKeys(item)
    .map((key) => key.value)
    .filter((key) => !ambiguous.has(key));
  return keys.length > 0 ? keys : [`h-${feedItemContentHash(item.title, item.summary)}`];
}

interface IndexedItem {
  item: FeedItem;
  /** Position in the feed; feeds list newest first, so a lower index is more recent. */
  index: number;
}

/** Newest first: by date when every item has one, otherwise by the feed's own order. */
function newestFirst(items: IndexedItem[]): IndexedItem[] {
  const times = new Map(items.map((entry) => [entry, Date.parse(entry.item.publishedAt ?? '')]));
  const allDated = [...times.values()].every((time) => Number.isFinite(time));
  return [...items].sort((left, right) =>
    allDated
      ? (times.get(right) ?? 0) - (times.get(left) ?? 0) || left.index - right.index
      : left.index - right.index,
  );
}

/**
 * Picks the items of a freshly read feed that nobody has seen, de-duplicating by guid,
 * canonical link and content hash (so a story re-published under a new guid but the same
 * link is not new), and records every item's keys as seen. The first read of a feed marks
 * everything seen but returns only the most recent few.
 */
export function selectNewItems(
  state: FeedState,
  items: readonly FeedItem[],
  options: SelectNewItemsOptions,
): SelectedFeedItems {
  const firstRead = state.seenItemKeys.length === 0;
  const seen = new Set(state.seenItemKeys);
  const ambiguous = ambiguousKeys(items);
  const batchKeys: string[] = [];
  const batchKeySet = new Set<string>();
  const fresh: IndexedItem[] = [];
  items.forEach((item, index) => {
    const keys = usableKeys(item, ambiguous);
    const known = keys.some((key) => seen.has(key) || batchKeySet.has(key));
    for (const key of keys) {
      if (batchKeySet.has(key)) continue;
      batchKeySet.add(key);
      batchKeys.push(key);
    }
    if (!known) fresh.push({ item, index });
  });
  const ordered = newestFirst(fresh);
  const chosen = firstRead ? ordered.slice(0, options.firstReadLimit ?? 5) : ordered;
  const remembered = [...batchKeys, ...state.seenItemKeys.filter((key) => !batchKeySet.has(key))];
  return {
    newItems: chosen.reverse().map((entry) => entry.item),
    nextState: {
      ...state,
      seenItemKeys: remembered.slice(0, Math.max(options.maxSeen, batchKeys.length)),
    },
    firstRead,
  };
}
