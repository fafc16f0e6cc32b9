import type { FeedDocument, FeedState } from '../model/feed.ts';

export interface FeedReadResult {
  /** Absent when the server answered 304 Not Modified. */
  document?: FeedDocument;
  notModified: boolean;
  etag?: string;
  lastModified?: string;
  finalUrl: string;
}

/**
 * Reads a feed safely with a conditional GET from its stored state. Fails with AppErrors
 * (feed-invalid, fetch-http-error, url-blocked, input-too-large …) whose userMessage can be
 * shown to the channel that subscribed.
 */
export interface FeedReader {
  readFeed(
    state: FeedState | undefined,
    url: string,
    signal?: AbortSignal,
  ): Promise<FeedReadResult>;
}
