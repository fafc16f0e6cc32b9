import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/config/load-config.ts';
import { silentLogger } from '../../../src/core/ports/logger.ts';
import { createConsoleChat } from '../../../src/roles/create-console-chat.ts';
import { createService, type Service } from '../../../src/roles/create-service.ts';
import { startWorkerRole, type WorkerRole } from '../../../src/roles/start-worker-role.ts';
import { startLocalHttpServer, type LocalHttpServer } from '../../fakes/local-http-server.ts';
import { deleteKeys } from './service-harness.ts';

const feedXml = readFileSync(new URL('../../../seeds/feed.xml', import.meta.url), 'utf8');

/**
 * `newsbrief chat` end to end on the real queues and workers: a summary, a thread answer, a
 * subscription whose digest arrives at the scheduler's tick, and bad input. Run on the local
 * Redis (console-chat.test.ts) and on a Redis Cluster (tests/integration/cluster); `environment`
 * is read in beforeAll, after the caller's own hooks have started what it names.
 */
export function describeConsoleChat(
  title: string,
  environment: () => Record<string, string> | Promise<Record<string, string>>,
): void {
  describe(title, () => {
    let site: LocalHttpServer;
    let service: Service;
    let worker: WorkerRole;
    let chat: ReturnType<typeof createConsoleChat>;
    let output = '';
    let listening: Promise<void>;

    async function waitForOutput(pattern: RegExp, timeoutMs = 20_000): Promise<string> {
      const started = Date.now();
      while (Date.now() - started < timeoutMs) {
        const match = pattern.exec(output);
        if (match !== null) return match[0];
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      throw new Error(`no ${pattern} in console output:\n${output}`);
    }

    beforeAll(async () => {
      site = await startLocalHttpServer((_request, response) => {
        response.writeHead(200, { 'content-type': 'application/rss+xml; charset=utf-8' });
        response.end(feedXml);
      });
      const config = loadConfig({
        REDIS_PREFIX: `{nb-console-${process.pid}-${Date.now()}}`,
        FETCH_ALLOW_PRIVATE_HOSTS: 'localhost',
        FETCH_ALLOWED_PORTS: String(site.port),
        FETCH_TIMEOUT_MS: '3000',
        ...(await environment()),
      });
      service = await createService(config, silentLogger);
      worker = await startWorkerRole(service, { lockDurationMs: 5_000, stalledIntervalMs: 5_000 });
      chat = createConsoleChat(service, {
        channelId: 'newsroom',
        user: { userId: 'local-user', displayName: 'Local User' },
        write: (text) => {
          output += text;
        },
      });
      listening = chat.session.listen();
      await new Promise((resolve) => setTimeout(resolve, 200));
    });

    afterAll(async () => {
      chat.session.stop();
      await listening;
      await worker.close();
      for (const queue of Object.values(service.queues.queues))
        await queue.obliterate({ force: true }).catch(() => undefined);
      await chat.close();
      await service.close();
      await site.close();
      await deleteKeys(service.config.REDIS_PREFIX);
    });

    it('summarizes a seed file: progress first, then the brief with quotes and speakers', async () => {
      await chat.session.handleLine('/news summarize seeds/putin-trump-ukraine-2024-11-28.txt');
      await waitForOutput(/Reading the article…/);
      const brief = await waitForOutput(
        /#\d+ \(updated\) ──\nPUTIN SAYS[\s\S]*?Written by the offline extractive engine/,
      );
      expect(brief).toContain('— Keith Kellogg');
      expect(brief).toMatch(/— (Vladimir )?Putin/);
    });

    it('answers a follow-up question in the thread of the latest brief', async () => {
      await chat.session.handleLine('Who did Trump pick as special envoy?');
      const answer = await waitForOutput(/in the thread of #\d+ ──\n[\s\S]*?Kellogg[\s\S]*?engine/);
      expect(answer).toContain('Keith Kellogg');
    });

    it('subscribes the channel to a feed and delivers its digest at the next scheduler tick', async () => {
      await chat.session.handleLine(
        `/news subscribe ${site.url('/feed.xml')} daily 08:00 Europe/Berlin`,
      );
      await waitForOutput(/Checking the feed…/);
      await waitForOutput(/Subscribed to \*Coastal Ledger — Local\* \(5 items now\)\. Digests/);
      const [subscription] = await service.stores.subscriptions.list();
      expect(subscription?.schedule).toMatchObject({ timeZone: 'Europe/Berlin' });
      // Make the next tick come now: the same scheduler, on a per-second pattern.
      await service.scheduler.upsert({
        ...subscription!,
        schedule: { ...subscription!.schedule, cron: '* * * * * *' },
      });
      await waitForOutput(
        /\d+ stor(y|ies) from 1 source since [\s\S]*?HARBOR BRIDGE[\s\S]*?Source/,
        25_000,
      );
      await service.scheduler.remove(subscription!.id);
    });

    it('lists the subscription with its schedule in words, and unsubscribes', async () => {
      await chat.session.handleLine('/news subscriptions');
      await waitForOutput(/feed\.xml[\s\S]*?08:00/);
      await chat.session.handleLine(`/news unsubscribe ${site.url('/feed.xml')}`);
      await waitForOutput(/Unsubscribed this channel from/);
      expect(await service.stores.subscriptions.list()).toEqual([]);
    });

    it('explains bad input in one sentence without leaving the chat', async () => {
      await chat.session.handleLine('/news subscribe ftp://example.com/feed');
      await waitForOutput(/Only http and https links work[\s\S]*?Usage: \/news\s+subscribe/);
      await chat.session.handleLine('/nonsense');
      await waitForOutput(/Commands start with \/news/);
    });
  });
}
