import type { Article, ArticleSource } from '../model/article.ts';
import { AppError } from '../errors.ts';
import { contentHash } from '../text/content-hash.ts';
import { checkInputText } from './check-input-text.ts';
import { parsePlainTextArticle } from './parse-plain-text-article.ts';

/**
 * Turns plain text (a .txt file, stdin, pasted text, a text/plain page) into an Article:
 * headline and byline lines are recognised, debris lines are dropped, and every body sentence
 * is kept verbatim.
 */
export function buildArticleFromText(raw: string, source: ArticleSource): Article {
  checkInputText(raw, source.location);
  const parsed = parsePlainTextArticle(raw.replace(/\r\n?/g, '\n'));
  if (parsed.text.trim().length === 0) {
    throw new AppError({
      code: 'not-an-article',
      userMessage: `${source.location} has no article text left after removing page debris.`,
    });
  }
  return {
    id: contentHash(parsed.text),
    title: parsed.title,
    ...(parsed.byline === undefined ? {} : { byline: parsed.byline }),
    ...(parsed.publishedAt === undefined ? {} : { publishedAt: parsed.publishedAt }),
    text: parsed.text,
    source,
  };
}
