import type { RankedSentence } from './rank-sentences.ts';
import { defaultRankingWeights } from './ranking-weights.ts';

/** How far into the article the "lead" reaches: the headline fact sits in the first sentences. */
const leadSentences = 3;

/**
 * "How many people got sick?": the lead says "sickened at least 61 people", and a later
 * sentence ("represents 22 people who became sick") shares a word more closely and wins on
 * score. A news story states its main figure first; later figures are details (one client,
 * one quote). So when a lead sentence holds the shape asked for and covers the question at
 * least as fully as the winner, and scores close to it, the lead answers.
 */
export function preferLeadFact(
  ranked: readonly RankedSentence[],
  holdsShape: (text: string) => boolean,
  /** The lead must score at least this share of the best sentence to be preferred. */
  leadScoreShare = defaultRankingWeights.leadFactScoreShare,
): RankedSentence[] {
  const best = ranked[0];
  if (best === undefined || best.sentence.index < leadSentences || !holdsShape(best.sentence.text))
    return [...ranked];
  const lead = ranked.find(
    (item) =>
      item.sentence.index < leadSentences &&
      item.score >= best.score * leadScoreShare &&
      item.coverage >= best.coverage &&
      holdsShape(item.sentence.text),
  );
  if (lead === undefined) return [...ranked];
  return [lead, ...ranked.filter((item) => item !== lead)];
}
