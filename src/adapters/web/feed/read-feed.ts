import type { FeedState } from '../../../core/model/feed.ts';
import type { FeedReadResult } from '../../../core/ports/feed-reader.ts';
import type { PageFetcher } from '../../../core/ports/page-fetcher.ts';
import type { FeedDocument } from '../../../core/model/feed.ts';
import { parseFeed, type ParseFeedOptions } from './parse-feed.ts';

/** parseFeed's shape, asynchronous so the service can parse in a worker thread. */
export type FeedParser = (
  body: string,
  contentType: string,
  options: ParseFeedOptions,
) => Promise<FeedDocument>;

export interface ReadFeedDependencies {
  fetcher: PageFetcher;
  /** Where the body is parsed; default parseFeed on the calling thread. */
  parse?: FeedParser;
}

export type { FeedReadResult } from '../../../core/ports/feed-reader.ts';

/**
 * Fetches a feed through the safe fetcher with a conditional GET (the stored ETag and
 * Last-Modified, only when the state belongs to this URL) and parses it. Throws the
 * fetcher's AppErrors (fetch-http-error, input-too-large, content-type-unsupported …) and
 * 'feed-invalid' when the body is not a feed.
 */
export async function readFeed(
  deps: ReadFeedDependencies,
  state: FeedState | undefined,
  url: string,
  signal?: AbortSignal,
): Promise<FeedReadResult> {
  const validators = state?.url === url ? state : undefined;
  const page = await deps.fetcher.fetchPage({
    url,
    purpose: 'feed',
    ...(signal === undefined ? {} : { signal }),
    ...(validators?.etag === undefined ? {} : { etag: validators.etag }),
    ...(validators?.lastModified === undefined ? {} : { lastModified: validators.lastModified }),
  });
  const base = {
    finalUrl: page.finalUrl,
    ...(page.etag === undefined ? {} : { etag: page.etag }),
    ...(page.lastModified === undefined ? {} : { lastModified: page.lastModified }),
  };
  if (page.notModified) return { ...base, notModified: true };
  const options = { baseUrl: page.finalUrl };
  const document =
    deps.parse === undefined
      ? parseFeed(page.body, page.contentType, options)
      : await deps.parse(page.body, page.contentType, options);
  return { ...base, notModified: false, document };
}
