import { Cluster } from 'ioredis';
import { afterAll, beforeAll } from 'vitest';
import { createRedisStores } from '../../../src/adapters/store/redis/create-redis-stores.ts';
import { startRedisCluster, type RedisClusterProcess } from '../../fakes/redis-cluster-process.ts';
import { describeStoreContract } from '../stores/store-contract.ts';
import { createRecordingLogger, uniqueTestPrefix } from '../stores/redis-test-support.ts';

/**
 * The stores' shared contract on a real 3-master Redis Cluster: each MULTI and Lua script
 * (feed arrivals, token holds, rate limits) names keys of one hash tag, or Redis would refuse
 * it with CROSSSLOT. The cluster client is seeded with a node that does not hold the prefix.
 */
let cluster: RedisClusterProcess;
let client: Cluster;
const filePrefix = uniqueTestPrefix('cluster-stores');
let storeCount = 0;

beforeAll(async () => {
  cluster = await startRedisCluster();
  const seed = new URL(await cluster.urlAwayFrom(filePrefix));
  client = new Cluster([{ host: seed.hostname, port: Number(seed.port) }]);
}, 60_000);
afterAll(async () => {
  await client.quit();
  await cluster.destroy();
});

describeStoreContract('redis cluster', () => {
  storeCount += 1;
  return createRedisStores(client, {
    prefix: `${filePrefix}:s${storeCount}`,
    logger: createRecordingLogger(),
  });
});
