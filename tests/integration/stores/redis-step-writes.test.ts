import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createQueues, type QueueSet } from '../../../src/adapters/queue/bullmq/create-queues.ts';
import { createRedisStepWrites } from '../../../src/adapters/queue/bullmq/create-redis-step-writes.ts';
import { createRedisStores } from '../../../src/adapters/store/redis/create-redis-stores.ts';
import type { Stores } from '../../../src/adapters/store/stores.ts';
import type { ChatMessage, ChatTarget } from '../../../src/core/model/chat-message.ts';
import { queueNames } from '../../../src/core/model/jobs.ts';
import { buildArticleFromText } from '../../../src/core/pipeline/build-article-from-text.ts';
import { silentLogger } from '../../../src/core/ports/logger.ts';
import type { StepWrites } from '../../../src/core/ports/step-writes.ts';
import { deleteKeysUnder, uniqueTestPrefix } from './redis-test-support.ts';

const prefix = uniqueTestPrefix('step-writes');
let redis: Redis;
let queues: QueueSet;
let stores: Stores;
let writes: StepWrites;

beforeAll(async () => {
  redis = new Redis('redis://127.0.0.1:6379', { maxRetriesPerRequest: null });
  queues = createQueues(redis, prefix);
  stores = createRedisStores(redis, { prefix });
  writes = createRedisStepWrites({
    briefQueue: queues.queues[queueNames.articleBrief],
    deliverQueue: queues.queues[queueNames.messageDeliver],
    prefix,
    logger: silentLogger,
  });
});
afterAll(async () => {
  for (const queue of Object.values(queues.queues)) await queue.obliterate({ force: true });
  await queues.close();
  await deleteKeysUnder(redis, prefix);
  await redis.quit();
});

const target: ChatTarget = { platform: 'slack', workspaceId: 'T1', channelId: 'C1' };
const message: ChatMessage = {
  fallbackText: 'A brief',
  blocks: [{ type: 'paragraph', text: 'A brief' }],
};

describe('each pipeline step in one MULTI on Redis', () => {
  it('stores the article and queues its brief job together', async () => {
    const article = buildArticleFromText(
      'A council voted on Tuesday. The mayor said it was a good day.',
      {
        origin: 'pasted',
        completeness: 'full',
        location: 'https://example.com/council',
      },
    );
    await writes.storeArticleAndQueueBrief(
      article,
      {
        requestId: 'r1',
        target,
        articleId: article.id,
        options: { length: 'standard' },
        reply: 'brief',
        requestedBy: { userId: 'U1' },
      },
      { jobId: 'brief-r1' },
    );
    expect((await stores.articles.get(article.id))?.text).toBe(article.text);
    expect(await stores.articles.findByUrl('https://example.com/council')).toBeDefined();
    const job = await queues.queues[queueNames.articleBrief].getJob('brief-r1');
    expect(job?.data).toMatchObject({ articleId: article.id });
  });

  it('queues a delivery with its outbox message, and reads both back in one go', async () => {
    await writes.queueDelivery({
      message,
      job: {
        deliveryId: 'deliver-r1',
        target,
        content: { kind: 'brief', articleIds: ['a1'] },
        effects: [],
      },
    });
    const job = await queues.queues[queueNames.messageDeliver].getJob('deliver-r1');
    expect(job?.data).toMatchObject({ deliveryId: 'deliver-r1' });
    expect(await writes.readDelivery('deliver-r1')).toEqual({ earlier: undefined, message });
  });

  it('records a post once, with what it is about, and adopts a thread root only if it has no record', async () => {
    const ownRoot = {
      ref: { target, messageId: 'root-ours' },
      content: { kind: 'digest' as const, articleIds: ['d1'] },
      postedAt: '2026-12-07T06:00:00Z',
    };
    await stores.postedMessages.put(ownRoot);
    const inThread = { ...target, threadId: 'root-ours' };
    const record = {
      ref: { target: inThread, messageId: 'm1' },
      content: { kind: 'brief' as const, articleIds: ['a1'] },
      postedAt: '2026-12-07T06:01:00Z',
    };
    const root = { ...record, ref: { target: inThread, messageId: 'root-ours' } };
    expect(
      await writes.recordPost({ deliveryId: 'deliver-r1', record, adoptedRoot: root }),
    ).toEqual({ first: true });
    expect(
      await writes.recordPost({
        deliveryId: 'deliver-r1',
        record: { ...record, ref: { target: inThread, messageId: 'm2' } },
      }),
    ).toEqual({ first: false });
    expect((await writes.readDelivery('deliver-r1')).earlier).toEqual(record.ref);
    expect(await stores.postedMessages.get(target, 'm1')).toEqual(record);
    // The root was already ours (a digest): it keeps its own record.
    expect((await stores.postedMessages.get(target, 'root-ours'))?.content.kind).toBe('digest');

    const otherRoot = {
      ...root,
      ref: { target: { ...target, threadId: 'root-theirs' }, messageId: 'root-theirs' },
    };
    await writes.recordPost({
      deliveryId: 'deliver-r2',
      record: { ...record, ref: { target: otherRoot.ref.target, messageId: 'm3' } },
      adoptedRoot: otherRoot,
    });
    expect((await stores.postedMessages.get(target, 'root-theirs'))?.content).toEqual({
      kind: 'brief',
      articleIds: ['a1'],
    });
  });
});
