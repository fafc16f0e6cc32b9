import type { Article } from '../../../src/core/model/article.ts';
import type { Brief } from '../../../src/core/model/brief.ts';
import type { KeyQuote } from '../../../src/core/model/quote.ts';
import { loadStoryFixtures } from '../../fixtures/stories/load-story-fixtures.ts';

const { articles } = loadStoryFixtures();

/** An article from the story test set, optionally with a sentence added (e.g. a quote). */
export function fixtureArticle(
  id: string,
  options: { append?: string; completeness?: Article['source']['completeness'] } = {},
): Article {
  const item = articles.find((candidate) => candidate.articleId === id);
  if (item === undefined) throw new Error(`no fixture ${id}`);
  return {
    id,
    title: item.title,
    text: options.append === undefined ? item.text : `${item.text} ${options.append}`,
    ...(item.publishedAt === undefined ? {} : { publishedAt: item.publishedAt }),
    ...(item.siteName === undefined ? {} : { siteName: item.siteName }),
    source: {
      origin: 'page',
      completeness: options.completeness ?? 'full',
      location: item.url ?? `fixtures/${id}.txt`,
    },
  };
}

/** A key quote located in the article text, as verifyQuotes would produce it. */
export function keyQuote(
  article: Article,
  text: string,
  speaker: string,
  group?: number,
): KeyQuote {
  const start = article.text.indexOf(text);
  if (start < 0) throw new Error(`"${text}" is not in ${article.id}`);
  return {
    text,
    speaker,
    start,
    end: start + text.length,
    ...(group === undefined ? {} : { group }),
  };
}

export function briefFor(article: Article, keyQuotes: KeyQuote[] = [], bullets?: string[]): Brief {
  return {
    articleId: article.id,
    headline: article.title,
    bullets: bullets ?? [article.text.split('. ')[0] ?? article.text],
    keyQuotes,
    engine: { name: 'offline' },
    options: { length: 'standard' },
    droppedQuotes: 0,
    createdAt: '2026-03-19T00:00:00.000Z',
    fromCache: false,
  };
}
