/**
 * Boosts for sentences shaped like the answer to "what did X say" and "who is X": quoted or
 * attributed sentences, the speaker's own, and the sentence that introduces a name.
 */
import { lightStem } from '../summary/term-vectors.ts';
import { speechVerbs as quoteSpeechVerbs } from '../quotes/speaker-words.ts';
import type { QuestionAnalysis } from './analyze-question.ts';
import { termsMatch } from './match-terms.ts';
import type { RankingWeights } from './ranking-weights.ts';
import { defaultRankingWeights } from './ranking-weights.ts';

const quotationMark = /["“”«»]/u;
const attributionPattern =
  /\b(?:said|says|told|tells|wrote|writes|added|stated|asked|argued|warned|according to|announced|insisted|explained)\b/i;
/**
 * The quote finder's speech verbs (one list for both engines), and the verbs of a statement
 * that answer "what is X saying" without introducing a quote ("Tunewave denied wrongdoing").
 */
const speechVerbs = new Set([
  ...quoteSpeechVerbs,
  ...'according denied denies rejected rejects disputed disputes'.split(' '),
]);
/** How many words may sit between a speaker and the speech verb ("Kellogg also wrote"). */
const speakerDistance = 1;

/** Multipliers for sentences shaped like the answer the question asks for. */
export function boost(
  text: string,
  isFirstMention: boolean,
  analysis: QuestionAnalysis,
  weights: Readonly<RankingWeights> = defaultRankingWeights,
): number {
  let factor = 1;
  const attributed = quotationMark.test(text) || attributionPattern.test(text);
  if (analysis.asksForSpeech) {
    if (attributed) factor *= weights.attributedBoost;
    if (quotationMark.test(text)) factor *= weights.quotationBoost;
    // "what does the company say?": with no name, the question's own words may be the speaker
    // ("the company said", "said the union").
    const speakers =
      analysis.speakers.length > 0 ? analysis.speakers : analysis.keyTerms.map((term) => [term]);
    if (speaksHere(text, speakers)) factor *= weights.speakerBoost;
  }
  if (analysis.asksForDefinition && isFirstMention) factor *= weights.firstMentionBoost;
  return factor;
}

/**
 * Words that may stand between a speech verb and the speaker's surname: a title or role before
 * a name ("said Sen. Garrett Boyle", "said union president Gail Robertson").
 */
const titleWords = new Set(
  (
    'the mr mrs ms dr sen senator rep representative gov governor president vice chief ' +
    'executive leader minister secretary spokesman spokeswoman spokesperson director head ' +
    'mayor judge coach manager boss captain chairman chairwoman chair union party state ' +
    'general attorney prime foreign health finance former professor prof sgt officer'
  ).split(' '),
);
/** At most this many title or name words between the verb and the surname. */
const maxTitleWords = 6;
const wordPattern = /[\p{L}\p{N}]+(?:['’.][\p{L}\p{N}]+)*/gu;

/**
 * True when one of the question's names is the subject of a speech verb ("Kellogg wrote",
 * "said Putin", "said Sen. Garrett Boyle"): next to it, or with only titles and the rest of
 * the name between.
 */
export function speaksHere(text: string, speakers: readonly string[][]): boolean {
  const entities = speakers.flat();
  if (entities.length === 0) return false;
  if (speaksAfterApposition(text, entities)) return true;
  const written = [...text.matchAll(wordPattern)].map((match) => match[0]);
  const words = written.map((word) => word.toLowerCase().replace(/\u2019/g, "'"));
  const verbs = words.flatMap((word, position) => (speechVerbs.has(word) ? [position] : []));
  if (verbs.length === 0) return false;
  const titleOrName = (position: number) =>
    titleWords.has((words[position] ?? '').replace(/\.$/u, '')) ||
    /^\p{Lu}/u.test(written[position] ?? '');
  const between = (from: number, to: number) => {
    const gap = Math.abs(to - from) - 1;
    if (gap <= speakerDistance) return true;
    if (gap > maxTitleWords) return false;
    const [low, high] = from < to ? [from, to] : [to, from];
    for (let position = low + 1; position < high; position += 1)
      if (!titleOrName(position)) return false;
    return true;
  };
  return words.some(
    (word, position) =>
      entities.some((entity) => termsMatch(lightStem(word), entity)) &&
      verbs.some((verb) => between(verb, position)),
  );
}

/** A speech verb right after a name and the apposition that describes it. */
const appositionThenVerb = /^,[^,.;:!?"“”]{1,80},\s+(?:also\s+)?([\p{L}]+)/u;

/**
 * "Rahul Gandhi, the party's most prominent leader, said …": the speaker, a description set
 * off by commas, then the speech verb.
 */
function speaksAfterApposition(text: string, entities: readonly string[]): boolean {
  for (const match of text.matchAll(wordPattern)) {
    if (!entities.some((entity) => termsMatch(lightStem(match[0].toLowerCase()), entity))) continue;
    const verb = appositionThenVerb.exec(text.slice(match.index + match[0].length))?.[1];
    if (verb !== undefined && speechVerbs.has(verb.toLowerCase())) return true;
  }
  return false;
}
