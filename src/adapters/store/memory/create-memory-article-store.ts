import type { Article } from '../../../core/model/article.ts';
import { articleUrls, type UrlIndexedArticleStore } from '../url-indexed-article-store.ts';
import { copyOf, createBoundedMap } from './bounded-map.ts';

/** Articles in memory by id with a URL index, bounded for long CLI sessions. */
export function createMemoryArticleStore(maxEntries = 500): UrlIndexedArticleStore {
  const idsByUrl = new Map<string, string>();
  const articles = createBoundedMap<Article>(maxEntries, (articleId, article) => {
    for (const url of articleUrls(article)) {
      if (idsByUrl.get(url) === articleId) idsByUrl.delete(url);
    }
  });
  async function get(articleId: string): Promise<Article | undefined> {
    const article = articles.get(articleId);
    return article === undefined ? undefined : copyOf(article);
  }
  return {
    get,
    async put(article) {
      articles.set(article.id, copyOf(article));
      for (const url of articleUrls(article)) idsByUrl.set(url, article.id);
    },
    async findByUrl(url) {
      const articleId = idsByUrl.get(url);
      return articleId === undefined ? undefined : get(articleId);
    },
  };
}
