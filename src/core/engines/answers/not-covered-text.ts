import type { Article } from '../../model/article.ts';
import { splitSentences } from '../../text/sentences.ts';
import { cleanTitle } from '../summary/make-headline.ts';

/**
 * The explicit answer when the article does not cover a question: "The article doesn't say.
 * It covers: <headline>." Naming what it does cover tells the reader the bot read the right
 * article, and the sentence is ours, never a model's, so nothing injected can ride on it.
 */
export function notCoveredText(article: Pick<Article, 'title' | 'text'>): string {
  const title = cleanTitle(article.title);
  const topic = title !== '' ? title : (splitSentences(article.text)[0]?.text ?? '');
  const trimmed = topic.replace(/\s+/g, ' ').replace(/[.!?…:;,\s]+$/u, '');
  return trimmed === ''
    ? 'The article doesn’t say.'
    : `The article doesn’t say. It covers: ${trimmed}.`;
}
