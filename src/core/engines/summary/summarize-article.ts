import type { BriefLength } from '../../model/brief.ts';
import { splitSentences } from '../../text/sentences.ts';
import { makeHeadline } from './make-headline.ts';
import type { ScoredSentence } from './score-sentences.ts';
import { scoreSentences } from './score-sentences.ts';
import { cosine } from './term-vectors.ts';

/** One summary bullet: a verbatim sentence of the article, `text === article.text.slice(start, end)`. */
export interface SummaryBullet {
  text: string;
  start: number;
  end: number;
}

export interface ArticleSummary {
  headline: string;
  bullets: SummaryBullet[];
}

const bulletCounts = { short: 3, standard: 4, detailed: 5 } as const satisfies Record<
  BriefLength,
  number
>;
/** Long articles are summarised from their first sentences; keeps ranking O(n²) with small n. */
const maximumSentences = 150;
/** Two sentences this similar state the same fact; the later pick is skipped. */
const redundancyLimit = 0.55;
const redundancyWeight = 0.3;
/** A pronoun or connective opener reads wrongly without its previous sentence. */
const danglingFactor = 0.55;

/**
 * Extractive summary of a news article: a headline and 3–5 bullets that are verbatim
 * sentences of the text (so never invented), with offsets, in article order.
 *
 * Ranking is lead-aware (position, similarity to the whole story and to the title, density of
 * names and numbers); quotations, questions and very short or long sentences are pushed down;
 * a sentence too similar to one already chosen is skipped (MMR). Deterministic.
 */
export function summarizeArticle(
  article: { title: string; text: string },
  options: { length: BriefLength },
): ArticleSummary {
  const sentences = splitSentences(article.text).slice(0, maximumSentences);
  let scored = scoreSentences(article.text, article.title, sentences);
  if (scored.length === 0) {
    // Very short texts: every sentence with a few words may serve.
    const fallback = sentences.filter((sentence) => sentence.text.split(/\s+/).length >= 3);
    scored = fallback.map((sentence, rank) => ({
      sentence,
      vector: new Map(),
      termCounts: new Map(),
      score: 1 / (rank + 1),
      dangling: false,
    }));
  }
  const chosen = selectSentences(scored, bulletCounts[options.length]);
  const bullets = chosen
    .map((item) => item.sentence)
    .sort((left, right) => left.start - right.start)
    .map((sentence) => ({ text: sentence.text, start: sentence.start, end: sentence.end }));
  return {
    headline: makeHeadline(article.title, bullets[0]?.text ?? scored[0]?.sentence.text),
    bullets,
  };
}

/** Greedy maximal-marginal-relevance selection with a penalty for dangling openers. */
function selectSentences(scored: readonly ScoredSentence[], count: number): ScoredSentence[] {
  const chosen: ScoredSentence[] = [];
  const chosenIndexes = new Set<number>();
  const remaining = new Set(scored);
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
      const needsPrevious = candidate.dangling && !chosenIndexes.has(candidate.sentence.index - 1);
      const value =
        candidate.score * (needsPrevious ? danglingFactor : 1) - redundancyWeight * similarity;
      if (value > bestValue) {
        bestValue = value;
        best = candidate;
      }
    }
    if (best === undefined) break;
    chosen.push(best);
    chosenIndexes.add(best.sentence.index);
    remaining.delete(best);
  }
  return chosen;
}
