import { readFileSync } from 'node:fs';
import type { ServerResponse } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/config/load-config.ts';
import type { ChatTarget } from '../../../src/core/model/chat-message.ts';
import { subscriptionIdFor, type Subscription } from '../../../src/core/model/subscription.ts';
import { silentLogger } from '../../../src/core/ports/logger.ts';
import { createService, type Service } from '../../../src/roles/create-service.ts';
import { startWorkerRole, type WorkerRole } from '../../../src/roles/start-worker-role.ts';
import { startLocalHttpServer, type LocalHttpServer } from '../../fakes/local-http-server.ts';
import { platformRateLimited, RecordingPublisher } from '../../fakes/recording-publisher.ts';
import { deleteKeysUnder, uniqueTestPrefix } from '../stores/redis-test-support.ts';
import { closeService, waitFor } from './fault-kit.ts';

const feedXml = readFileSync(new URL('../../../seeds/feed.xml', import.meta.url), 'utf8');
const prefix = uniqueTestPrefix('fault-digest');
const publisher = new RecordingPublisher();
let site: LocalHttpServer;
let service: Service | undefined;
let worker: WorkerRole | undefined;
/** Bytes the huge feed managed to send before the reader hung up. */
let hugeBytesSent = 0;

/** Streams `total` bytes of a never-ending RSS document without a Content-Length. */
function streamHugeFeed(response: ServerResponse, total: number): void {
  response.writeHead(200, { 'content-type': 'application/rss+xml' });
  const chunk = Buffer.from(`<item><title>${'x'.repeat(1_000)}</title></item>\n`);
  response.write('<?xml version="1.0"?><rss version="2.0"><channel><title>Huge</title>');
  const pump = () => {
    while (hugeBytesSent < total && !response.destroyed) {
      hugeBytesSent += chunk.length;
      if (!response.write(chunk)) {
        response.once('drain', pump);
        return;
      }
    }
    if (!response.destroyed) response.end('</channel></rss>');
  };
  pump();
}

beforeAll(async () => {
  site = await startLocalHttpServer((request, response) => {
    const path = request.url ?? '';
    if (path.startsWith('/garbage')) {
      // A server error page where the feed used to be, sent as RSS.
      response.writeHead(200, { 'content-type': 'application/rss+xml' });
      response.end('<html><body>\u0000\u0001 Fatal error: Allowed memory size exhausted <rss');
      return;
    }
    if (path.startsWith('/huge')) return streamHugeFeed(response, 50 * 1024 * 1024);
    if (path.startsWith('/good')) {
      response.writeHead(200, { 'content-type': 'application/rss+xml; charset=utf-8' });
      response.end(feedXml);
      return;
    }
    response.writeHead(404).end();
  });
  const config = loadConfig({
    REDIS_PREFIX: prefix,
    FETCH_ALLOW_PRIVATE_HOSTS: 'localhost',
    FETCH_ALLOWED_PORTS: String(site.port),
    LOG_LEVEL: 'silent',
  });
  service = await createService(config, silentLogger, { publishers: { slack: publisher } });
  worker = await startWorkerRole(service, { lockDurationMs: 5_000, stalledIntervalMs: 5_000 });
});

afterAll(async () => {
  await worker?.close();
  await closeService(service);
  await site.close();
  if (service !== undefined) {
    const { Redis } = await import('ioredis');
    const redis = new Redis('redis://127.0.0.1:6379');
    await deleteKeysUnder(redis, prefix);
    await redis.quit();
  }
}, 45_000);

let channelCount = 0;
async function subscribe(feedUrls: string[]): Promise<Subscription> {
  channelCount += 1;
  const target: ChatTarget = {
    platform: 'slack',
    workspaceId: 'T1',
    channelId: `C${channelCount}`,
  };
  const subscription: Subscription = {
    id: subscriptionIdFor(target),
    target,
    feedUrls,
    schedule: { cron: '0 8 * * *', timeZone: 'UTC', description: 'every day at 08:00' },
    options: { length: 'standard' },
    createdBy: { userId: 'U1' },
    createdAt: new Date(Date.now() - 3_600_000).toISOString(),
    enabled: true,
  };
  await running().stores.subscriptions.put(subscription);
  return subscription;
}

function running(): Service {
  if (service === undefined) throw new Error('service did not start');
  return service;
}

/** Runs one scheduled digest tick and waits until it and every delivery it caused are done. */
async function runTick(subscriptionId: string, run: number): Promise<void> {
  const queues = Object.values(running().queues.queues);
  await running().queues.jobQueues.digestBuild.enqueue(
    { subscriptionId, trigger: 'schedule', windowEnd: new Date(Date.now() + run).toISOString() },
    { jobId: `tick-${subscriptionId}-${run}` },
  );
  await waitFor(
    async () => {
      const counts = await Promise.all(
        queues.map((queue) => queue.getJobCounts('waiting', 'active', 'delayed', 'prioritized')),
      );
      return counts.every((count) => Object.values(count).every((value) => value === 0));
    },
    20_000,
    `digest tick ${run} and its deliveries`,
  );
}

const postsIn = (channelId: string) =>
  publisher.posts.filter((post) => post.target.channelId === channelId);

describe('digests when feeds misbehave or the platform is down', () => {
  it('records garbage and a 50 MB feed as failures, keeps the subscription, and tells the channel once per feed after 3 failures', async () => {
    const garbageUrl = site.url('/garbage/feed.xml');
    const hugeUrl = site.url('/huge/feed.xml');
    const subscription = await subscribe([garbageUrl, hugeUrl]);
    const channelId = subscription.target.channelId;

    for (let run = 1; run <= 4; run += 1) {
      await runTick(subscription.id, run);
      expect(postsIn(channelId)).toHaveLength(run < 3 ? 0 : 2);
    }
    const texts = postsIn(channelId)
      .map((post) => post.message.fallbackText)
      .sort();
    expect(texts).toEqual([
      `The feed ${garbageUrl} has failed 3 times in a row: that link is not a news feed (RSS, Atom or JSON Feed). ` +
        `I'll keep trying; /news unsubscribe ${garbageUrl} stops it.`,
      `The feed ${hugeUrl} has failed 3 times in a row: the feed is larger than the 5 MB limit. ` +
        `I'll keep trying; /news unsubscribe ${hugeUrl} stops it.`,
    ]);
    const kept = await running().stores.subscriptions.get(subscription.id);
    expect(kept).toMatchObject({ enabled: true, feedUrls: [garbageUrl, hugeUrl] });
    expect(kept?.lastDigestAt).toBeUndefined();
    for (const url of [garbageUrl, hugeUrl])
      expect(await running().stores.feedStates.get(url)).toMatchObject({
        healthy: false,
        consecutiveFailures: 4,
      });
    // The reader hung up at the limit instead of swallowing 50 MB four times.
    expect(hugeBytesSent).toBeLessThan(4 * 10 * 1024 * 1024);
  }, 60_000);

  it('posts a digest once when the platform fails twice before accepting it', async () => {
    const subscription = await subscribe([site.url('/good/feed.xml')]);
    const channelId = subscription.target.channelId;
    publisher.failWith(2, platformRateLimited, 'post');

    await runTick(subscription.id, 1);
    expect(publisher.failures).toHaveLength(0);
    const posts = postsIn(channelId);
    expect(posts).toHaveLength(1);
    // The digest's own heading, then one per story.
    const headings = posts[0]?.message.blocks.filter((block) => block.type === 'heading') ?? [];
    expect(headings.length).toBeGreaterThan(1);
    expect(posts[0]?.message.fallbackText).toContain('Harbor Bridge');
    const moved = await running().stores.subscriptions.get(subscription.id);
    expect(moved?.lastDigestAt).toBeDefined();
  }, 30_000);
});
