import type { ChainableCommander } from 'ioredis';
import type { RedisClient } from '../../redis/redis-client.ts';
import { articleSchema, type Article } from '../../../core/model/article.ts';
import { articleUrls, type UrlIndexedArticleStore } from '../url-indexed-article-store.ts';
import {
  execTransaction,
  hashKeyPart,
  parseStoredJson,
  resolveStoreOptions,
  secondsPerDay,
  type RedisStoreOptions,
} from './redis-store-support.ts';

/** Articles and their URL index live 30 days unless a store is given another lifetime. */
export const articleTtlSeconds = 30 * secondsPerDay;
export const articleKeyOf = (prefix: string, articleId: string) => `${prefix}:article:${articleId}`;
const articleUrlKeyOf = (prefix: string, url: string) =>
  `${prefix}:article-url:${hashKeyPart(url)}`;

/** Adds the article and its URL index to a MULTI (the store's put, or a pipeline step's batch). */
export function stageArticlePut(
  transaction: ChainableCommander,
  prefix: string,
  article: Article,
  ttlSeconds = articleTtlSeconds,
): ChainableCommander {
  transaction.set(articleKeyOf(prefix, article.id), JSON.stringify(article), 'EX', ttlSeconds);
  for (const url of articleUrls(article)) {
    transaction.set(articleUrlKeyOf(prefix, url), article.id, 'EX', ttlSeconds);
  }
  return transaction;
}

/**
 * Articles on Redis by id (content hash), kept 30 days by default, with a URL → id index that
 * expires with them. Article and index are written in one MULTI so a reader never finds an
 * index entry whose article was never written.
 */
export function createRedisArticleStore(
  redis: RedisClient,
  options: RedisStoreOptions,
): UrlIndexedArticleStore {
  const { prefix, ttlSeconds, logger } = resolveStoreOptions(options, articleTtlSeconds);
  const articleKey = (articleId: string) => articleKeyOf(prefix, articleId);
  const urlKey = (url: string) => articleUrlKeyOf(prefix, url);

  async function get(articleId: string): Promise<Article | undefined> {
    const stored = await redis.get(articleKey(articleId));
    return parseStoredJson(articleSchema, stored, logger, { store: 'article', articleId });
  }

  return {
    get,
    async put(article) {
      await execTransaction(stageArticlePut(redis.multi(), prefix, article, ttlSeconds));
    },
    async findByUrl(url) {
      const articleId = await redis.get(urlKey(url));
      if (articleId === null) return undefined;
      return get(articleId);
    },
  };
}
