import { loadConfig } from '../../../src/config/load-config.ts';
import type { Config } from '../../../src/config/config-schema.ts';
import { createPinoLogger } from '../../../src/adapters/logging/create-pino-logger.ts';
import { registerDiscordPublisher } from '../../../src/adapters/chat/discord/register-discord-publisher.ts';
import {
  startDiscordBot,
  type DiscordBot,
} from '../../../src/adapters/chat/discord/start-discord-bot.ts';
import { silentLogger, type Logger } from '../../../src/core/ports/logger.ts';
import { createService, type Service } from '../../../src/roles/create-service.ts';
import { startWorkerRole, type WorkerRole } from '../../../src/roles/start-worker-role.ts';
import {
  startFakeDiscord,
  type FakeDiscord,
  type RecordedCall,
} from '../../fakes/discord/fake-discord.ts';
import type { LocalHttpServer } from '../../fakes/local-http-server.ts';
import { startSeedNewsSite } from '../../fakes/seed-news-site.ts';
import { deleteKeys } from '../worker/service-harness.ts';

export interface DiscordHarness {
  config: Config;
  fake: FakeDiscord;
  site: LocalHttpServer;
  service: Service;
  worker: WorkerRole;
  bot: DiscordBot;
  /** Dispatches an interaction payload over the gateway, telling the fake its channel first. */
  interact(payload: { token: string; channel_id: string }): void;
  close(): Promise<void>;
}

/**
 * The real discord.js client and the real workers on the real Redis (unique prefix), against
 * a fake Discord (REST + gateway) and a local news site serving the seed at /story and a feed
 * of it at /feeds/<name>.xml.
 */
export async function startDiscordHarness(
  name: string,
  environment: Record<string, string> = {},
  options: { logger?: Logger } = {},
): Promise<DiscordHarness> {
  const site = await startSeedNewsSite();
  const fake = await startFakeDiscord();
  const prefix = `{nb-${name}-${process.pid}-${Date.now()}}`;
  const config = loadConfig({
    REDIS_PREFIX: prefix,
    FETCH_ALLOW_PRIVATE_HOSTS: 'localhost',
    FETCH_ALLOWED_PORTS: String(site.port),
    LOG_LEVEL: 'silent',
    BRIEF_ENGINE: 'offline',
    DISCORD_TOKEN: 'test-bot-token',
    DISCORD_APPLICATION_ID: fake.applicationId,
    DISCORD_API_URL: fake.apiUrl,
    ...environment,
  });
  const logger =
    options.logger ??
    (process.env.NB_TEST_LOGS === '1'
      ? createPinoLogger({ level: 'debug', destination: 'stderr' })
      : silentLogger);
  const service = await createService(config, logger);
  registerDiscordPublisher(service);
  const worker = await startWorkerRole(service, {
    lockDurationMs: 3_000,
    stalledIntervalMs: 1_000,
  });
  const bot = await startDiscordBot(service);
  return {
    config,
    fake,
    site,
    service,
    worker,
    bot,
    interact(payload) {
      fake.registerInteraction(payload.token, payload.channel_id);
      fake.gateway.dispatch('INTERACTION_CREATE', payload);
    },
    async close() {
      await bot.close();
      await worker.close();
      for (const queue of Object.values(service.queues.queues))
        await queue.obliterate({ force: true }).catch(() => undefined);
      await service.close();
      await fake.close();
      await site.close();
      await deleteKeys(prefix);
    },
  };
}

/** Polls until `find` returns something, or fails after `timeoutMs` with what was recorded. */
export async function waitForCall(
  calls: readonly RecordedCall[],
  find: (call: RecordedCall) => boolean,
  timeoutMs = 15_000,
): Promise<RecordedCall> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const found = calls.find(find);
    if (found !== undefined) return found;
    if (Date.now() > deadline) {
      const seen = calls.map((call) => `${call.method} ${call.path} ${call.status}`).join('\n');
      throw new Error(`no matching Discord call within ${timeoutMs} ms; saw:\n${seen}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

export async function waitUntil(
  check: () => boolean | Promise<boolean>,
  timeoutMs = 15_000,
  what = 'condition',
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

/** Undoes discord.js-style markdown escaping, to compare rendered quotes with the article. */
export function unescapeMarkdown(text: string): string {
  return text.replace(/\\([*_~`|>#\-\\[\]()])/g, '$1');
}
