import type { Article } from '../model/article.ts';
import type { ArticleExtractor } from '../ports/article-extractor.ts';
import type { PageFetcher } from '../ports/page-fetcher.ts';
import { buildArticleFromHtml } from './build-article-from-html.ts';
import { buildArticleFromText } from './build-article-from-text.ts';
import { noArticleText } from './page-errors.ts';

export interface FetchArticleDependencies {
  fetcher: PageFetcher;
  extractor: ArticleExtractor;
}

/** Fetches a URL safely and turns the page into an Article. */
export async function fetchArticle(
  dependencies: FetchArticleDependencies,
  url: string,
  signal?: AbortSignal,
): Promise<Article> {
  const page = await dependencies.fetcher.fetchPage({
    url,
    purpose: 'page',
    ...(signal === undefined ? {} : { signal }),
  });
  const source = {
    origin: 'page',
    completeness: 'full',
    location: url,
    canonicalUrl: page.finalUrl,
  } as const;
  if (page.contentType === 'text/plain') return buildArticleFromText(page.body, source);
  // An empty page is the site's fault, not the reader's input: say so in the page's terms.
  if (page.body.trim() === '') throw noArticleText({ url, reason: 'empty-body' });
  return buildArticleFromHtml(dependencies, page.body, source);
}
