import type { Article } from '../../core/model/article.ts';
import type { ArticleStore } from '../../core/ports/stores.ts';

/**
 * The article store plus a lookup by URL, so a link already read is not fetched again. Kept
 * outside the core port: only the adapters that index URLs offer it.
 */
export interface UrlIndexedArticleStore extends ArticleStore {
  /** The stored article whose canonical URL, or the http(s) address it was read from, is exactly `url`. */
  findByUrl(url: string): Promise<Article | undefined>;
}

/** The URLs an article can be found by: its canonical link and the http(s) address it was read from. */
export function articleUrls(article: Article): string[] {
  const urls = new Set<string>();
  if (article.source.canonicalUrl !== undefined) urls.add(article.source.canonicalUrl);
  if (/^https?:\/\//i.test(article.source.location)) urls.add(article.source.location);
  return [...urls];
}
