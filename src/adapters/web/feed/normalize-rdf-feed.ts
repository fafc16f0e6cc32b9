import type { RdfFeed } from 'feedsmith';
import type { FeedDocument, FeedItem } from '../../../core/model/feed.ts';
import type { RawFeedItem } from './build-feed-item.ts';
import { buildFeedItem, plainTextOf, resolveLink } from './build-feed-item.ts';

function rawItem(item: RdfFeed.Item<string>): RawFeedItem {
  return {
    // rdf:about is the item's URI: RSS 1.0's only identity besides the link.
    guid: item.rdf?.about,
    link: item.link ?? item.rdf?.about,
    title: item.title === undefined ? undefined : { value: item.title, html: true },
    summary: item.description === undefined ? undefined : { value: item.description, html: true },
    content:
      item.content?.encoded === undefined ? undefined : { value: item.content.encoded, html: true },
    published: item.dc?.dates?.[0],
    author: item.dc?.creators?.[0],
  };
}

/** RDF / RSS 1.0 → FeedDocument; dates and authors come from Dublin Core. */
export function normalizeRdfFeed(feed: RdfFeed.Feed<string>, baseUrl?: string): FeedDocument {
  const siteUrl = resolveLink(feed.link, baseUrl);
  const items = (feed.items ?? [])
    .map((item) => buildFeedItem(rawItem(item), siteUrl ?? baseUrl))
    .filter((item): item is FeedItem => item !== undefined);
  return {
    title: plainTextOf(feed.title === undefined ? undefined : { value: feed.title, html: true }),
    ...(siteUrl === undefined ? {} : { siteUrl }),
    format: 'rdf',
    items,
  };
}
