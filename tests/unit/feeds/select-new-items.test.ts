import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseFeed } from '../../../src/adapters/web/feed/parse-feed.ts';
import type { FeedItem, FeedState } from '../../../src/core/model/feed.ts';
import { initialFeedState } from '../../../src/core/model/feed.ts';
import { selectNewItems } from '../../../src/core/pipeline/feeds/select-new-items.ts';

const feedUrl = 'https://wire-roundup.example/feed.xml';

function story(number: number, overrides: Partial<FeedItem> = {}): FeedItem {
  const url = `https://news.example/story/${number}`;
  return {
    id: `guid-${number}`,
    guid: `guid-${number}`,
    url,
    canonicalUrl: url,
    title: `Story number ${number}`,
    summary: `What happened in story ${number}.`,
    publishedAt: new Date(Date.UTC(2024, 10, 1, number)).toISOString(),
    ...overrides,
  };
}

/** A state that has already read some feed, so the next read is not a "first read". */
function stateAfterReading(items: FeedItem[]): FeedState {
  return selectNewItems(initialFeedState(feedUrl), items, { maxSeen: 500 }).nextState;
}

const titles = (items: FeedItem[]) => items.map((item) => item.title);

describe('selectNewItems: first read', () => {
  it('marks everything seen but returns only the 5 most recent, oldest first', () => {
    const items = [12, 11, 10, 9, 8, 7, 6, 5, 4, 3, 2, 1].map((number) => story(number));
    const result = selectNewItems(initialFeedState(feedUrl), items, { maxSeen: 500 });
    expect(result.firstRead).toBe(true);
    expect(titles(result.newItems)).toEqual([8, 9, 10, 11, 12].map((n) => `Story number ${n}`));
    const again = selectNewItems(result.nextState, items, { maxSeen: 500 });
    expect(again.newItems).toEqual([]);
    expect(again.firstRead).toBe(false);
  });

  it('honours a configured limit and picks by date even when the feed is oldest first', () => {
    const items = [1, 2, 3, 4].map((number) => story(number));
    const result = selectNewItems(initialFeedState(feedUrl), items, {
      maxSeen: 500,
      firstReadLimit: 2,
    });
    expect(titles(result.newItems)).toEqual(['Story number 3', 'Story number 4']);
  });
});

describe('selectNewItems: later reads', () => {
  it('returns only items not seen before', () => {
    const state = stateAfterReading([story(2), story(1)]);
    const result = selectNewItems(state, [story(4), story(3), story(2), story(1)], {
      maxSeen: 500,
    });
    expect(titles(result.newItems)).toEqual(['Story number 3', 'Story number 4']);
  });

  it('does not treat a re-published item with a new guid but the same link as new', () => {
    const state = stateAfterReading([story(1)]);
    const republished = story(1, {
      id: 'guid-1-v2',
      guid: 'guid-1-v2',
      title: 'Story number 1 (updated)',
      summary: 'Now with more detail.',
    });
    expect(selectNewItems(state, [republished], { maxSeen: 500 }).newItems).toEqual([]);
  });

  it('does not treat the same words under a new guid and link as new', () => {
    const state = stateAfterReading([story(1)]);
    const mirrored = story(1, {
      id: 'mirror-1',
      guid: 'mirror-1',
      url: 'https://mirror.example/1',
      canonicalUrl: 'https://mirror.example/1',
      title: 'STORY   number 1',
    });
    expect(selectNewItems(state, [mirrored], { maxSeen: 500 }).newItems).toEqual([]);
  });

  it('keeps a new story that shares only a generic title with an old one', () => {
    const state = stateAfterReading([story(1, { title: 'Live updates', summary: undefined })]);
    const next = story(2, { title: 'Live updates', summary: undefined });
    expect(titles(selectNewItems(state, [next], { maxSeen: 500 }).newItems)).toEqual([
      'Live updates',
    ]);
  });

  it('ignores a guid that a whole feed shares, so its stories still arrive', () => {
    const homepage = { guid: 'https://site.example/', id: 'https://site.example/' };
    const state = stateAfterReading([1, 2, 3].map((n) => story(n, homepage)));
    const result = selectNewItems(
      state,
      [4, 3, 2, 1].map((n) => story(n, homepage)),
      {
        maxSeen: 500,
      },
    );
    expect(titles(result.newItems)).toEqual(['Story number 4']);
  });

  it('de-duplicates within one read of the duplicates fixture', () => {
    const document = parseFeed(
      readFileSync(new URL('../../fixtures/feeds/duplicates.xml', import.meta.url), 'utf8'),
      'application/rss+xml',
    );
    const state = stateAfterReading([story(99)]);
    const result = selectNewItems(state, document.items, { maxSeen: 500 });
    expect(titles(result.newItems)).toEqual([
      'Airport opens new terminal',
      'Rail union announces weekend strike',
      'Central bank holds rates at 4.25%',
    ]);
    expect(result.newItems.map((item) => item.id)).toEqual([
      'wire-2024-11-28-0002',
      'wire-2024-11-28-0004',
      'wire-2024-11-28-0007-v2',
    ]);
  });
});

describe('selectNewItems: the bounded seen list', () => {
  it('forgets the oldest keys beyond maxSeen', () => {
    let state = stateAfterReading([story(1)]);
    for (let number = 2; number <= 40; number += 1) {
      state = selectNewItems(state, [story(number)], { maxSeen: 30 }).nextState;
    }
    expect(state.seenItemKeys).toHaveLength(30);
    expect(selectNewItems(state, [story(1)], { maxSeen: 30 }).newItems).toHaveLength(1);
    expect(selectNewItems(state, [story(40)], { maxSeen: 30 }).newItems).toHaveLength(0);
  });

  it('never forgets items still in the feed, even when the feed is longer than maxSeen', () => {
    const items = Array.from({ length: 50 }, (_, index) => story(50 - index));
    const state = stateAfterReading(items);
    const result = selectNewItems(state, [story(51), ...items], { maxSeen: 10 });
    expect(titles(result.newItems)).toEqual(['Story number 51']);
    expect(selectNewItems(result.nextState, items, { maxSeen: 10 }).newItems).toEqual([]);
  });
});
