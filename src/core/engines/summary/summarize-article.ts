import type { BriefLength } from '../../model/brief.ts';
import { splitSentences } from '../../text/sentences.ts';
import { makeHeadline } from './make-headline.ts';
import type { ScoredSentence } from './score-sentences.ts';
import { scoreSentences } from './score-sentences.ts';
import { cosine } from './term-vectors.ts';
import { trimBullet } from './trim-bullet.ts';
import { countWords } from '../../text/words.ts';

/**
 * One summary bullet: a verbatim span of one sentence of the article (the sentence without a
 * leading dateline or a closing attribution), `text === article.text.slice(start, end)`.
 */
export interface SummaryBullet {
  text: string;
  start: number;
  end: number;
}

export interface ArticleSummary {
  headline: string;
  bullets: SummaryBullet[];
}

/**
 * How many bullets each length gives, and for how many words in all a bullet beyond the
 * third may be added. Scored against 3–4 short human highlights (about 50 words), every
 * extra long sentence costs more precision than it adds recall, so "standard" adds its
 * fourth bullet only when a good one still fits in about 90 words.
 */
const lengthPlans = {
  short: { count: 3, wordBudget: Infinity },
  standard: { count: 4, wordBudget: 90 },
  detailed: { count: 5, wordBudget: Infinity },
} as const satisfies Record<BriefLength, { count: number; wordBudget: number }>;
/** Bullets always given when the article has them, whatever their length. */
const minimumBullets = 3;
/**
 * A bullet past the minimum scores at least this share of the best bullet's score: three
 * bullets already run longer than 3–4 human highlights, so a fourth must be a strong one.
 */
const extraBulletFloor = 0.4;
/** Long articles are summarised from their first sentences; keeps ranking O(n²) with small n. */
const maximumSentences = 150;
/** Two sentences this similar state the same fact; the later pick is skipped. */
const redundancyLimit = 0.55;
const redundancyWeight = 0.3;
/** A pronoun or connective opener reads wrongly without its previous sentence. */
const danglingFactor = 0.55;

/**
 * Extractive summary of a news article: a headline and 3–5 bullets that are verbatim spans
 * of its sentences (so never invented), with offsets, in article order.
 *
 * Ranking is lead-aware (position, similarity to the whole story and to the title, density of
 * names and numbers); quotations, questions and very short or long sentences are pushed down;
 * a sentence too similar to one already chosen is skipped (MMR). Deterministic.
 */
export function summarizeArticle(
  article: { title: string; text: string },
  options: { length: BriefLength },
): ArticleSummary {
  // Sentences are ranked without datelines and page furniture that ran into them; a closing
  // attribution is cut only from the bullet shown, as it still says what the sentence is about.
  const sentences = splitSentences(article.text)
    .slice(0, maximumSentences)
    .map((sentence) => ({ ...sentence, ...trimBullet(sentence, { keepAttribution: true }) }));
  let scored = scoreSentences(article.text, article.title, sentences);
  if (scored.length === 0) {
    // Very short texts: every sentence with a few words may serve.
    const fallback = sentences.filter((sentence) => countWords(sentence.text) >= 3);
    scored = fallback.map((sentence, rank) => ({
      sentence,
      vector: new Map(),
      termCounts: new Map(),
      score: 1 / (rank + 1),
      dangling: false,
    }));
  }
  const chosen = selectSentences(scored, lengthPlans[options.length]);
  const bullets = chosen
    .map((item) => item.sentence)
    .sort((left, right) => left.start - right.start)
    .map((sentence) => trimBullet(sentence));
  return {
    headline: makeHeadline(article.title, bullets[0]?.text ?? scored[0]?.sentence.text),
    bullets,
  };
}

/**
 * Greedy maximal-marginal-relevance selection with a penalty for dangling openers. Past the
 * minimum, a candidate that would take the bullets over the word budget is passed over.
 */
function selectSentences(
  scored: readonly ScoredSentence[],
  plan: { count: number; wordBudget: number },
): ScoredSentence[] {
  const words = (item: ScoredSentence): number => wordCount(trimBullet(item.sentence).text);
  const { count, wordBudget } = plan;
  const chosen: ScoredSentence[] = [];
  const chosenIndexes = new Set<number>();
  const remaining = new Set(scored);
  let usedWords = 0;
  let firstValue = 0;
  while (chosen.length < count && remaining.size > 0) {
    let best: ScoredSentence | undefined;
    let bestValue = -Infinity;
    for (const candidate of remaining) {
      const similarity = Math.max(
        0,
        ...chosen.map((item) => cosine(item.termCounts, candidate.termCounts)),
      );
      if (similarity > redundancyLimit) {
        remaining.delete(candidate);
        continue;
      }
      if (chosen.length >= minimumBullets && usedWords + words(candidate) > wordBudget) continue;
      const needsPrevious = candidate.dangling && !chosenIndexes.has(candidate.sentence.index - 1);
      const value =
        candidate.score * (needsPrevious ? danglingFactor : 1) - redundancyWeight * similarity;
      if (value > bestValue) {
        bestValue = value;
        best = candidate;
      }
    }
    if (best === undefined) break;
    // A bullet past the minimum must be worth reading, not merely short enough to fit.
    if (chosen.length >= minimumBullets && bestValue < extraBulletFloor * firstValue) break;
    if (chosen.length === 0) firstValue = bestValue;
    chosen.push(best);
    usedWords += words(best);
    chosenIndexes.add(best.sentence.index);
    remaining.delete(best);
  }
  return chosen;
}

/** Words, by segmenter where the script has no spaces (so a Japanese bullet has a size). */
function wordCount(text: string): number {
  return countWords(text);
}
