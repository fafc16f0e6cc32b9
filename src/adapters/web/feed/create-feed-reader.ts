import type { FeedReader } from '../../../core/ports/feed-reader.ts';
import type { PageFetcher } from '../../../core/ports/page-fetcher.ts';
import { readFeed } from './read-feed.ts';

/**
 * The FeedReader port on the SSRF-safe fetcher: conditional GET from the stored state, then
 * RSS / Atom / RDF / JSON Feed parsing into one document shape.
 */
export function createFeedReader(dependencies: { fetcher: PageFetcher }): FeedReader {
  return {
    readFeed: (state, url, signal) => readFeed(dependencies, state, url, signal),
  };
}
