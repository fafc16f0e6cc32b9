import type { FeedReader } from '../../../core/ports/feed-reader.ts';
import { readFeed, type ReadFeedDependencies } from './read-feed.ts';

/**
 * The FeedReader port on the SSRF-safe fetcher: conditional GET from the stored state, then
 * RSS / Atom / RDF / JSON Feed parsing into one document shape.
 */
export function createFeedReader(dependencies: ReadFeedDependencies): FeedReader {
  return {
    readFeed: (state, url, signal) => readFeed(dependencies, state, url, signal),
  };
}
