import { describe, expect, it } from 'vitest';
import type { ThreadTurn } from '../../../src/core/model/answer.ts';
import type { Stores } from '../../../src/adapters/store/stores.ts';
import {
  minutesAgo,
  sampleArticle,
  sampleBrief,
  sampleFeedState,
  sampleMessage,
  sampleRef,
  sampleSubscription,
} from './store-fixtures.ts';

/**
 * The behaviour every Stores implementation must share, run against the memory twins and the
 * Redis stores alike. `createStores` must return fresh, empty stores on every call.
 */
export function describeStoreContract(
  name: string,
  createStores: () => Stores | Promise<Stores>,
): void {
  describe(`${name} stores (shared contract)`, () => {
    describe('articles', () => {
      it('returns the stored article by id and nothing for an unknown id', async () => {
        const { articles } = await createStores();
        const article = sampleArticle();
        await articles.put(article);
        expect(await articles.get(article.id)).toEqual(article);
        expect(await articles.get('unknown-id')).toBeUndefined();
      });

      it('finds an article by its canonical URL and by the http(s) address it was read from', async () => {
        const { articles } = await createStores();
        const article = sampleArticle();
        await articles.put(article);
        expect((await articles.findByUrl('https://news.example.com/world/putin-trump'))?.id).toBe(
          article.id,
        );
        expect(
          (await articles.findByUrl('https://news.example.com/world/putin-trump?utm_source=x'))
            ?.title,
        ).toBe(article.title);
        expect(await articles.findByUrl('https://news.example.com/other')).toBeUndefined();
      });

      it('points a URL at the newest article stored for it', async () => {
        const { articles } = await createStores();
        await articles.put(sampleArticle());
        const updated = sampleArticle({ id: 'f0f0f0f0', text: 'Corrected text.' });
        await articles.put(updated);
        expect(await articles.findByUrl('https://news.example.com/world/putin-trump')).toEqual(
          updated,
        );
      });

      it('does not index a file path as a URL', async () => {
        const { articles } = await createStores();
        const fromFile = sampleArticle({
          source: { origin: 'file', completeness: 'full', location: 'seeds/a.txt' },
        });
        await articles.put(fromFile);
        expect(await articles.findByUrl('seeds/a.txt')).toBeUndefined();
      });

      it('is not changed by mutating an article after put or after get', async () => {
        const { articles } = await createStores();
        const article = sampleArticle();
        await articles.put(article);
        article.title = 'changed after put';
        const read = await articles.get(article.id);
        if (read !== undefined) read.text = 'changed after get';
        expect((await articles.get(article.id))?.title).toBe(sampleArticle().title);
        expect((await articles.get(article.id))?.text).toBe(sampleArticle().text);
      });
    });

    it('caches briefs by key', async () => {
      const { briefs } = await createStores();
      await briefs.put('brief:hash1:identity1', sampleBrief());
      expect(await briefs.get('brief:hash1:identity1')).toEqual(sampleBrief());
      expect(await briefs.get('brief:hash1:identity2')).toBeUndefined();
    });

    it('keeps rendered messages in the outbox by delivery id, the latest put winning', async () => {
      const { outbox } = await createStores();
      await outbox.put('delivery-1', sampleMessage('first'));
      await outbox.put('delivery-1', sampleMessage('second'));
      expect(await outbox.get('delivery-1')).toEqual(sampleMessage('second'));
      expect(await outbox.get('delivery-2')).toBeUndefined();
    });

    it('finds a posted message by platform, workspace, channel and message id only', async () => {
      const { postedMessages } = await createStores();
      const record = {
        ref: sampleRef('1732800000.000100'),
        content: { kind: 'brief' as const, articleIds: ['a1b2c3d4e5f6'] },
        postedAt: '2024-11-28T15:00:01.000Z',
      };
      await postedMessages.put(record);
      const channel = { platform: 'slack', workspaceId: 'T1', channelId: 'C123' } as const;
      expect(await postedMessages.get(channel, '1732800000.000100')).toEqual(record);
      expect(
        await postedMessages.get({ ...channel, channelId: 'C999' }, '1732800000.000100'),
      ).toBeUndefined();
      expect(
        await postedMessages.get({ ...channel, workspaceId: 'T2' }, '1732800000.000100'),
      ).toBeUndefined();
      expect(
        await postedMessages.get({ ...channel, platform: 'discord' }, '1732800000.000100'),
      ).toBeUndefined();
      expect(await postedMessages.get(channel, '1732800000.000200')).toBeUndefined();
    });

    it('keeps the first recorded post for a delivery id (a raced retry does not overwrite it)', async () => {
      const { deliveryLog } = await createStores();
      expect(await deliveryLog.get('delivery-7')).toBeUndefined();
      await deliveryLog.record('delivery-7', sampleRef('first-post'));
      await deliveryLog.record('delivery-7', sampleRef('second-post'));
      expect(await deliveryLog.get('delivery-7')).toEqual(sampleRef('first-post'));
    });

    it('remembers the newest digest built per subscription; an older tick never replaces it', async () => {
      const { digestLedger } = await createStores();
      expect(await digestLedger.newestBuilt('sub-1')).toBeUndefined();
      await digestLedger.noteBuilt('sub-1', '2024-11-28T08:00:00.000Z');
      await digestLedger.noteBuilt('sub-1', '2024-11-28T07:00:00.000Z');
      await digestLedger.noteBuilt('sub-2', '2024-11-28T06:00:00+00:00');
      expect(await digestLedger.newestBuilt('sub-1')).toBe('2024-11-28T08:00:00.000Z');
      expect(await digestLedger.newestBuilt('sub-2')).toBe('2024-11-28T06:00:00.000Z');
      await digestLedger.noteBuilt('sub-1', '2024-11-28T09:00:00.000Z');
      expect(await digestLedger.newestBuilt('sub-1')).toBe('2024-11-28T09:00:00.000Z');
    });

    it('remembers the last digest reply per subscription apart from the digests built', async () => {
      const { digestLedger } = await createStores();
      expect(await digestLedger.lastReplied('sub-1')).toBeUndefined();
      await digestLedger.noteReplied('sub-1', '2024-11-28T08:00:00.000Z');
      await digestLedger.noteReplied('sub-1', '2024-11-28T07:00:00+00:00');
      expect(await digestLedger.lastReplied('sub-1')).toBe('2024-11-28T08:00:00.000Z');
      expect(await digestLedger.newestBuilt('sub-1')).toBeUndefined();
      expect(await digestLedger.lastReplied('sub-2')).toBeUndefined();
    });

    describe('threads', () => {
      const turn = (index: number): ThreadTurn => ({
        role: index % 2 === 0 ? 'user' : 'assistant',
        text: `turn ${index}`,
      });

      it('returns the latest turns oldest first, per thread', async () => {
        const { threads } = await createStores();
        for (const index of [1, 2, 3]) await threads.append('slack:T1:C1:100.1', turn(index));
        await threads.append('slack:T1:C1:200.1', turn(9));
        expect(await threads.history('slack:T1:C1:100.1', 10)).toEqual([turn(1), turn(2), turn(3)]);
        expect(await threads.history('slack:T1:C1:100.1', 2)).toEqual([turn(2), turn(3)]);
        expect(await threads.history('slack:T1:C1:200.1', 10)).toEqual([turn(9)]);
        expect(await threads.history('slack:T1:C1:100.1', 0)).toEqual([]);
        expect(await threads.history('never-used', 5)).toEqual([]);
      });

      it('keeps only the last 20 turns', async () => {
        const { threads } = await createStores();
        for (let index = 1; index <= 25; index += 1) await threads.append('long', turn(index));
        const history = await threads.history('long', 100);
        expect(history).toHaveLength(20);
        expect(history[0]).toEqual(turn(6));
        expect(history[19]).toEqual(turn(25));
      });
    });

    describe('subscriptions', () => {
      it('stores, updates, lists oldest first and deletes', async () => {
        const { subscriptions } = await createStores();
        expect(await subscriptions.list()).toEqual([]);
        const later = sampleSubscription('C-later', '2024-11-28T10:00:00.000Z');
        const earlier = sampleSubscription('C-earlier', '2024-11-27T10:00:00.000Z');
        await subscriptions.put(later);
        await subscriptions.put(earlier);
        expect(await subscriptions.get(later.id)).toEqual(later);
        expect(
          (await subscriptions.list()).map((subscription) => subscription.target.channelId),
        ).toEqual(['C-earlier', 'C-later']);

        const moved = {
          ...later,
          lastDigestAt: '2024-11-28T12:00:00.000Z',
          enabled: false,
          disabledReason: 'channel deleted',
        };
        await subscriptions.put(moved);
        expect(await subscriptions.get(later.id)).toEqual(moved);
        expect(await subscriptions.list()).toHaveLength(2);

        await subscriptions.delete(earlier.id);
        await subscriptions.delete('sub-000000000000000000000000');
        expect(await subscriptions.get(earlier.id)).toBeUndefined();
        expect(await subscriptions.list()).toEqual([moved]);
      });
    });

    it('keeps feed state per exact feed URL', async () => {
      const { feedStates } = await createStores();
      const state = sampleFeedState('https://news.example.com/rss.xml?section=world');
      await feedStates.put(state);
      expect(await feedStates.get(state.url)).toEqual(state);
      expect(
        await feedStates.get('https://news.example.com/rss.xml?section=sport'),
      ).toBeUndefined();
      await feedStates.put({ ...state, consecutiveFailures: 3, healthy: false });
      expect((await feedStates.get(state.url))?.healthy).toBe(false);
    });

    describe('feed arrivals', () => {
      const feedUrl = 'https://news.example.com/rss.xml';
      const base = Date.now();
      const item = (itemId: string, minutes: number, url = feedUrl) => ({
        feedUrl: url,
        itemId,
        articleId: `article-${itemId}`,
        arrivedAt: minutesAgo(minutes, base),
      });

      it('lists a window with since exclusive and until inclusive, oldest first', async () => {
        const { feedArrivals } = await createStores();
        await feedArrivals.add(item('c', 10));
        await feedArrivals.add(item('a', 30));
        await feedArrivals.add(item('b', 20));
        await feedArrivals.add(item('other', 20, 'https://other.example.org/feed.json'));
        const window = await feedArrivals.listBetween(
          feedUrl,
          minutesAgo(30, base),
          minutesAgo(10, base),
        );
        expect(window.map((arrival) => arrival.itemId)).toEqual(['b', 'c']);
        expect(window[0]).toEqual(item('b', 20));
        expect(
          await feedArrivals.listBetween(feedUrl, minutesAgo(10, base), minutesAgo(30, base)),
        ).toEqual([]);
      });

      it('stores an item once, keeping its first arrival time', async () => {
        const { feedArrivals } = await createStores();
        await feedArrivals.add(item('same', 20));
        await feedArrivals.add(item('same', 5));
        await feedArrivals.add(item('same', 20));
        const all = await feedArrivals.listBetween(
          feedUrl,
          minutesAgo(60, base),
          minutesAgo(0, base),
        );
        expect(all).toEqual([item('same', 20)]);
      });

      it('drops arrivals older than 30 days when adding', async () => {
        const { feedArrivals } = await createStores();
        const day = 24 * 60;
        await feedArrivals.add(item('old', 31 * day));
        await feedArrivals.add(item('recent', 29 * day));
        const all = await feedArrivals.listBetween(
          feedUrl,
          minutesAgo(40 * day, base),
          minutesAgo(0, base),
        );
        expect(all.map((arrival) => arrival.itemId)).toEqual(['recent']);
      });
    });

    it('limits hits per fixed window and starts again when the window ends', async () => {
      const { rateLimiter } = await createStores();
      const before = Date.now();
      const first = await rateLimiter.hit('summaries:U1', 2, 1);
      const second = await rateLimiter.hit('summaries:U1', 2, 1);
      const third = await rateLimiter.hit('summaries:U1', 2, 1);
      expect([first.allowed, second.allowed, third.allowed]).toEqual([true, true, false]);
      expect([first.remaining, second.remaining, third.remaining]).toEqual([1, 0, 0]);
      expect(third.resetAt.getTime()).toBeGreaterThan(before);
      expect(third.resetAt.getTime()).toBeLessThanOrEqual(Date.now() + 1_000);
      expect((await rateLimiter.hit('summaries:U2', 2, 1)).remaining).toBe(1);

      await new Promise((resolve) => setTimeout(resolve, 1_100));
      const afterReset = await rateLimiter.hit('summaries:U1', 2, 1);
      expect(afterReset).toMatchObject({ allowed: true, remaining: 1 });
    });

    it('adds up model tokens per workspace per day', async () => {
      const { usageMeter } = await createStores();
      expect(await usageMeter.tokensUsed('slack:T1', '2024-11-28')).toBe(0);
      expect(await usageMeter.addTokens('slack:T1', '2024-11-28', 1_200)).toBe(1_200);
      expect(await usageMeter.addTokens('slack:T1', '2024-11-28', 345)).toBe(1_545);
      await usageMeter.addTokens('slack:T1', '2024-11-29', 10);
      await usageMeter.addTokens('discord:G1', '2024-11-28', 99);
      expect(await usageMeter.tokensUsed('slack:T1', '2024-11-28')).toBe(1_545);
      expect(await usageMeter.tokensUsed('slack:T1', '2024-11-29')).toBe(10);
      expect(await usageMeter.tokensUsed('discord:G1', '2024-11-28')).toBe(99);
    });

    describe('token holds', () => {
      const now = new Date('2024-11-28T12:00:00Z');
      const hold = (id: string, tokens: number, at = now) => ({
        workspaceKey: 'slack:T1',
        day: '2024-11-28',
        id,
        tokens,
        budget: 1_000,
        now: at,
        leaseMs: 60_000,
      });

      it('holds tokens only while spent + held fits the budget, and settles with the real count', async () => {
        const { usageMeter } = await createStores();
        expect(await usageMeter.reserveTokens(hold('a', 400))).toBe(true);
        expect(await usageMeter.reserveTokens(hold('b', 500))).toBe(true);
        expect(await usageMeter.reserveTokens(hold('c', 200))).toBe(false);
        expect(await usageMeter.tokensUsed('slack:T1', '2024-11-28')).toBe(0);

        expect(await usageMeter.settleTokens(hold('a', 400), 150)).toBe(150);
        expect(await usageMeter.reserveTokens(hold('c', 200))).toBe(true);
        // A failed call settles with nothing spent: its hold is released, not counted.
        await usageMeter.settleTokens(hold('b', 500), 0);
        await usageMeter.settleTokens(hold('c', 200), 0);
        expect(await usageMeter.tokensUsed('slack:T1', '2024-11-28')).toBe(150);
        expect(await usageMeter.reserveTokens(hold('d', 850))).toBe(true);
        expect(await usageMeter.reserveTokens({ ...hold('e', 10), day: '2024-11-29' })).toBe(true);
      });

      it('lets the hold of a call that never settled lapse after its lease', async () => {
        const { usageMeter } = await createStores();
        expect(await usageMeter.reserveTokens(hold('killed', 900))).toBe(true);
        const later = (ms: number) => new Date(now.getTime() + ms);
        expect(await usageMeter.reserveTokens(hold('next', 200, later(59_999)))).toBe(false);
        expect(await usageMeter.reserveTokens(hold('next', 200, later(60_000)))).toBe(true);
      });

      it('grants concurrent holds only up to the budget', async () => {
        const { usageMeter } = await createStores();
        const granted = await Promise.all(
          Array.from({ length: 10 }, (_, index) =>
            usageMeter.reserveTokens(hold(`j${index}`, 300)),
          ),
        );
        expect(granted.filter(Boolean)).toHaveLength(3);
      });
    });
  });
}
