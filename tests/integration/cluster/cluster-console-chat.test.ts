import { afterAll, beforeAll } from 'vitest';
import { startRedisCluster, type RedisClusterProcess } from '../../fakes/redis-cluster-process.ts';
import { describeConsoleChat } from '../worker/console-chat-scenario.ts';

/**
 * `newsbrief chat` on a real 3-master Redis Cluster: the console stream's blocking XREAD, the
 * feed-subscribe job, the digest scheduler and its digest, as on one Redis.
 */
let cluster: RedisClusterProcess;
const prefix = `{nb-cluster-console-${process.pid}-${Date.now()}}`;
let url = '';
beforeAll(async () => {
  cluster = await startRedisCluster();
  url = await cluster.urlAwayFrom(prefix);
}, 60_000);
afterAll(async () => cluster.destroy());

describeConsoleChat('newsbrief chat on a 3-master Redis Cluster', () => ({
  REDIS_URL: url,
  REDIS_CLUSTER: 'true',
  REDIS_PREFIX: prefix,
}));
