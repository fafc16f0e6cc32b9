import type { Article, ArticleSource } from '../model/article.ts';
import type { ArticleExtractor } from '../ports/article-extractor.ts';
import { AppError } from '../errors.ts';
import { contentHash } from '../text/content-hash.ts';
import { checkInputText } from './check-input-text.ts';
import { cleanArticleText } from './clean-article-text.ts';

export interface BuildArticleFromHtmlDependencies {
  extractor: ArticleExtractor;
}

/**
 * Turns an HTML page into an Article: the readable body is extracted, debris is cleaned, and
 * the source records whether the page looked paywalled.
 */
export async function buildArticleFromHtml(
  dependencies: BuildArticleFromHtmlDependencies,
  html: string,
  source: ArticleSource,
): Promise<Article> {
  checkInputText(html, source.location);
  const baseUrl =
    source.canonicalUrl ??
    (/^https?:/i.test(source.location) ? source.location : 'https://localhost/');
  const page = await dependencies.extractor.extract(html, baseUrl);
  const hints = {
    title: page.title,
    ...(page.byline === undefined ? {} : { byline: page.byline }),
  };
  const cleaned = cleanArticleText(page.text, hints);
  if (cleaned.text.trim().length === 0) {
    throw new AppError({
      code: 'not-an-article',
      userMessage: 'That page does not look like a news article, so there is nothing to summarize.',
    });
  }
  const canonicalUrl = page.canonicalUrl ?? source.canonicalUrl;
  return {
    id: contentHash(cleaned.text),
    title: page.title,
    ...(page.byline === undefined ? {} : { byline: page.byline }),
    ...(page.publishedAt === undefined ? {} : { publishedAt: page.publishedAt }),
    ...(page.siteName === undefined ? {} : { siteName: page.siteName }),
    ...(page.language === undefined ? {} : { language: page.language }),
    text: cleaned.text,
    source: {
      ...source,
      completeness: page.paywalled ? 'paywalled' : source.completeness,
      ...(canonicalUrl === undefined ? {} : { canonicalUrl }),
    },
  };
}
