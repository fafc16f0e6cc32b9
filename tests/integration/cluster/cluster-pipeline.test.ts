import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  startWorkerHeartbeat,
  workerHeartbeatKey,
} from '../../../src/adapters/redis/worker-heartbeat.ts';
import { openRedisConnection } from '../../../src/adapters/redis/open-redis-connection.ts';
import { pingInstallNode } from '../../../src/adapters/redis/redis-client.ts';
import { checkWorkerHeartbeat } from '../../../src/cli/commands/health-command.ts';
import { handleNewsCommand } from '../../../src/core/commands/handle-news-command.ts';
import type { ChatTarget } from '../../../src/core/model/chat-message.ts';
import { silentLogger } from '../../../src/core/ports/logger.ts';
import { commandDependencies } from '../../../src/roles/command-dependencies.ts';
import { startRedisCluster, type RedisClusterProcess } from '../../fakes/redis-cluster-process.ts';
import { startHarness, type Harness } from '../worker/service-harness.ts';

/**
 * The service on a real 3-master Redis Cluster (REDIS_CLUSTER=true): commands, briefs, thread
 * answers, limits and the brief cache, with a real BullMQ worker and the Slack recording fake.
 */
let cluster: RedisClusterProcess;
let harness: Harness;
const prefix = `{nb-cluster-${process.pid}-${Date.now()}}`;
beforeAll(async () => {
  cluster = await startRedisCluster();
  harness = await startHarness('cluster', {
    REDIS_PREFIX: prefix,
    // A node that does not hold the prefix: only a cluster client follows its MOVED replies.
    REDIS_URL: await cluster.urlAwayFrom(prefix),
    REDIS_CLUSTER: 'true',
    COMMAND_RATE_PER_MINUTE: '3',
  });
}, 60_000);
afterAll(async () => {
  try {
    await harness.close();
  } finally {
    await cluster.destroy();
  }
});

const channel: ChatTarget = { platform: 'slack', workspaceId: 'T1', channelId: 'C-cluster' };

async function summarize(url: string, userId: string) {
  return handleNewsCommand(commandDependencies(harness.service), {
    requestId: randomUUID(),
    target: channel,
    user: { userId, isAdmin: false },
    text: `summarize ${url}`,
    defaultTimeZone: 'UTC',
    postProgress: (progressText) =>
      harness.publisher.post(channel, {
        fallbackText: progressText,
        blocks: [{ type: 'context', text: progressText }],
      }),
  });
}

/** Summarizes and resolves with the message that replaced the progress message. */
async function summarizeAndWait(url: string, userId: string) {
  await summarize(url, userId);
  const progressId = harness.publisher.posts.at(-1)?.messageId;
  return harness.publisher.waitFor(
    (post) => post.kind === 'update' && post.messageId === progressId,
    30_000,
  );
}

/** Every key on every master of the cluster, with the port of the node that holds it. */
async function keysByNode(): Promise<{ port: number; key: string }[]> {
  const found: { port: number; key: string }[] = [];
  for (const node of cluster.nodes) {
    const client = new Redis(node.url);
    for (const key of await client.keys('*')) found.push({ port: node.port, key });
    await client.quit();
  }
  return found;
}

describe('the pipeline on a 3-master Redis Cluster', () => {
  it('summarizes a page through the queues and replaces the progress message with the brief', async () => {
    const brief = await summarizeAndWait(harness.site.url('/story'), 'U1');
    expect(brief.message.blocks[0]).toMatchObject({
      type: 'heading',
      text: expect.stringContaining('Putin'),
    });
  });

  it('answers a question in the thread under the brief', async () => {
    const brief = harness.publisher.posts.find(
      (post) => post.kind === 'update' && post.message.blocks[0]?.type === 'heading',
    );
    await harness.service.queues.jobQueues.questionAnswer.enqueue({
      requestId: randomUUID(),
      target: { ...channel, threadId: brief?.messageId ?? '' },
      question: 'Who is Keith Kellogg?',
      requestedBy: { userId: 'U2' },
    });
    const answer = await harness.publisher.waitFor(
      (post) => post.target.threadId === brief?.messageId,
      30_000,
    );
    expect(JSON.stringify(answer.message.blocks)).toContain('special envoy for Ukraine and Russia');
  });

  it('serves the same page to another user from the brief cache', async () => {
    const brief = await summarizeAndWait(harness.site.url('/story'), 'U5');
    expect(brief.message.blocks[0]).toMatchObject({ type: 'heading' });
    expect(await harness.service.metrics.render()).toMatch(
      /newsbrief_brief_cache_total\{result="hit"\} [1-9]/,
    );
  });

  it('limits how many summaries one user asks for per minute', async () => {
    const replies = [];
    for (let index = 0; index < 4; index += 1)
      replies.push(await summarize(harness.site.url('/story'), 'U4'));
    const refused = replies.at(-1);
    expect(refused?.visibility === 'ephemeral' ? refused.message.fallbackText : '').toMatch(
      /3 summaries a minute; try again in \d+ seconds/,
    );
  });

  it('answers the health checks: the ping of the slot owner and the worker heartbeat', async () => {
    expect(harness.service.reachability.reachable).toBe(true);
    await pingInstallNode(harness.service.redis, harness.config.REDIS_PREFIX);
    const heartbeat = startWorkerHeartbeat(harness.service.redis, {
      key: workerHeartbeatKey(harness.config.REDIS_PREFIX),
      isHealthy: () => true,
      logger: silentLogger,
    });
    try {
      await expect
        .poll(() => checkWorkerHeartbeat(harness.config).catch((error: Error) => error.message))
        .toMatch(/^The worker on this host is alive/);
    } finally {
      await heartbeat.stop();
    }
  });

  it('keeps every key under the hash-tagged prefix, so all of them live on one master', async () => {
    const keys = await keysByNode();
    expect(keys.length).toBeGreaterThan(10);
    expect(keys.filter(({ key }) => !key.startsWith(harness.config.REDIS_PREFIX))).toEqual([]);
    expect(new Set(keys.map(({ port }) => port)).size).toBe(1);
  });
});

describe('REDIS_CLUSTER that does not match the server', () => {
  const open = (url: string, cluster: boolean) =>
    openRedisConnection({
      url,
      cluster,
      name: 'check',
      connectTimeoutMs: 3_000,
      logger: silentLogger,
    });

  it('refuses a cluster node reached as a single Redis, in one sentence', async () => {
    await expect(open(cluster.url, false)).rejects.toThrow(
      /^Cannot reach Redis at redis:\/\/127\.0\.0\.1:\d+ \(it is a node of a Redis Cluster: set REDIS_CLUSTER=true\)/,
    );
  });

  it('refuses a single Redis reached as a cluster, in one sentence', async () => {
    await expect(open('redis://127.0.0.1:6379', true)).rejects.toThrow(
      /\(it is a single Redis, not a Redis Cluster: unset REDIS_CLUSTER\)/,
    );
  });
});
