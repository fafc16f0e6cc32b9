import type { Article } from '../../model/article.ts';
import type { Brief, BriefOptions } from '../../model/brief.ts';
import type { BriefWriter } from '../../ports/brief-writer.ts';
import type { Clock } from '../../ports/clock.ts';
import type { Logger } from '../../ports/logger.ts';
import type { QuoteVerifier } from '../../ports/quote-verifier.ts';
import type { ArticleStore, BriefStore, FeedArrivalStore } from '../../ports/stores.ts';
import { isAppError } from '../../errors.ts';
import { briefArticle } from '../brief-article.ts';

export interface CollectWindowBriefsDependencies {
  feedArrivals: FeedArrivalStore;
  articles: ArticleStore;
  briefStore: BriefStore;
  writer: BriefWriter;
  fallbackWriter?: BriefWriter;
  clock: Clock;
  logger: Logger;
  quoteVerifier?: QuoteVerifier;
}

export interface WindowBriefs {
  briefs: { article: Article; brief: Brief }[];
}

/**
 * Everything that arrived from the channel's feeds in (windowStart, windowEnd], briefed (from
 * the cache when another channel or an earlier attempt already did). An article that arrived
 * from two feeds is briefed once; one that cannot be briefed is left out and logged rather
 * than holding back the whole digest.
 */
export async function collectWindowBriefs(
  dependencies: CollectWindowBriefsDependencies,
  window: { feedUrls: readonly string[]; windowStart: string; windowEnd: string },
  options: BriefOptions,
  signal?: AbortSignal,
): Promise<WindowBriefs> {
  const { logger } = dependencies;
  const articleIds = new Set<string>();
  for (const feedUrl of window.feedUrls) {
    const arrivals = await dependencies.feedArrivals.listBetween(
      feedUrl,
      window.windowStart,
      window.windowEnd,
    );
    for (const arrival of arrivals) articleIds.add(arrival.articleId);
  }
  const briefs: WindowBriefs['briefs'] = [];
  for (const articleId of articleIds) {
    const article = await dependencies.articles.get(articleId);
    if (article === undefined) {
      logger.warn({ articleId }, 'arrived article is no longer stored; left out of the digest');
      continue;
    }
    try {
      const brief = await briefArticle(dependencies, article, options, signal);
      briefs.push({ article, brief });
    } catch (error) {
      if (signal?.aborted === true) throw error;
      logger.error(
        { articleId, code: isAppError(error) ? error.code : 'internal', err: error },
        'could not brief an arrived article; left out of the digest',
      );
    }
  }
  return { briefs };
}
