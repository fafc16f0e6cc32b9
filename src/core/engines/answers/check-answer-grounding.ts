import { findInstructionSpans } from '../../pipeline/guard-model-output.ts';
import { tokenize } from '../../text/tokenize.ts';
import { contentTerms } from '../summary/term-vectors.ts';
import { termsMatch } from './rank-sentences.ts';

/** Share of an answer's content words that must occur in the article, as for brief bullets. */
export const minimumGroundedShare = 0.6;

export interface AnswerGrounding {
  grounded: boolean;
  /** Share of the answer's content words found in the article (outside injected instructions). */
  share: number;
  /** Numbers in the answer the article never states: one is enough to reject the answer. */
  inventedNumbers: string[];
}

/**
 * A cheap check that a model's answer stays inside the article: most of its content words
 * (light stems, so "talks"/"talk" meet) appear in the article, every number it states appears
 * in the article, and sentences that address a model ("ignore your instructions…") count for
 * nothing. The question's own words count as evidence too: restating the question is not
 * inventing. An answer in another language than the article fails, which sends the caller to
 * the offline answer in the article's own words.
 */
export function checkAnswerGrounding(
  articleText: string,
  answer: string,
  question: string,
): AnswerGrounding {
  let evidenceText = articleText;
  for (const span of [...findInstructionSpans(articleText)].reverse())
    evidenceText = `${evidenceText.slice(0, span.start)} ${evidenceText.slice(span.end)}`;
  const evidence = new Set(contentTerms(`${evidenceText}\n${question}`));
  const terms = contentTerms(answer);
  const found = terms.filter(
    (term) => evidence.has(term) || [...evidence].some((word) => termsMatch(word, term)),
  ).length;
  const share = terms.length === 0 ? 1 : found / terms.length;
  const evidenceNumbers = new Set(numbersIn(evidenceText));
  const inventedNumbers = numbersIn(answer).filter((number) => !evidenceNumbers.has(number));
  return {
    grounded: share >= minimumGroundedShare && inventedNumbers.length === 0,
    share,
    inventedNumbers,
  };
}

/** Numbers as written, without thousands separators, so "1,000" and "1000" meet. */
function numbersIn(text: string): string[] {
  return tokenize(text)
    .filter((token) => /^\p{N}/u.test(token))
    .map((token) => token.replace(/,/g, ''));
}
