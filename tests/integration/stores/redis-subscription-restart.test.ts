import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRedisSubscriptionStore } from '../../../src/adapters/store/redis/create-redis-subscription-store.ts';
import { sampleSubscription } from './store-fixtures.ts';
import { uniqueTestPrefix } from './redis-test-support.ts';

/** A port nothing listens on right now, found by binding port 0 and releasing it. */
async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address !== null ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

let server: ChildProcess | undefined;
let dataDir = '';
let port = 0;
let client: Redis | undefined;

/** Starts our own AOF-persisting redis-server and resolves once it accepts connections. */
async function startRedis(): Promise<ChildProcess> {
  const child = spawn(
    'redis-server',
    [
      '--port',
      String(port),
      '--bind',
      '127.0.0.1',
      '--dir',
      dataDir,
      '--appendonly',
      'yes',
      '--save',
      '',
    ],
    { stdio: 'ignore' },
  );
  const deadline = Date.now() + 5_000;
  for (;;) {
    const probe = new Redis(port, '127.0.0.1', { lazyConnect: true, retryStrategy: () => null });
    probe.on('error', () => undefined);
    try {
      await probe.connect();
      if ((await probe.ping()) === 'PONG') return child;
    } catch {
      if (Date.now() > deadline) throw new Error(`redis-server did not start on port ${port}`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    } finally {
      probe.disconnect();
    }
  }
}

/** SIGTERM makes redis-server fsync the AOF and exit cleanly, like a container stop. */
async function stopRedis(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  await exited;
}

beforeAll(async () => {
  port = await freePort();
  dataDir = await mkdtemp(join(tmpdir(), 'newsbrief-redis-'));
  server = await startRedis();
});

afterAll(async () => {
  client?.disconnect();
  if (server !== undefined && server.exitCode === null) server.kill('SIGKILL');
  await rm(dataDir, { recursive: true, force: true });
});

describe('subscriptions across a Redis restart', () => {
  it('reads back every subscription (and not a deleted one) after redis-server restarts', async () => {
    // One long-lived client, as a worker has: it must reconnect on its own after the restart.
    client = new Redis(port, '127.0.0.1', { retryStrategy: () => 50 });
    client.on('error', () => undefined);
    const store = createRedisSubscriptionStore(client, { prefix: uniqueTestPrefix('restart') });
    const kept = [
      sampleSubscription('C-one', '2024-11-27T08:00:00.000Z'),
      {
        ...sampleSubscription('C-two', '2024-11-28T08:00:00.000Z'),
        lastDigestAt: '2024-11-28T09:00:00.000Z',
      },
    ];
    const removed = sampleSubscription('C-gone', '2024-11-28T09:30:00.000Z');
    for (const subscription of [...kept, removed]) await store.put(subscription);
    await store.delete(removed.id);

    if (server !== undefined) await stopRedis(server);
    server = await startRedis();

    expect(await store.list()).toEqual(kept);
    expect(await store.get(kept[1]?.id ?? '')).toEqual(kept[1]);
    expect(await store.get(removed.id)).toBeUndefined();
  });
});
