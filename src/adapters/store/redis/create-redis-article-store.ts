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

/**
 * Articles on Redis by id (content hash), kept 30 days by default, with a URL → id index that
 * expires with them. Article and index are written in one MULTI so a reader never finds an
 * index entry whose article was never written.
 */
export function createRedisArticleStore(
  redis: RedisClient,
  options: RedisStoreOptions,
): UrlIndexedArticleStore {
  const { prefix, ttlSeconds, logger } = resolveStoreOptions(options, 30 * secondsPerDay);
  const articleKey = (articleId: string) => `${prefix}:article:${articleId}`;
  const urlKey = (url: string) => `${prefix}:article-url:${hashKeyPart(url)}`;

  async function get(articleId: string): Promise<Article | undefined> {
    const stored = await redis.get(articleKey(articleId));
    return parseStoredJson(articleSchema, stored, logger, { store: 'article', articleId });
  }

  return {
    get,
    async put(article) {
      const transaction = redis
        .multi()
        .set(articleKey(article.id), JSON.stringify(article), 'EX', ttlSeconds);
      for (const url of articleUrls(article)) {
        transaction.set(urlKey(url), article.id, 'EX', ttlSeconds);
      }
      await execTransaction(transaction);
    },
    async findByUrl(url) {
      const articleId = await redis.get(urlKey(url));
      if (articleId === null) return undefined;
      return get(articleId);
    },
  };
}
