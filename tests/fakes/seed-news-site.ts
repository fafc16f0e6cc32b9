import { readFileSync } from 'node:fs';
import { startLocalHttpServer, type LocalHttpServer } from './local-http-server.ts';

/** The owner's seed article, as the file holds it. */
export const seedText = readFileSync(
  new URL('../../seeds/putin-trump-ukraine-2024-11-28.txt', import.meta.url),
  'utf8',
);

/** The seed's headline: the first line of the file. */
export const seedTitle = seedText.split('\n')[0] ?? '';

/** The seed as a news page, the way a site would serve it. */
export function seedAsHtml(): string {
  const [title = '', ...rest] = seedText.split('\n');
  const paragraphs = rest
    .filter((line) => line.trim() !== '')
    .map((line) => `<p>${line}</p>`)
    .join('\n');
  return `<!doctype html><html lang="en"><head><title>${title}</title></head><body><article><h1>${title}</h1>${paragraphs}</article></body></html>`;
}

/**
 * An RSS feed with one item, the seed story at `storyUrl`. The item carries only a teaser, so
 * a digest reads the article from its page, as it does for most news feeds.
 */
export function seedFeedXml(storyUrl: string): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel>
<title>Seed News</title><link>${storyUrl}</link><description>The seed story</description>
<item>
<title>${seedTitle}</title>
<link>${storyUrl}</link>
<guid isPermaLink="true">${storyUrl}</guid>
<pubDate>${new Date().toUTCString()}</pubDate>
<description>Putin says he is confident Trump can navigate the Ukraine crisis.</description>
</item>
</channel></rss>`;
}

/** A feed with no items: every digest of it says "Nothing new since …". */
export const emptyFeedXml = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel>
<title>Quiet News</title><link>http://localhost/</link><description>Nothing happens here</description>
</channel></rss>`;

/**
 * A local news site serving the seed at /story, and a feed of it at /feed.xml and at any
 * /feeds/<name>.xml (a feed URL of its own per test, since arrivals are kept per feed URL),
 * an empty feed at /empty-feeds/<name>.xml; 404 for everything else.
 */
export function startSeedNewsSite(): Promise<LocalHttpServer> {
  return startLocalHttpServer((request, response) => {
    const path = request.url ?? '';
    if (path === '/story') {
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      response.end(seedAsHtml());
      return;
    }
    if (path === '/feed.xml' || /^\/feeds\/[\w-]+\.xml$/.test(path)) {
      response.writeHead(200, { 'content-type': 'application/rss+xml; charset=utf-8' });
      // The host the reader asked for (localhost:PORT, the allow-listed name).
      response.end(seedFeedXml(`http://${request.headers.host ?? 'localhost'}/story`));
      return;
    }
    if (/^\/empty-feeds\/[\w-]+\.xml$/.test(path)) {
      response.writeHead(200, { 'content-type': 'application/rss+xml; charset=utf-8' });
      response.end(emptyFeedXml);
      return;
    }
    response.writeHead(404, { 'content-type': 'text/html' });
    response.end('<html><body>Not found</body></html>');
  });
}
