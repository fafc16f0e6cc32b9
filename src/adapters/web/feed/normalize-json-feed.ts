import type { JsonFeed } from 'feedsmith';
import type { FeedDocument, FeedItem } from '../../../core/model/feed.ts';
import type { FeedText, RawFeedItem } from './build-feed-item.ts';
import { buildFeedItem, resolveLink } from './build-feed-item.ts';

function plain(value: string | undefined): FeedText | undefined {
  return value === undefined ? undefined : { value, html: false };
}

function rawItem(item: JsonFeed.Item<string>, feedAuthor: string | undefined): RawFeedItem {
  const content =
    item.content_html === undefined
      ? plain(item.content_text)
      : { value: item.content_html, html: true };
  return {
    // Some generators write numeric ids; identity is the text either way.
    guid: item.id === undefined ? undefined : String(item.id),
    link: item.url ?? item.external_url,
    title: plain(item.title),
    summary: plain(item.summary),
    content,
    published: item.date_published ?? item.date_modified,
    author: item.authors?.[0]?.name ?? feedAuthor,
  };
}

/** JSON Feed 1.0 / 1.1 → FeedDocument (1.0's single `author` arrives as `authors`). */
export function normalizeJsonFeed(feed: JsonFeed.Feed<string>, baseUrl?: string): FeedDocument {
  const siteUrl = resolveLink(feed.home_page_url, baseUrl);
  const feedAuthor = feed.authors?.[0]?.name;
  const items = (feed.items ?? [])
    .map((item) => buildFeedItem(rawItem(item, feedAuthor), baseUrl ?? siteUrl))
    .filter((item): item is FeedItem => item !== undefined);
  return {
    title: (feed.title ?? '').replace(/\s+/g, ' ').trim(),
    ...(siteUrl === undefined ? {} : { siteUrl }),
    format: 'json',
    items,
  };
}
