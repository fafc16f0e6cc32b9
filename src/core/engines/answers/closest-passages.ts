import type { Sentence } from '../../text/sentences.ts';
import type { QuestionAnalysis } from './analyze-question.ts';
import type { RankedSentence } from './rank-sentences.ts';
import { defaultRankingWeights } from './ranking-weights.ts';

/** The label before the passages: not an answer, and said so before anything is quoted. */
export const closestPassagesLabel =
  'The article doesn’t answer that directly; the closest passages:';
/** One or two sentences: enough to show what the article says about it, few enough to read. */
const maxPassages = 2;
/** A runner-up joins the best passage when it scores at least this share of it. */
const runnerUpShare = 0.5;
/**
 * A question without names must share this much of its weight with a sentence for that
 * sentence to be "about" it: one generic word in common is not being about the same thing.
 */
export const minimumSubjectCoverage = defaultRankingWeights.minimumSubjectCoverage;

/**
 * The sentences about what the question asks about, best first, when none answers it: those
 * that hold one of the question's names (themselves, through a role's surname, or by a
 * pronoun that goes on about it) or, for a question without names, enough of its key words.
 * Empty when the article never speaks of the question's subject.
 */
export function closestPassages(
  ranked: readonly RankedSentence[],
  analysis: QuestionAnalysis,
  subjectCoverage = minimumSubjectCoverage,
): Sentence[] {
  const names = new Set(analysis.entities.flat());
  const keyTerms = new Set(analysis.keyTerms);
  const about = ranked.filter(({ score, coverage, matchedTerms }) => {
    if (score <= 0) return false;
    if (names.size > 0) return matchedTerms.some((term) => names.has(term));
    return coverage >= subjectCoverage && matchedTerms.some((term) => keyTerms.has(term));
  });
  const best = about[0];
  if (best === undefined) return [];
  return about
    .slice(0, maxPassages)
    .filter((item) => item === best || item.score >= best.score * runnerUpShare)
    .map((item) => item.sentence);
}
