import type { Article, ArticleSource } from '../../model/article.ts';
import type { FeedItem } from '../../model/feed.ts';
import type { ArticleExtractor } from '../../ports/article-extractor.ts';
import type { Logger } from '../../ports/logger.ts';
import type { PageFetcher } from '../../ports/page-fetcher.ts';
import { isAppError } from '../../errors.ts';
import { contentHash } from '../../text/content-hash.ts';
import { cleanArticleText } from '../clean-article-text.ts';
import { fetchArticle } from '../fetch-article.ts';

export interface ArticleFromFeedItemDependencies {
  fetcher: PageFetcher;
  extractor: ArticleExtractor;
  logger: Logger;
}

export interface ArticleFromFeedItemOptions {
  /**
   * Feed content at least this long (after cleaning) is taken as the whole article: feeds that
   * send content:encoded usually send the full body, and reading the page again would cost a
   * fetch per item for the same words. Default 600 characters.
   */
  fullTextCharacters?: number;
  /** The feed's own title, used as the outlet name when the page gives none. */
  feedTitle?: string;
}

/**
 * Turns one new feed item into an Article, preferring the most complete text at hand: the
 * feed's full content when it is long enough, else the linked page (fetched safely), else the
 * feed's excerpt, marked partial so the brief says it read only an excerpt. Returns undefined
 * for an item with no words at all.
 */
export async function articleFromFeedItem(
  dependencies: ArticleFromFeedItemDependencies,
  item: FeedItem,
  options: ArticleFromFeedItemOptions = {},
  signal?: AbortSignal,
): Promise<Article | undefined> {
  const fullTextCharacters = options.fullTextCharacters ?? 600;
  const location = item.canonicalUrl ?? item.url;
  const content = cleanFeedText(item, item.contentText);
  if (content !== undefined && content.length >= fullTextCharacters) {
    return feedArticle(item, content, options.feedTitle, {
      // The feed carried the page's own body, so it reads as the page at the item's link.
      origin: location === undefined ? 'feed-excerpt' : 'page',
      completeness: 'full',
      location: location ?? item.id,
      ...(item.canonicalUrl === undefined ? {} : { canonicalUrl: item.canonicalUrl }),
    });
  }
  if (item.url !== undefined) {
    try {
      const article = await fetchArticle(dependencies, item.url, signal);
      return {
        ...article,
        title: article.title.trim() === '' ? item.title : article.title,
        ...(article.publishedAt === undefined && item.publishedAt !== undefined
          ? { publishedAt: item.publishedAt }
          : {}),
        ...(article.siteName === undefined && options.feedTitle !== undefined
          ? { siteName: options.feedTitle }
          : {}),
      };
    } catch (error) {
      if (signal?.aborted === true) throw error;
      // A paywall, a blocked host or a dead link costs this item its full text, not the digest.
      dependencies.logger.warn(
        { url: item.url, code: isAppError(error) ? error.code : 'internal', err: error },
        'could not read the item page; using the feed excerpt',
      );
    }
  }
  const excerpt = content ?? cleanFeedText(item, item.summary);
  if (excerpt === undefined) return undefined;
  return feedArticle(item, excerpt, options.feedTitle, {
    origin: 'feed-excerpt',
    completeness: 'partial',
    location: location ?? item.id,
    ...(item.canonicalUrl === undefined ? {} : { canonicalUrl: item.canonicalUrl }),
  });
}

function cleanFeedText(item: FeedItem, text: string | undefined): string | undefined {
  if (text === undefined || text.trim() === '') return undefined;
  const cleaned = cleanArticleText(text, {
    title: item.title,
    ...(item.author === undefined ? {} : { byline: item.author }),
  }).text.trim();
  return cleaned === '' ? undefined : cleaned;
}

function feedArticle(
  item: FeedItem,
  text: string,
  feedTitle: string | undefined,
  source: ArticleSource,
): Article {
  return {
    id: contentHash(text),
    title: item.title,
    ...(item.author === undefined ? {} : { byline: item.author }),
    ...(item.publishedAt === undefined ? {} : { publishedAt: item.publishedAt }),
    ...(feedTitle === undefined || feedTitle.trim() === '' ? {} : { siteName: feedTitle }),
    text,
    source,
  };
}
