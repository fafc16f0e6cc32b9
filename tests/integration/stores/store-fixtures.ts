import type { Article } from '../../../src/core/model/article.ts';
import type { Brief } from '../../../src/core/model/brief.ts';
import type { ChatMessage, PostedMessageRef } from '../../../src/core/model/chat-message.ts';
import type { FeedState } from '../../../src/core/model/feed.ts';
import { subscriptionIdFor, type Subscription } from '../../../src/core/model/subscription.ts';

/** Small, valid model values for the store tests; each takes overrides for the field under test. */
export function sampleArticle(overrides: Partial<Article> = {}): Article {
  return {
    id: 'a1b2c3d4e5f6',
    title: 'Putin says Trump is "experienced" and could find solutions on Ukraine',
    byline: 'Reuters',
    publishedAt: '2024-11-28T14:05:12.000Z',
    text: 'Russian President Vladimir Putin said on Thursday that Donald Trump was "an experienced man".',
    source: {
      origin: 'page',
      completeness: 'full',
      location: 'https://news.example.com/world/putin-trump?utm_source=x',
      canonicalUrl: 'https://news.example.com/world/putin-trump',
    },
    ...overrides,
  };
}

export function sampleBrief(articleId = 'a1b2c3d4e5f6'): Brief {
  return {
    articleId,
    headline: 'Putin calls Trump experienced',
    bullets: ['Putin spoke on Thursday.'],
    keyQuotes: [],
    engine: { name: 'offline' },
    options: { length: 'standard' },
    droppedQuotes: 0,
    createdAt: '2024-11-28T15:00:00.000Z',
    fromCache: false,
  };
}

export function sampleMessage(text = 'Putin calls Trump experienced'): ChatMessage {
  return {
    fallbackText: text,
    blocks: [
      { type: 'heading', text, url: 'https://news.example.com/world/putin-trump' },
      { type: 'bullets', items: ['Putin spoke on Thursday.'] },
      {
        type: 'quote',
        parts: [{ text: 'an experienced man', start: 74, end: 92 }],
        speaker: 'Vladimir Putin',
      },
    ],
  };
}

export function sampleRef(messageId: string, channelId = 'C123'): PostedMessageRef {
  return { target: { platform: 'slack', workspaceId: 'T1', channelId }, messageId };
}

export function sampleSubscription(channelId: string, createdAt: string): Subscription {
  const target = { platform: 'discord', workspaceId: 'G42', channelId } as const;
  return {
    id: subscriptionIdFor(target),
    target,
    feedUrls: ['https://news.example.com/rss.xml'],
    schedule: { cron: '0 8 * * 1-5', timeZone: 'Europe/Berlin', description: 'weekdays at 08:00' },
    options: { length: 'short' },
    createdBy: { userId: 'U7', displayName: 'Ana' },
    createdAt,
    enabled: true,
  };
}

export function sampleFeedState(url: string): FeedState {
  return {
    url,
    etag: '"v1"',
    lastModified: 'Thu, 28 Nov 2024 14:05:12 GMT',
    seenItemKeys: ['guid:abc', 'link:def'],
    consecutiveFailures: 0,
    lastSuccessAt: '2024-11-28T14:06:00.000Z',
    healthy: true,
  };
}

/** An ISO instant `offsetMs` from now, so arrivals fall inside the 30-day retention. */
export function minutesAgo(minutes: number, base = Date.now()): string {
  return new Date(base - minutes * 60_000).toISOString();
}
