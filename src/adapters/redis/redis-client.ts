import { Cluster, Redis, type ClusterOptions, type RedisOptions } from 'ioredis';

/**
 * A connection to newsbrief's Redis: one server, or a Redis Cluster. Stores, queues and chat
 * adapters use only commands both speak, and every key carries the one hash tag of
 * REDIS_PREFIX, so each multi-key command, MULTI and Lua script stays within one slot.
 */
export type RedisClient = Redis | Cluster;

export interface RedisAddress {
  /** REDIS_URL: the server, or any node of the cluster (a managed service's configuration endpoint). */
  url: string;
  /** REDIS_CLUSTER: whether that address is a Redis Cluster. */
  cluster: boolean;
}

export interface RedisClientSettings {
  /** Commands wait in memory while the connection is down (true) or fail at once (false). */
  enableOfflineQueue?: boolean;
  /** Per command: attempts before it fails during an outage; null waits for ever (BullMQ). */
  maxRetriesPerRequest?: number | null;
  connectTimeout?: number;
  lazyConnect?: boolean;
  /** Delay before the next reconnect attempt, or null to stop trying. */
  retryStrategy?: (attempt: number) => number | null;
}

/** Opens a client to one server or to a cluster, with the same settings either way. */
export function createRedisClient(
  address: RedisAddress,
  settings: RedisClientSettings,
): RedisClient {
  if (!address.cluster) return new Redis(address.url, settings);
  return new Cluster([seedNode(address.url)], clusterOptions(address.url, settings));
}

function seedNode(url: string): { host: string; port: number } {
  const parsed = new URL(url);
  return {
    host: parsed.hostname.replace(/^\[(.*)\]$/, '$1'),
    port: parsed.port === '' ? 6379 : Number(parsed.port),
  };
}

/**
 * The cluster's settings from REDIS_URL: the user, password and TLS (`rediss://`) of the seed
 * node apply to every node it tells us about. Nodes are reached by the addresses the cluster
 * announces (CLUSTER SLOTS), so they must be reachable from here (set cluster-announce-ip behind
 * NAT). With TLS the announced host names are used as they are (no DNS lookup first), so the
 * certificate check sees the name it was issued for — what AWS ElastiCache needs.
 */
function clusterOptions(url: string, settings: RedisClientSettings): ClusterOptions {
  const parsed = new URL(url);
  const tls = parsed.protocol === 'rediss:';
  const redisOptions: RedisOptions = {
    ...(parsed.username === '' ? {} : { username: decodeURIComponent(parsed.username) }),
    ...(parsed.password === '' ? {} : { password: decodeURIComponent(parsed.password) }),
    ...(tls ? { tls: {} } : {}),
    maxRetriesPerRequest: settings.maxRetriesPerRequest,
    ...(settings.connectTimeout === undefined ? {} : { connectTimeout: settings.connectTimeout }),
  };
  return {
    redisOptions,
    ...(settings.enableOfflineQueue === undefined
      ? {}
      : { enableOfflineQueue: settings.enableOfflineQueue }),
    ...(settings.lazyConnect === undefined ? {} : { lazyConnect: settings.lazyConnect }),
    ...(settings.retryStrategy === undefined
      ? {}
      : { clusterRetryStrategy: settings.retryStrategy }),
    ...(tls
      ? {
          dnsLookup: (host: string, callback: (error: null, address: string) => void) =>
            callback(null, host),
        }
      : {}),
  };
}

/** Whether this client talks to a Redis Cluster. */
export function isRedisCluster(client: RedisClient): client is Cluster {
  return client instanceof Cluster;
}

/**
 * A round trip to the node that holds this install's keys. On one server that is PING; on a
 * cluster PING would go to any node, so it reads a key under the prefix instead: it reaches
 * the master of the prefix's slot, the one whose loss would stop the pipeline.
 */
export async function pingInstallNode(client: RedisClient, prefix: string): Promise<void> {
  if (isRedisCluster(client)) await client.exists(`${prefix}:ping`);
  else await client.ping();
}

/** A second connection with the same settings (for blocking reads that would hold the first). */
export function duplicateRedisClient(client: RedisClient): RedisClient {
  return isRedisCluster(client) ? client.duplicate() : client.duplicate();
}
