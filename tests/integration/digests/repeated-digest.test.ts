import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startLocalHttpServer, type LocalHttpServer } from '../../fakes/local-http-server.ts';
import { deleteKeysUnder, uniqueTestPrefix } from '../stores/redis-test-support.ts';
import {
  sampleSubscription,
  startDigestService,
  visibleText,
  waitFor,
  type DigestService,
} from './digest-test-kit.ts';

const redis = new Redis('redis://127.0.0.1:6379', { lazyConnect: true });
const queuePrefix = uniqueTestPrefix('repeat-q');
const storePrefix = uniqueTestPrefix('repeat-s');
let server: LocalHttpServer;
let service: DigestService;

beforeAll(async () => {
  await redis.connect();
  // A feed with nothing in it: every digest of it is "Nothing new".
  server = await startLocalHttpServer((_request, response) => {
    response
      .writeHead(200, { 'content-type': 'application/rss+xml' })
      .end('<rss version="2.0"><channel><title>Quiet Feed</title></channel></rss>');
  });
  service = startDigestService({ redis, queuePrefix, storePrefix, allowedPort: server.port });
});

afterAll(async () => {
  await service.close();
  await server.close();
  await deleteKeysUnder(redis, queuePrefix);
  await deleteKeysUnder(redis, storePrefix);
  await redis.quit();
});

describe('a repeated /news digest with nothing new', () => {
  it('says "Nothing new since" the last digest, not since the subscription was made', async () => {
    const subscription = {
      ...sampleSubscription([server.url('/quiet.xml')]),
      createdAt: '2024-11-26T08:00:00.000Z',
    };
    await service.stores.subscriptions.put(subscription);
    const ask = async (request: number, windowEnd: string): Promise<string> => {
      await service.enqueueDigest({
        subscriptionId: subscription.id,
        trigger: 'command',
        requestId: `repeat-${request}`,
        progress: { target: subscription.target, messageId: `progress-${request}` },
        windowEnd,
      });
      await waitFor(() => service.publisher.updates.length === request, 15_000, 'the reply');
      return visibleText(
        service.publisher.updates[request - 1]?.message ?? { fallbackText: '', blocks: [] },
      );
    };

    // The zone is Europe/London, on GMT in November.
    expect(await ask(1, '2024-11-27T09:15:00.000Z')).toContain('Nothing new since Tuesday 08:00.');
    expect(await ask(2, '2024-11-28T10:30:00.000Z')).toContain(
      'Nothing new since Wednesday 09:15.',
    );
    expect(await ask(3, '2024-11-28T11:00:00.000Z')).toContain('Nothing new since Thursday 10:30.');
    // An empty reply covers nothing, so the watermark stays where it was.
    expect((await service.stores.subscriptions.get(subscription.id))?.lastDigestAt).toBeUndefined();
  });
});
