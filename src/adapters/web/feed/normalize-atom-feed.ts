import type { AtomFeed } from 'feedsmith';
import type { FeedDocument, FeedItem } from '../../../core/model/feed.ts';
import type { FeedText, RawFeedItem } from './build-feed-item.ts';
import { buildFeedItem, plainTextOf, resolveLink } from './build-feed-item.ts';

type AtomLink = AtomFeed.Link<string>;

/** Atom text constructs: "text" (the default) is literal, "html" and "xhtml" are markup. */
function atomText(text: AtomFeed.Text | AtomFeed.Content | undefined): FeedText | undefined {
  if (text?.value === undefined) return undefined;
  const type = (text.type ?? 'text').toLowerCase();
  if (type === 'html' || type === 'xhtml' || type.endsWith('/html') || type.endsWith('+xml')) {
    return { value: text.value, html: true };
  }
  if (type === 'text' || type.startsWith('text/')) return { value: text.value, html: false };
  return undefined;
}

/** The entry's web page: rel="alternate" (the default), preferring an HTML type. */
function alternateLink(links: readonly AtomLink[] | undefined): string | undefined {
  const alternates = (links ?? []).filter((link) => (link.rel ?? 'alternate') === 'alternate');
  const html = alternates.find((link) => link.type === undefined || link.type.includes('html'));
  return (html ?? alternates[0])?.href;
}

function rawEntry(entry: AtomFeed.Entry<string>, feedAuthor: string | undefined): RawFeedItem {
  return {
    guid: entry.id,
    link: alternateLink(entry.links),
    title: atomText(entry.title),
    summary: atomText(entry.summary),
    // Content with src points elsewhere; there is no text to read here.
    content: entry.content?.src === undefined ? atomText(entry.content) : undefined,
    published: entry.published ?? entry.updated,
    author: entry.authors?.[0]?.name ?? feedAuthor,
  };
}

/**
 * Atom 0.3 / 1.0 → FeedDocument. Links resolve against xml:base (entry, then feed), then the
 * feed's own URL, as RFC 4287 asks.
 */
export function normalizeAtomFeed(feed: AtomFeed.Feed<string>, baseUrl?: string): FeedDocument {
  const feedBase = resolveLink(feed.xml?.base, baseUrl) ?? baseUrl;
  const siteUrl = resolveLink(alternateLink(feed.links), feedBase);
  const feedAuthor = feed.authors?.[0]?.name;
  const items = (feed.entries ?? [])
    .map((entry) => {
      const entryBase = resolveLink(entry.xml?.base, feedBase) ?? feedBase;
      return buildFeedItem(rawEntry(entry, feedAuthor), entryBase);
    })
    .filter((item): item is FeedItem => item !== undefined);
  return {
    title: plainTextOf(atomText(feed.title)),
    ...(siteUrl === undefined ? {} : { siteUrl }),
    format: 'atom',
    items,
  };
}
