/**
 * A private Redis Cluster for tests and benches: three masters (no replicas) as separate
 * redis-server processes on spare loopback ports, each with its own temp directory and no
 * snapshots. The cluster is built with plain commands (CLUSTER ADDSLOTS, CLUSTER MEET),
 * so only redis-server is needed, not redis-cli. Killed when the parent exits.
 */
import { Redis } from 'ioredis';
import { startRedisServer, type RedisServerProcess } from './redis-server-process.ts';

export interface RedisClusterProcess {
  /** The masters, in slot order. */
  nodes: RedisServerProcess[];
  /** One node's address: what an operator puts in REDIS_URL with REDIS_CLUSTER=true. */
  url: string;
  /**
   * The address of a master that does not hold `key`: a client that ignored the cluster would
   * get MOVED there, so tests seed the cluster client with it.
   */
  urlAwayFrom(key: string): Promise<string>;
  /** Stops every node and deletes their directories. */
  destroy(): Promise<void>;
}

const slotCount = 16_384;
const masters = 3;

/** The contiguous slot range each master serves, like `redis-cli --cluster create` assigns. */
function slotRanges(): [first: number, last: number][] {
  const size = Math.ceil(slotCount / masters);
  return Array.from({ length: masters }, (_, index) => [
    index * size,
    Math.min(slotCount, (index + 1) * size) - 1,
  ]);
}

async function clusterIsReady(clients: Redis[]): Promise<boolean> {
  for (const client of clients) {
    const info = await client.cluster('INFO');
    if (!info.includes('cluster_state:ok') || !info.includes(`cluster_known_nodes:${masters}`))
      return false;
  }
  return true;
}

/** Starts the three masters and resolves once every node says `cluster_state:ok`. */
export async function startRedisCluster(): Promise<RedisClusterProcess> {
  const nodes = await Promise.all(
    Array.from({ length: masters }, () =>
      startRedisServer({ extraArguments: ['--cluster-enabled', 'yes'] }),
    ),
  );
  const destroy = async () => {
    await Promise.all(nodes.map((node) => node.destroy()));
  };
  const clients = nodes.map((node) => new Redis(node.url, { lazyConnect: false }));
  try {
    const ranges = slotRanges();
    for (const [index, client] of clients.entries()) {
      const [first, last] = ranges[index] ?? [0, -1];
      // ADDSLOTS with every slot rather than ADDSLOTSRANGE, which needs Redis 7.
      const slots = Array.from({ length: last - first + 1 }, (_, offset) => first + offset);
      await client.cluster('ADDSLOTS', ...slots);
    }
    const [first] = nodes;
    for (const [index, client] of clients.entries())
      if (index > 0 && first !== undefined) await client.cluster('MEET', '127.0.0.1', first.port);
    const deadline = Date.now() + 20_000;
    while (!(await clusterIsReady(clients))) {
      if (Date.now() > deadline) throw new Error('the test Redis Cluster did not reach state ok');
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  } catch (error) {
    await destroy();
    throw error;
  } finally {
    await Promise.all(clients.map((client) => client.quit().catch(() => undefined)));
  }
  const urlAwayFrom = async (key: string) => {
    const client = new Redis(nodes[0]?.url ?? '');
    const slot = Number(await client.cluster('KEYSLOT', key));
    await client.quit();
    const owner = slotRanges().findIndex(([first, last]) => slot >= first && slot <= last);
    return nodes[(owner + 1) % nodes.length]?.url ?? '';
  };
  return { nodes, url: nodes[0]?.url ?? '', urlAwayFrom, destroy };
}
