import { parseHTML } from 'linkedom';
import type { AdvertisedFeed } from '../../../core/ports/feed-probe.ts';

/** The media types of feeds a page may advertise (the ones the feed parser reads). */
const feedLinkTypes = new Set([
  'application/rss+xml',
  'application/atom+xml',
  'application/feed+json',
  'application/rdf+xml',
  'application/x-rss+xml',
  'application/x-atom+xml',
]);

/** The few DOM members read here; linkedom's typings lean on the DOM lib, which is not loaded. */
interface LinkElement {
  getAttribute(name: string): string | null;
}
interface PageDocument {
  readonly title: string;
  querySelector(selector: string): LinkElement | null;
  querySelectorAll(selector: string): ArrayLike<LinkElement>;
}

export interface FeedLinks {
  title?: string;
  advertisedFeeds: AdvertisedFeed[];
}

/**
 * The feeds an HTML page advertises with `<link rel="alternate" type="…" href="…">`, in page
 * order, resolved against `<base href>` or the page's URL; only http(s) links, each once.
 */
export function findFeedLinks(html: string, pageUrl: string): FeedLinks {
  const { document } = parseHTML(html) as unknown as { document: PageDocument };
  const baseHref = document.querySelector('base[href]')?.getAttribute('href') ?? undefined;
  const base = resolve(baseHref ?? pageUrl, pageUrl) ?? pageUrl;
  const advertisedFeeds: AdvertisedFeed[] = [];
  for (const link of Array.from(document.querySelectorAll('link[rel][href]'))) {
    const rel = (link.getAttribute('rel') ?? '').toLowerCase().split(/\s+/);
    const type = (link.getAttribute('type') ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
    if (!rel.includes('alternate') || !feedLinkTypes.has(type)) continue;
    const url = resolve(link.getAttribute('href') ?? '', base);
    if (url === undefined || advertisedFeeds.some((feed) => feed.url === url)) continue;
    const title = link.getAttribute('title')?.replace(/\s+/g, ' ').trim();
    advertisedFeeds.push({ url, ...(title === undefined || title === '' ? {} : { title }) });
  }
  const title = document.title.replace(/\s+/g, ' ').trim();
  return { ...(title === '' ? {} : { title }), advertisedFeeds };
}

function resolve(href: string, base: string): string | undefined {
  try {
    const url = new URL(href.trim(), base);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
    url.hash = '';
    return url.href;
  } catch {
    return undefined;
  }
}
