import type { Article } from '../model/article.ts';
import type { BriefLength, BriefOptions } from '../model/brief.ts';
import { escapeDataBlock } from './escape-data-block.ts';
import { languageName } from './language-name.ts';

/** Bullets and quote candidates asked of the model per brief length. */
export const briefCounts: Record<BriefLength, { bullets: number; quotes: number }> = {
  short: { bullets: 3, quotes: 3 },
  standard: { bullets: 4, quotes: 4 },
  detailed: { bullets: 5, quotes: 6 },
};

export type ArticleBriefVariables = {
  title: string;
  article: string;
  bulletCount: string;
  quoteCount: string;
  language: string;
};

/**
 * The variables of the article-brief prompt. `text` defaults to the whole article; the
 * map-reduce path passes one part at a time. Title and text are escaped for the data block.
 */
export function articleBriefVariables(
  article: Pick<Article, 'title' | 'text'>,
  options: BriefOptions,
  text: string = article.text,
): ArticleBriefVariables {
  const counts = briefCounts[options.length];
  return {
    title: escapeDataBlock(article.title),
    article: escapeDataBlock(text),
    bulletCount: String(counts.bullets),
    quoteCount: String(counts.quotes),
    language: languageName(options.language),
  };
}
