import type { Article } from '../model/article.ts';
import type { Brief } from '../model/brief.ts';

/** Articles by id (content hash). */
export interface ArticleStore {
  get(articleId: string): Promise<Article | undefined>;
  put(article: Article): Promise<void>;
}

/**
 * The brief cache: "summarize once, post many". Keys come from briefCacheKey() and include
 * the text hash, prompt id and version, model and options.
 */
export interface BriefStore {
  get(cacheKey: string): Promise<Brief | undefined>;
  put(cacheKey: string, brief: Brief): Promise<void>;
}
