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
 * has no readable article (a home page, a login wall, an error page), no-article-text when the
 * body has no element at all, and page-too-complex when the DOM is over the size or depth cap
 * or reading it ran past the time limit. Asynchronous so a service can read pages off the
 * event loop (in a worker thread) while the CLI reads them in process.
 */
export interface ArticleExtractor {
  extract(html: string, url: string): Promise<ExtractedPage>;
}
