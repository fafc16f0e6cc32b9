import type { FeedDocument } from '../model/feed.ts';

/** A feed a page names in `<link rel="alternate" type="application/rss+xml" …>` (or Atom, JSON Feed). */
export interface AdvertisedFeed {
  /** Absolute http(s) URL, resolved against the page. */
  url: string;
  title?: string;
}

/** What one address turned out to be when read. */
export type ProbedAddress =
  | { kind: 'feed'; url: string; finalUrl: string; document: FeedDocument }
  | {
      kind: 'page';
      url: string;
      finalUrl: string;
      title?: string;
      /** In the page's own order: sites list their main feed first. */
      advertisedFeeds: AdvertisedFeed[];
    };

/**
 * Reads an address someone pasted to subscribe: a feed is parsed, an HTML page is searched for
 * the feeds it advertises. Throws the fetcher's AppErrors (unreachable, blocked, 404, an image
 * …) and 'feed-invalid' for a body that is a feed format but not a feed.
 */
export interface FeedProbe {
  probe(url: string, signal?: AbortSignal): Promise<ProbedAddress>;
}
