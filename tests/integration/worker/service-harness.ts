import { Redis } from 'ioredis';
import { loadConfig } from '../../../src/config/load-config.ts';
import type { Config } from '../../../src/config/config-schema.ts';
import { silentLogger } from '../../../src/core/ports/logger.ts';
import { createService, type Service } from '../../../src/roles/create-service.ts';
import { startWorkerRole, type WorkerRole } from '../../../src/roles/start-worker-role.ts';
import type { LocalHttpServer } from '../../fakes/local-http-server.ts';
import { startSeedNewsSite } from '../../fakes/seed-news-site.ts';
import { RecordingPublisher } from '../../fakes/recording-publisher.ts';

export { seedAsHtml, seedText } from '../../fakes/seed-news-site.ts';

export interface Harness {
  config: Config;
  service: Service;
  worker: WorkerRole;
  publisher: RecordingPublisher;
  site: LocalHttpServer;
  close(): Promise<void>;
}

/**
 * A real service on the real Redis with a unique prefix: real BullMQ workers, real stores, the
 * real safe fetcher against a local site. Only the chat platform is a recording fake.
 */
export async function startHarness(
  name: string,
  environment: Record<string, string> = {},
): Promise<Harness> {
  const site = await startSeedNewsSite();
  const prefix = `{nb-${name}-${process.pid}-${Date.now()}}`;
  const config = loadConfig({
    REDIS_PREFIX: prefix,
    FETCH_ALLOW_PRIVATE_HOSTS: 'localhost',
    FETCH_ALLOWED_PORTS: String(site.port),
    LOG_LEVEL: 'silent',
    ...environment,
  });
  const publisher = new RecordingPublisher();
  const service = await createService(config, silentLogger, { publishers: { slack: publisher } });
  const worker = await startWorkerRole(service, {
    lockDurationMs: 3_000,
    stalledIntervalMs: 1_000,
  });
  return {
    config,
    service,
    worker,
    publisher,
    site,
    async close() {
      await worker.close();
      for (const queue of Object.values(service.queues.queues))
        await queue.obliterate({ force: true }).catch(() => undefined);
      await service.close();
      await site.close();
      await deleteKeys(prefix);
    },
  };
}

export async function deleteKeys(prefix: string): Promise<void> {
  const redis = new Redis('redis://127.0.0.1:6379');
  let cursor = '0';
  do {
    const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}*`, 'COUNT', 500);
    cursor = next;
    if (keys.length > 0) await redis.del(...keys);
  } while (cursor !== '0');
  await redis.quit();
}
