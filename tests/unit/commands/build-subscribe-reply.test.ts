import { describe, expect, it } from 'vitest';
import { buildSubscribeReply } from '../../../src/core/commands/build-subscribe-reply.ts';
import { subscriptionIdFor, type Subscription } from '../../../src/core/model/subscription.ts';
import type { DiscoveredFeed } from '../../../src/core/pipeline/feeds/discover-feed.ts';

const target = { platform: 'slack' as const, workspaceId: 'T1', channelId: 'C1' };
const subscription: Subscription = {
  id: subscriptionIdFor(target),
  target,
  feedUrls: ['https://e.com/feed.xml', 'https://f.org/rss'],
  schedule: { cron: '0 8 * * *', timeZone: 'Europe/Berlin', description: 'every day at 08:00' },
  options: { length: 'standard' },
  createdBy: { userId: 'U1' },
  createdAt: '2026-03-01T08:00:00.000Z',
  enabled: true,
};
const now = new Date('2026-03-02T10:00:00.000Z');

function feed(feedUrl: string, title: string, foundBy: DiscoveredFeed['foundBy']): DiscoveredFeed {
  return {
    feedUrl,
    document: { title, format: 'rss', items: [{ id: '1', title: 'One' }] },
    foundBy,
    advertisedCount: foundBy === 'advertised' ? 1 : 0,
  };
}

describe('buildSubscribeReply', () => {
  it('names each feed, then the schedule, with the feed list but no heading to ask questions under', () => {
    const message = buildSubscribeReply(
      [
        {
          address: 'https://e.com/',
          feed: feed('https://e.com/feed.xml', 'E *News*', 'advertised'),
          added: true,
        },
        {
          address: 'https://f.org/rss',
          feed: feed('https://f.org/rss', 'F', 'direct'),
          added: false,
        },
        { address: 'https://g.net/', problem: 'The page was not found (HTTP 404).' },
      ],
      subscription,
      now,
    );
    expect(message.fallbackText).toBe(
      'Subscribed to *E News* (1 item now): https://e.com/feed.xml, the feed that page advertises. ' +
        'This channel already follows *F* (https://f.org/rss). ' +
        'Not subscribed to https://g.net/: the page was not found (HTTP 404). ' +
        'Digests every day at 08:00 (Europe/Berlin).',
    );
    expect(message.blocks.map((block) => block.type)).toEqual([
      'paragraph',
      'paragraph',
      'bullets',
      'context',
    ]);
    expect(message.blocks[1]).toEqual({ type: 'paragraph', text: 'This channel follows 2 feeds:' });
  });

  it('is the one sentence when the only address gave no feed', () => {
    const sentence =
      "That address is not a feed and the page advertises none; paste the feed's address.";
    expect(
      buildSubscribeReply([{ address: 'https://e.com/', problem: sentence }], undefined, now),
    ).toEqual({ fallbackText: sentence, blocks: [{ type: 'paragraph', text: sentence }] });
  });
});
