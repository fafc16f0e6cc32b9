import type { QuestionAnalysis } from './analyze-question.ts';
import { holdsShapeAskedFor } from './answer-shapes.ts';
import type { RankedSentence } from './rank-sentences.ts';
import { defaultRankingWeights } from './ranking-weights.ts';

/**
 * "Who won?", "how many cases so far?", "what does the company actually do?": a news story's
 * first sentence states its main fact with everything about it (who, how many, where), so it is
 * long, and BM25's length damping lets a short later sentence that shares a word ("All but one
 * of the cases are in children", "Asked whether the company might sell …") outscore it. When
 * the lede is the longer sentence, covers the question at least as fully as the best one, holds
 * the figure asked for if one is, and scores close to it, the lede answers. Not for a yes/no question (it asks
 * whether something more happens: "will there be more cases?"), nor "what did X say" (the
 * speaker's own sentences answer), nor "when" (the lede dates the reported event, the question
 * usually the next one: "when's the hearing?").
 */
export function preferLede(
  ranked: readonly RankedSentence[],
  analysis: QuestionAnalysis,
  /** True when the question asks for a figure (a count, a sum, an age …). */
  asksForFigure: boolean,
  /** The lede must score at least this share of the best sentence to be preferred. */
  ledeScoreShare = defaultRankingWeights.ledeScoreShare,
): RankedSentence[] {
  const shape = analysis.shape;
  if (analysis.asksYesNo || analysis.asksForSpeech || shape === 'date' || shape === 'time')
    return [...ranked];
  const best = ranked[0];
  if (best === undefined || best.sentence.index === 0) return [...ranked];
  const lede = ranked.find((item) => item.sentence.index === 0);
  if (
    lede === undefined ||
    lede.score < best.score * ledeScoreShare ||
    lede.coverage < best.coverage ||
    lede.sentence.text.length <= best.sentence.text.length ||
    (shape !== undefined && asksForFigure && !holdsShapeAskedFor(lede.sentence.text, shape))
  )
    return [...ranked];
  return [lede, ...ranked.filter((item) => item !== lede)];
}
