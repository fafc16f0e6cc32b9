import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/config/load-config.ts';
import { subscriptionIdFor } from '../../../src/core/model/subscription.ts';
import { silentLogger } from '../../../src/core/ports/logger.ts';
import { createConsoleChat } from '../../../src/roles/create-console-chat.ts';
import { createService, type Service } from '../../../src/roles/create-service.ts';
import { startWorkerRole, type WorkerRole } from '../../../src/roles/start-worker-role.ts';
import { startLocalHttpServer, type LocalHttpServer } from '../../fakes/local-http-server.ts';
import { deleteKeys } from '../worker/service-harness.ts';

const prefix = `{nb-subscribe-${process.pid}-${Date.now()}}`;

function rss(title: string, itemCount: number): string {
  const items = Array.from(
    { length: itemCount },
    (_, index) =>
      `<item><title>${title} story ${index + 1}</title><link>http://localhost/${index}</link><guid>${title}-${index}</guid></item>`,
  ).join('');
  return `<?xml version="1.0"?><rss version="2.0"><channel><title>${title}</title>${items}</channel></rss>`;
}

function page(title: string, head = ''): string {
  return `<!doctype html><html><head><title>${title}</title>${head}</head><body><p>${title}</p></body></html>`;
}

/** A site whose pages advertise their feeds: the home page two, the World section its own. */
let advertising: LocalHttpServer;
/** A site that advertises nothing but keeps its feed at /feed.xml. */
let quiet: LocalHttpServer;
/** A site with pages only, and an image. */
let plain: LocalHttpServer;
let closedPort: number;
let service: Service;
let worker: WorkerRole;
const chats: ReturnType<typeof createConsoleChat>[] = [];
const listening: Promise<void>[] = [];

beforeAll(async () => {
  advertising = await startLocalHttpServer((request, response) => {
    const html = { 'content-type': 'text/html; charset=utf-8' };
    const feed = { 'content-type': 'application/rss+xml' };
    switch (request.url) {
      case '/':
        return void response
          .writeHead(200, html)
          .end(
            page(
              'Example News',
              '<link rel="alternate" type="application/rss+xml" title="Example News" href="/feed.xml">' +
                '<link rel="alternate" type="application/rss+xml" title="Example News – World" href="/world/feed.xml">',
            ),
          );
      case '/world/':
        // The site-wide feed first, as many sites do; the section's own is relative.
        return void response
          .writeHead(200, html)
          .end(
            page(
              'World – Example News',
              '<link rel="alternate" type="application/rss+xml" title="Example News" href="/feed.xml">' +
                '<link rel="alternate" type="application/atom+xml" title="World" href="feed.xml">',
            ),
          );
      case '/feed.xml':
        return void response.writeHead(200, feed).end(rss('Example News', 12));
      case '/world/feed.xml':
        return void response.writeHead(200, feed).end(rss('Example News World', 4));
      default:
        return void response.writeHead(404, html).end(page('Not found'));
    }
  });
  quiet = await startLocalHttpServer((request, response) => {
    if (request.url === '/')
      return void response.writeHead(200, { 'content-type': 'text/html' }).end(page('Quiet Blog'));
    if (request.url === '/feed.xml')
      return void response
        .writeHead(200, { 'content-type': 'application/xml' })
        .end(rss('Quiet Blog', 1));
    response.writeHead(404, { 'content-type': 'text/html' }).end(page('Not found'));
  });
  plain = await startLocalHttpServer((request, response) => {
    if (request.url === '/logo.png')
      return void response
        .writeHead(200, { 'content-type': 'image/png' })
        .end(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    if (request.url === '/')
      return void response.writeHead(200, { 'content-type': 'text/html' }).end(page('Plain Site'));
    response.writeHead(404, { 'content-type': 'text/html' }).end(page('Not found'));
  });
  const closed = await startLocalHttpServer(() => undefined);
  closedPort = closed.port;
  await closed.close();
  const ports = [advertising.port, quiet.port, plain.port, closedPort];
  service = await createService(
    loadConfig({
      REDIS_PREFIX: prefix,
      FETCH_ALLOW_PRIVATE_HOSTS: 'localhost',
      FETCH_ALLOWED_PORTS: ports.join(','),
      FETCH_TIMEOUT_MS: '5000',
      LOG_LEVEL: 'silent',
    }),
    silentLogger,
  );
  worker = await startWorkerRole(service, { lockDurationMs: 5_000, stalledIntervalMs: 5_000 });
});

afterAll(async () => {
  for (const chat of chats) chat.session.stop();
  await Promise.all(listening);
  await worker.close();
  for (const queue of Object.values(service.queues.queues))
    await queue.obliterate({ force: true }).catch(() => undefined);
  for (const chat of chats) await chat.close();
  await service.close();
  await Promise.all([advertising.close(), quiet.close(), plain.close()]);
  await deleteKeys(prefix);
});

/**
 * Types `/news subscribe …` in a console channel of its own and returns what the channel showed
 * once "Checking the feed…" was replaced, with the subscription stored for that channel.
 */
async function subscribeIn(channelId: string, line: string) {
  let output = '';
  const chat = createConsoleChat(service, {
    channelId,
    user: { userId: 'local-user', displayName: 'Local User' },
    write: (text) => {
      output += text;
    },
  });
  chats.push(chat);
  listening.push(chat.session.listen());
  await new Promise((resolve) => setTimeout(resolve, 100));
  await chat.session.handleLine(line);
  const started = Date.now();
  while (!/#1 \(updated\) ──\n[\s\S]*\n$/.test(output)) {
    if (Date.now() - started > 20_000) throw new Error(`no outcome in:\n${output}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  const [progress = '', outcome = ''] = output.split('#1 (updated) ──\n');
  const subscription = await service.stores.subscriptions.get(
    subscriptionIdFor({ platform: 'console', workspaceId: 'local', channelId }),
  );
  return { progress, outcome: outcome.replace(/\s+/g, ' ').trim(), subscription };
}

describe('/news subscribe reads the address before following it', () => {
  it('follows a feed address directly, naming the feed and its items, with the schedule', async () => {
    const feedUrl = advertising.url('/feed.xml');
    const { progress, outcome, subscription } = await subscribeIn(
      'direct',
      `/news subscribe ${feedUrl} daily 08:00 Europe/Berlin`,
    );
    expect(progress).toContain('Checking the feed…');
    expect(outcome).toMatch(
      /^Subscribed to \*Example News\* \(12 items now\)\. Digests every day at 08:00 \(Europe\/Berlin\)\./,
    );
    expect(outcome).toMatch(/next digest: /);
    expect(subscription?.feedUrls).toEqual([feedUrl]);
  });

  it('finds the feed a home page advertises with <link rel="alternate">, the first one listed', async () => {
    const { outcome, subscription } = await subscribeIn(
      'home-page',
      `/news subscribe ${advertising.url('/')}`,
    );
    expect(outcome).toContain(
      `Subscribed to *Example News* (12 items now): ${advertising.url('/feed.xml')}, the best match of the 2 feeds that page advertises.`,
    );
    expect(subscription?.feedUrls).toEqual([advertising.url('/feed.xml')]);
  });

  it("prefers a section page's own feed, resolved against the page, over the site-wide one listed first", async () => {
    const { outcome, subscription } = await subscribeIn(
      'section-page',
      `/news subscribe ${advertising.url('/world/')}`,
    );
    expect(outcome).toContain(`Subscribed to *Example News World* (4 items now)`);
    expect(subscription?.feedUrls).toEqual([advertising.url('/world/feed.xml')]);
  });

  it('finds /feed.xml on a site whose page advertises nothing', async () => {
    const { outcome, subscription } = await subscribeIn(
      'common-path',
      `/news subscribe ${quiet.url('/')}`,
    );
    expect(outcome).toContain(
      `Subscribed to *Quiet Blog* (1 item now): ${quiet.url('/feed.xml')}, found on that site (the page advertises no feed).`,
    );
    expect(subscription?.feedUrls).toEqual([quiet.url('/feed.xml')]);
    expect(quiet.requests).toContain('/feed');
  });

  it('says a plain page is not a feed and advertises none, and stores nothing', async () => {
    const { outcome, subscription } = await subscribeIn(
      'plain-page',
      `/news subscribe ${plain.url('/')}`,
    );
    expect(outcome).toBe(
      "That address is not a feed and the page advertises none; paste the feed's address.",
    );
    expect(subscription).toBeUndefined();
  });

  it('says an image is neither a feed nor a page, and stores nothing', async () => {
    const { outcome, subscription } = await subscribeIn(
      'image',
      `/news subscribe ${plain.url('/logo.png')}`,
    );
    expect(outcome).toBe('That link is neither a news feed nor a web page (it is image/png).');
    expect(subscription).toBeUndefined();
  });

  it("answers an unreachable address with the fetcher's sentence, and stores nothing", async () => {
    const { outcome, subscription } = await subscribeIn(
      'unreachable',
      `/news subscribe http://localhost:${closedPort}/feed.xml`,
    );
    expect(outcome).toBe('newsbrief could not connect to that website.');
    expect(subscription).toBeUndefined();
  });
});
