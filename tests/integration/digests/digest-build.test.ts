import type { IncomingMessage, ServerResponse } from 'node:http';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ChatBlock } from '../../../src/core/model/chat-message.ts';
import { digestIdFor } from '../../../src/core/model/digest.ts';
import { startLocalHttpServer, type LocalHttpServer } from '../../fakes/local-http-server.ts';
import { deleteKeysUnder, keysUnder, uniqueTestPrefix } from '../stores/redis-test-support.ts';
import {
  bridgeQuote,
  chronicleFeed,
  gazetteBridgePage,
  gazetteBridgePath,
  gazetteFeed,
  gazetteMarathonPage,
  gazetteMarathonPath,
} from './digest-feeds.ts';
import {
  createRecordingPublisher,
  sampleSubscription,
  startDigestService,
  visibleText,
  waitFor,
  type DigestService,
} from './digest-test-kit.ts';

const redis = new Redis('redis://127.0.0.1:6379', { lazyConnect: true });
const queuePrefix = uniqueTestPrefix('digest-q');
const storePrefix = uniqueTestPrefix('digest-s');
let server: LocalHttpServer;
const services: DigestService[] = [];
/** Conditional GETs answered 304, by path. */
const notModified: Record<string, number> = {};
/** Feed paths whose next read waits until its gate opens (a slow feed server). */
const heldReads = new Map<string, Promise<void>>();

function sendFeed(request: IncomingMessage, response: ServerResponse, body: string): void {
  const path = request.url ?? '';
  const held = heldReads.get(path);
  if (held !== undefined) {
    heldReads.delete(path);
    void held.then(() => sendFeed(request, response, body));
    return;
  }
  const etag = `"v-${body.length}"`;
  if (request.headers['if-none-match'] === etag) {
    notModified[path] = (notModified[path] ?? 0) + 1;
    response.writeHead(304, { etag }).end();
    return;
  }
  response.writeHead(200, { 'content-type': 'application/rss+xml', etag }).end(body);
}

beforeAll(async () => {
  await redis.connect();
  server = await startLocalHttpServer((request, response) => {
    const base = `http://localhost:${server.port}`;
    const path = (request.url ?? '').split('?')[0] ?? '';
    const html = (body: string): void => {
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(body);
    };
    if (path.startsWith('/chronicle/feed')) return sendFeed(request, response, chronicleFeed(base));
    if (path.startsWith('/gazette/feed')) return sendFeed(request, response, gazetteFeed(base));
    if (path === gazetteBridgePath) return html(gazetteBridgePage(base));
    if (path === gazetteMarathonPath) return html(gazetteMarathonPage(base));
    response.writeHead(404, { 'content-type': 'text/html' }).end('<h1>Not found</h1>');
  });
});

afterAll(async () => {
  await Promise.all(services.map((service) => service.close()));
  await server.close();
  await deleteKeysUnder(redis, queuePrefix);
  await deleteKeysUnder(redis, storePrefix);
  expect(await keysUnder(redis, queuePrefix)).toEqual([]);
  await redis.quit();
});

function start(failFirst = 0): DigestService {
  const service = startDigestService({
    redis,
    queuePrefix: `${queuePrefix}-${services.length}`,
    storePrefix,
    allowedPort: server.port,
    publisher: createRecordingPublisher({ failFirst }),
  });
  services.push(service);
  return service;
}

/** Each test reads its own copy of the feeds (feed state is shared per URL, as in production). */
function feedUrls(name: string): string[] {
  return [server.url(`/chronicle/feed-${name}.xml`), server.url(`/gazette/feed-${name}.xml`)];
}

function blocksOf(blocks: readonly ChatBlock[], type: ChatBlock['type']): ChatBlock[] {
  return blocks.filter((block) => block.type === type);
}

describe('scheduled channel digests on BullMQ and Redis', () => {
  it('posts one digest grouping two outlets on the same story, with every link and a verified quote; nothing new posts nothing', async () => {
    const service = start();
    const subscription = sampleSubscription(feedUrls('grouping'));
    await service.stores.subscriptions.put(subscription);
    const windowEnd = new Date().toISOString();

    await service.enqueueDigest({
      subscriptionId: subscription.id,
      trigger: 'schedule',
      windowEnd,
    });
    await waitFor(() => service.publisher.posts.length === 1, 15_000, 'the digest post');
    await service.waitForIdle();

    const [post] = service.publisher.posts;
    expect(post?.target.channelId).toBe(subscription.target.channelId);
    const blocks = post?.message.blocks ?? [];
    const storyHeadings = blocksOf(blocks, 'heading').slice(1);
    expect(storyHeadings).toHaveLength(2);
    const contexts = blocksOf(blocks, 'context').map((block) =>
      block.type === 'context' ? block.text : '',
    );
    const base = `http://localhost:${server.port}`;
    // The bridge story lists both outlets' links; the marathon stays a story of its own.
    expect(contexts[0]).toBe(
      `Sources (2): Harbourside Chronicle ${base}/chronicle/2024/11/27/bridge-funding-approved · ` +
        `Coastal Gazette ${base}${gazetteBridgePath}`,
    );
    expect(contexts[1]).toBe(`Source: Coastal Gazette ${base}${gazetteMarathonPath}`);
    const quote = blocksOf(blocks, 'quote')[0];
    expect(quote?.type === 'quote' ? quote.parts.map((part) => part.text) : []).toEqual([
      bridgeQuote,
    ]);
    expect(quote?.type === 'quote' ? quote.speaker : '').toBe('Ellen Okafor');
    // Verified: the quoted span is exactly what the stored article says at those offsets.
    const outcome = service.outcomes[0];
    const digestId = digestIdFor(subscription.id, windowEnd);
    expect(outcome).toMatchObject({ status: 'queued', digestId, stories: 2 });
    const record = await service.stores.postedMessages.get(subscription.target, 'm1');
    expect(record?.content).toMatchObject({ kind: 'digest', digestId });
    const texts = await Promise.all(
      (record?.content.articleIds ?? []).map(
        async (id) => (await service.stores.articles.get(id))?.text ?? '',
      ),
    );
    const part = quote?.type === 'quote' ? quote.parts[0] : undefined;
    expect(texts.some((text) => text.slice(part?.start, part?.end) === bridgeQuote)).toBe(true);
    expect((await service.stores.subscriptions.get(subscription.id))?.lastDigestAt).toBe(windowEnd);

    // The next tick: both feeds answer 304, nothing arrived, nothing is posted.
    const nextEnd = new Date(Date.now() + 1_000).toISOString();
    await service.enqueueDigest({
      subscriptionId: subscription.id,
      trigger: 'schedule',
      windowEnd: nextEnd,
    });
    await waitFor(() => service.outcomes.length === 2, 15_000, 'the second digest job');
    await service.waitForIdle();
    expect(service.outcomes[1]).toMatchObject({ status: 'empty', stories: 0 });
    expect(service.publisher.posts).toHaveLength(1);
    expect(notModified['/chronicle/feed-grouping.xml']).toBe(1);
    expect(notModified['/gazette/feed-grouping.xml']).toBe(1);
    expect((await service.stores.subscriptions.get(subscription.id))?.lastDigestAt).toBe(windowEnd);
  });

  it('moves the watermark only after the post succeeds; a failed post is retried and posted once', async () => {
    const service = start(1);
    const subscription = sampleSubscription(feedUrls('retry'));
    await service.stores.subscriptions.put(subscription);
    const windowEnd = new Date().toISOString();

    await service.enqueueDigest({
      subscriptionId: subscription.id,
      trigger: 'schedule',
      windowEnd,
    });
    await waitFor(() => service.publisher.failures === 1, 15_000, 'the failed post');
    expect((await service.stores.subscriptions.get(subscription.id))?.lastDigestAt).toBeUndefined();

    await waitFor(() => service.publisher.posts.length === 1, 15_000, 'the retried post');
    await service.waitForIdle();
    expect(service.publisher.posts).toHaveLength(1);
    expect((await service.stores.subscriptions.get(subscription.id))?.lastDigestAt).toBe(windowEnd);
  });

  it('posts only the newer digest when the platform was down across two ticks, so no story repeats', async () => {
    const service = start(3);
    const subscription = sampleSubscription(feedUrls('outage'));
    await service.stores.subscriptions.put(subscription);
    const firstTick = new Date().toISOString();
    const secondTick = new Date(Date.parse(firstTick) + 60_000).toISOString();

    await service.enqueueDigest({
      subscriptionId: subscription.id,
      trigger: 'schedule',
      windowEnd: firstTick,
    });
    await waitFor(() => service.publisher.failures >= 1, 15_000, 'the first failed post');
    // The next tick comes while the first digest still waits to be retried.
    await service.enqueueDigest({
      subscriptionId: subscription.id,
      trigger: 'schedule',
      windowEnd: secondTick,
    });
    await waitFor(
      () => service.publisher.posts.length === 1,
      30_000,
      'a post once the platform is back',
    );
    await service.waitForIdle(30_000);

    expect(service.outcomes.map((outcome) => outcome.stories)).toEqual([2, 2]);
    expect(service.publisher.posts).toHaveLength(1);
    const storyHeadings = blocksOf(service.publisher.posts[0]?.message.blocks ?? [], 'heading');
    expect(storyHeadings.slice(1)).toHaveLength(2);
    expect((await service.stores.subscriptions.get(subscription.id))?.lastDigestAt).toBe(
      secondTick,
    );
  });

  it('does not post again the stories of an earlier tick that posted while a later one was reading feeds', async () => {
    const service = start();
    const subscription = sampleSubscription(feedUrls('overlap'));
    await service.stores.subscriptions.put(subscription);
    const firstTick = new Date().toISOString();
    const secondTick = new Date(Date.parse(firstTick) + 1_000).toISOString();
    let openGate = (): void => undefined;
    const gate = new Promise<void>((resolve) => (openGate = resolve));
    for (const url of feedUrls('overlap')) heldReads.set(new URL(url).pathname, gate);

    // The later tick starts first and waits on a slow feed server; the earlier tick reads the
    // feeds after it (its reads are not held), builds and posts its digest meanwhile.
    await service.enqueueDigest({
      subscriptionId: subscription.id,
      trigger: 'schedule',
      windowEnd: secondTick,
    });
    await waitFor(() => service.handled.length === 1, 15_000, 'the later tick to start');
    await service.enqueueDigest({
      subscriptionId: subscription.id,
      trigger: 'schedule',
      windowEnd: firstTick,
    });
    await waitFor(() => service.publisher.posts.length === 1, 15_000, 'the earlier tick posted');
    openGate();
    await waitFor(() => service.outcomes.length === 2, 15_000, 'the later tick');
    await service.waitForIdle();

    expect(service.publisher.posts).toHaveLength(1);
    expect(service.outcomes.map((outcome) => outcome.status)).toEqual(['queued', 'empty']);
    expect((await service.stores.subscriptions.get(subscription.id))?.lastDigestAt).toBe(firstTick);
  });

  it('posts a digest once when its job is duplicated or re-run for the same scheduled time', async () => {
    const service = start();
    const subscription = sampleSubscription(feedUrls('duplicate'));
    await service.stores.subscriptions.put(subscription);
    const windowEnd = new Date().toISOString();
    const payload = { subscriptionId: subscription.id, trigger: 'schedule' as const, windowEnd };

    // Two workers' copies of the same tick at once, then a late re-run after the post.
    await Promise.all([
      service.enqueueDigest(payload, 'tick-copy-a'),
      service.enqueueDigest(payload, 'tick-copy-b'),
    ]);
    await waitFor(() => service.outcomes.length === 2, 15_000, 'both copies');
    await service.waitForIdle();
    await service.enqueueDigest(payload, 'tick-copy-c');
    await waitFor(() => service.outcomes.length === 3, 15_000, 'the re-run');
    await service.waitForIdle();

    expect(service.publisher.posts).toHaveLength(1);
    expect(service.publisher.posts[0]?.message.blocks.some((block) => block.type === 'quote')).toBe(
      true,
    );
    expect((await service.stores.subscriptions.get(subscription.id))?.lastDigestAt).toBe(windowEnd);
  });

  it('tells the channel once when a feed fails three times in a row, and keeps the subscription', async () => {
    const service = start();
    const brokenUrl = server.url('/gone/feed.xml');
    const subscription = sampleSubscription([brokenUrl]);
    await service.stores.subscriptions.put(subscription);

    for (let run = 1; run <= 4; run += 1) {
      const windowEnd = new Date(Date.now() + run).toISOString();
      await service.enqueueDigest({
        subscriptionId: subscription.id,
        trigger: 'schedule',
        windowEnd,
      });
      await waitFor(() => service.outcomes.length === run, 15_000, `digest run ${run}`);
      await service.waitForIdle();
      expect(service.publisher.posts).toHaveLength(run < 3 ? 0 : 1);
    }
    expect(service.publisher.posts[0]?.message.fallbackText).toBe(
      `The feed ${brokenUrl} has failed 3 times in a row: the feed was not found (HTTP 404). ` +
        `I'll keep trying; /news unsubscribe ${brokenUrl} stops it.`,
    );
    const kept = await service.stores.subscriptions.get(subscription.id);
    expect(kept).toMatchObject({ enabled: true, feedUrls: [brokenUrl] });
    expect(kept?.lastDigestAt).toBeUndefined();
    expect(await service.stores.feedStates.get(brokenUrl)).toMatchObject({
      healthy: false,
      consecutiveFailures: 4,
    });
  });

  it('answers /news digest with "Nothing new since …" in place of the progress message', async () => {
    const service = start();
    const subscription = sampleSubscription([server.url('/gone/feed-command.xml')]);
    const withWatermark = { ...subscription, lastDigestAt: '2024-11-26T08:00:00.000Z' };
    await service.stores.subscriptions.put(withWatermark);
    const progress = { target: subscription.target, messageId: 'progress-1' };

    await service.enqueueDigest({
      subscriptionId: subscription.id,
      trigger: 'command',
      requestId: 'cmd-1',
      progress,
    });
    await waitFor(() => service.publisher.updates.length === 1, 15_000, 'the reply');
    await service.waitForIdle();
    const update = service.publisher.updates[0];
    expect(update?.ref).toEqual(progress);
    expect(visibleText(update?.message ?? { fallbackText: '', blocks: [] })).toContain(
      'Nothing new since 26 November 08:00.',
    );
    expect(service.publisher.posts).toHaveLength(0);
    expect((await service.stores.subscriptions.get(subscription.id))?.lastDigestAt).toBe(
      withWatermark.lastDigestAt,
    );
  });
});
