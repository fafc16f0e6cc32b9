import type { FeedProbe } from '../../../core/ports/feed-probe.ts';
import type { PageFetcher } from '../../../core/ports/page-fetcher.ts';
import { findFeedLinks } from './find-feed-links.ts';
import { parseFeed } from './parse-feed.ts';

const pageTypes = new Set(['text/html', 'application/xhtml+xml']);

/**
 * The FeedProbe port on the SSRF-safe fetcher: one GET that accepts a feed or a page, then
 * either the feed parser or the page's advertised feed links. A plain-text body is tried as a
 * feed, since some servers send RSS as text/plain.
 */
export function createFeedProbe(dependencies: { fetcher: PageFetcher }): FeedProbe {
  return {
    async probe(url, signal) {
      const page = await dependencies.fetcher.fetchPage({
        url,
        purpose: 'feed-or-page',
        ...(signal === undefined ? {} : { signal }),
      });
      if (pageTypes.has(page.contentType) && !looksLikeFeed(page.body)) {
        return {
          kind: 'page',
          url,
          finalUrl: page.finalUrl,
          ...findFeedLinks(page.body, page.finalUrl),
        };
      }
      const document = parseFeed(page.body, page.contentType, { baseUrl: page.finalUrl });
      return { kind: 'feed', url, finalUrl: page.finalUrl, document };
    },
  };
}

/** A feed served as text/html (it happens): its first element names it. */
function looksLikeFeed(body: string): boolean {
  const start = body
    .replace(/^\uFEFF/, '')
    .trimStart()
    .slice(0, 512)
    .toLowerCase();
  return /^(<\?xml[^>]*>\s*)?(<!--[\s\S]*?-->\s*)*<(rss|feed|rdf:rdf)\b/.test(start);
}
