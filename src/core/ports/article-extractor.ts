/** The readable part of an HTML page, before cleaning. */
export interface ExtractedPage {
  title: string;
  byline?: string;
  publishedAt?: string;
  siteName?: string;
  language?: string;
  canonicalUrl?: string;
  /** Body text, paragraphs separated by a blank line. */
  text: string;
  /** True when the page marks itself as paywalled or shows a paywall stub. */
  paywalled: boolean;
}

/**
 * Turns HTML into an article body. Fails with AppError code not-an-article when the page
 * has no readable article (a home page, a login wall, an error page).
 */
export interface ArticleExtractor {
  extract(html: string, url: string): ExtractedPage;
}
