import type { QuestionAnalysis } from './analyze-question.ts';
import type { RankedSentence } from './rank-sentences.ts';
import { speaksHere } from './speech-boosts.ts';
import { defaultRankingWeights } from './ranking-weights.ts';

/**
 * "What did the finance minister say?": a report introduces a speaker with the gist of what
 * they said ("Finance Minister Wale Edun said the government was willing to negotiate …") and
 * then quotes them ("“We want workers to earn a decent living,” Edun said."). The quotation is
 * short and shares as many words with the question, so it outscores the statement it
 * illustrates. When the question asks only what someone said (no topic of its own besides the
 * speaker), the first sentence where that speaker speaks answers, if it is among the contenders.
 */
export function preferFirstSpeech(
  ranked: readonly RankedSentence[],
  analysis: QuestionAnalysis,
  /** The speaker's first statement must score at least this share of the best sentence. */
  firstSpeechScoreShare = defaultRankingWeights.firstSpeechScoreShare,
): RankedSentence[] {
  const best = ranked[0];
  const speakers = askedSpeakers(analysis);
  if (best === undefined || speakers.length === 0) return [...ranked];
  const inOrder = [...ranked].sort((left, right) => left.sentence.index - right.sentence.index);
  const first = inOrder.find((item) => item.score > 0 && speaksHere(item.sentence.text, speakers));
  if (
    first === undefined ||
    first === best ||
    first.coverage < best.coverage ||
    first.score < best.score * firstSpeechScoreShare
  )
    return [...ranked];
  return [first, ...ranked.filter((item) => item !== first)];
}

/**
 * The speaker of a question that asks only what they said ("what did Rahul Gandhi say", "what
 * did the judge say"): one name holds every key word of the question. Stood for by the surname
 * the article gives a role ("judge" → "thornton") when there is one, since a role word or a
 * place in a name ("the Marshall Islands") also occurs in other people's sentences; otherwise by
 * the question's own words of the name. None when the question asks about something more
 * ("what did Putin say about Trump") or names no one.
 */
function askedSpeakers(analysis: QuestionAnalysis): string[][] {
  if (!analysis.asksForSpeech || analysis.keyTerms.length === 0) return [];
  const speaker = analysis.speakers.find((group) =>
    analysis.keyTerms.every((term) => group.includes(term)),
  );
  if (speaker === undefined) return [];
  const surnames = speaker.filter((term) => (analysis.roleSurnames ?? []).includes(term));
  const named =
    surnames.length > 0 ? surnames : speaker.filter((term) => analysis.ownTerms.includes(term));
  return named.length === 0 ? [] : [named];
}
