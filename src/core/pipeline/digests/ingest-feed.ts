import type { FeedState } from '../../model/feed.ts';
import { initialFeedState } from '../../model/feed.ts';
import type { ArticleExtractor } from '../../ports/article-extractor.ts';
import type { Clock } from '../../ports/clock.ts';
import type { FeedReader, FeedReadResult } from '../../ports/feed-reader.ts';
import type { Logger } from '../../ports/logger.ts';
import type { PageFetcher } from '../../ports/page-fetcher.ts';
import type { ArticleStore, FeedArrivalStore, FeedStateStore } from '../../ports/stores.ts';
import { isAppError } from '../../errors.ts';
import { recordFeedFailure } from '../feeds/record-feed-failure.ts';
import { recordFeedSuccess } from '../feeds/record-feed-success.ts';
import { selectNewItems } from '../feeds/select-new-items.ts';
import { articleFromFeedItem } from './article-from-feed-item.ts';
import { mapWithConcurrency } from './map-with-concurrency.ts';

export interface IngestFeedDependencies {
  feedReader: FeedReader;
  feedStates: FeedStateStore;
  feedArrivals: FeedArrivalStore;
  articles: ArticleStore;
  fetcher: PageFetcher;
  extractor: ArticleExtractor;
  clock: Clock;
  logger: Logger;
}

export interface IngestFeedOptions {
  /** Arrival time recorded for the new items (never later than the digest window's end). */
  arrivedAt: string;
  /** Seen-item keys remembered per feed. Default 500. */
  maxSeen?: number;
  /** Newest items taken from one read; older new ones are marked seen and skipped. Default 25. */
  maxItemsPerRead?: number;
  /** Item pages read at once. Default 4. */
  pageConcurrency?: number;
  fullTextCharacters?: number;
  unhealthyAfter?: number;
}

export interface IngestFeedOutcome {
  state: FeedState;
  /** Articles stored for the items that were new in this read. */
  articleIds: string[];
  failed: boolean;
}

/**
 * Reads one feed with a conditional GET, stores an article for every new item and records
 * its arrival, then saves the feed's state. Arrivals are written before the seen-list, so a
 * job that dies in between re-reads the same items on retry instead of losing them. A failed
 * read is counted on the feed's state (unhealthy after a streak), never thrown: one broken
 * feed must not stop the channel's digest.
 */
export async function ingestFeed(
  dependencies: IngestFeedDependencies,
  feedUrl: string,
  options: IngestFeedOptions,
  signal?: AbortSignal,
): Promise<IngestFeedOutcome> {
  const { feedStates, clock, logger } = dependencies;
  const stored = (await feedStates.get(feedUrl)) ?? initialFeedState(feedUrl);
  let read: FeedReadResult;
  try {
    read = await dependencies.feedReader.readFeed(stored, feedUrl, signal);
  } catch (error) {
    if (signal?.aborted === true) throw error;
    const outcome = recordFeedFailure(stored, error, clock.now(), {
      ...(options.unhealthyAfter === undefined ? {} : { unhealthyAfter: options.unhealthyAfter }),
    });
    logger.warn(
      {
        feedUrl,
        code: isAppError(error) ? error.code : 'internal',
        consecutiveFailures: outcome.nextState.consecutiveFailures,
        err: error,
      },
      'feed read failed',
    );
    await feedStates.put(outcome.nextState);
    return { state: outcome.nextState, articleIds: [], failed: true };
  }
  const validators = {
    ...(read.etag === undefined ? {} : { etag: read.etag }),
    ...(read.lastModified === undefined ? {} : { lastModified: read.lastModified }),
  };
  let state = recordFeedSuccess(stored, clock.now(), validators).nextState;
  const articleIds: string[] = [];
  if (read.document !== undefined) {
    const selected = selectNewItems(state, read.document.items, {
      maxSeen: options.maxSeen ?? 500,
    });
    const items = selected.newItems.slice(-(options.maxItemsPerRead ?? 25));
    const feedTitle = read.document.title.trim() === '' ? undefined : read.document.title.trim();
    const articles = await mapWithConcurrency(items, options.pageConcurrency ?? 4, (item) =>
      articleFromFeedItem(
        dependencies,
        item,
        {
          ...(feedTitle === undefined ? {} : { feedTitle }),
          ...(options.fullTextCharacters === undefined
            ? {}
            : { fullTextCharacters: options.fullTextCharacters }),
        },
        signal,
      ),
    );
    for (const [index, article] of articles.entries()) {
      const item = items[index];
      if (article === undefined || item === undefined) continue;
      await dependencies.articles.put(article);
      await dependencies.feedArrivals.add({
        feedUrl,
        itemId: item.id,
        articleId: article.id,
        arrivedAt: options.arrivedAt,
      });
      articleIds.push(article.id);
    }
    state = selected.nextState;
    logger.info({ feedUrl, newItems: items.length, stored: articleIds.length }, 'feed read');
  }
  await feedStates.put(state);
  return { state, articleIds, failed: false };
}
