import type { RssFeed } from 'feedsmith';
import type { FeedDocument, FeedItem } from '../../../core/model/feed.ts';
import type { RawFeedItem } from './build-feed-item.ts';
import { buildFeedItem, plainTextOf, resolveLink } from './build-feed-item.ts';

/** RSS says a guid is a permalink unless isPermaLink="false"; only trust it if it is a URL. */
function permalinkOf(guid: RssFeed.Guid | undefined): string | undefined {
  if (guid?.value === undefined || guid.isPermaLink === false) return undefined;
  return /^https?:\/\//i.test(guid.value.trim()) ? guid.value : undefined;
}

function rawItem(item: RssFeed.Item<string>): RawFeedItem {
  const firstAuthor = item.authors?.[0];
  return {
    guid: item.guid?.value,
    link: item.link ?? permalinkOf(item.guid),
    // RSS titles and descriptions are HTML in practice (entities, <b>, CDATA).
    title: item.title === undefined ? undefined : { value: item.title, html: true },
    summary: item.description === undefined ? undefined : { value: item.description, html: true },
    content:
      item.content?.encoded === undefined ? undefined : { value: item.content.encoded, html: true },
    published: item.pubDate ?? item.dc?.dates?.[0],
    author: firstAuthor?.name ?? item.dc?.creators?.[0] ?? firstAuthor?.email,
  };
}

/**
 * RSS 0.9x / 2.0 → FeedDocument. Relative item links resolve against the channel's link
 * (itself resolved against the feed's URL), falling back to the feed's URL.
 */
export function normalizeRssFeed(feed: RssFeed.Feed<string>, baseUrl?: string): FeedDocument {
  const siteUrl = resolveLink(feed.link, baseUrl);
  const itemBase = siteUrl ?? baseUrl;
  const items = (feed.items ?? [])
    .map((item) => buildFeedItem(rawItem(item), itemBase))
    .filter((item): item is FeedItem => item !== undefined);
  return {
    title: plainTextOf(feed.title === undefined ? undefined : { value: feed.title, html: true }),
    ...(siteUrl === undefined ? {} : { siteUrl }),
    format: 'rss',
    items,
  };
}
