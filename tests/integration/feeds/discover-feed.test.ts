import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFeedProbe } from '../../../src/adapters/web/feed/create-feed-probe.ts';
import { createSafePageFetcher } from '../../../src/adapters/web/safe-fetch/create-safe-page-fetcher.ts';
import { discoverFeed } from '../../../src/core/pipeline/feeds/discover-feed.ts';
import { startLocalHttpServer, type LocalHttpServer } from '../../fakes/local-http-server.ts';

let site: LocalHttpServer;
const hanging = new Set<() => void>();

beforeAll(async () => {
  site = await startLocalHttpServer((request, response) => {
    if (request.url === '/') {
      response
        .writeHead(200, { 'content-type': 'text/html' })
        .end(
          '<html><head>' +
            '<link rel="alternate" type="application/rss+xml" title="Slow" href="/slow.xml">' +
            '<link rel="alternate" type="application/rss+xml" title="Quick" href="/quick.xml">' +
            '<link rel="alternate" type="application/rss+xml" title="Not a feed" href="/page.xml">' +
            '</head></html>',
        );
      return;
    }
    if (request.url === '/quick.xml') {
      response
        .writeHead(200, { 'content-type': 'application/rss+xml' })
        .end('<rss version="2.0"><channel><title>Quick</title></channel></rss>');
      return;
    }
    if (request.url === '/page.xml') {
      response.writeHead(200, { 'content-type': 'text/html' }).end('<html><body>Hi</body></html>');
      return;
    }
    // /slow.xml never answers until the test ends.
    hanging.add(() => response.destroy());
  });
});

afterAll(async () => {
  for (const release of hanging) release();
  await site.close();
});

describe('discoverFeed with the real probe and safe fetcher', () => {
  it('skips an advertised feed that does not answer in time and one that is a page, keeping the one that reads', async () => {
    const fetcher = createSafePageFetcher({
      allowPrivateHosts: ['localhost'],
      allowedPorts: [site.port],
      totalTimeoutMs: 60_000,
    });
    const found = await discoverFeed({ probe: createFeedProbe({ fetcher }) }, site.url('/'), {
      candidateTimeoutMs: 500,
    });
    expect(found).toMatchObject({
      feedUrl: site.url('/quick.xml'),
      foundBy: 'advertised',
      advertisedCount: 3,
      document: { title: 'Quick' },
    });
    expect(site.requests).toEqual(expect.arrayContaining(['/slow.xml', '/quick.xml', '/page.xml']));
  });
});
