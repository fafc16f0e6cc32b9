/**
 * Boosts for sentences shaped like the answer to "what did X say" and "who is X": quoted or
 * attributed sentences, the speaker's own, and the sentence that introduces a name.
 */
import { tokenize } from '../../text/tokenize.ts';
import { lightStem } from '../summary/term-vectors.ts';
import type { QuestionAnalysis } from './analyze-question.ts';
import { termsMatch } from './match-terms.ts';

const quotationMark = /["“”«»]/u;
const attributionPattern =
  /\b(?:said|says|told|tells|wrote|writes|added|stated|asked|argued|warned|according to|announced|insisted|explained)\b/i;
const speechVerbs = new Set(
  (
    'said says say told tells wrote writes added adds stated argued warned according insisted ' +
    'explained asked announced noted declared commented replied urged'
  ).split(' '),
);
/** How many words may sit between a speaker and the speech verb ("Kellogg also wrote"). */
const speakerDistance = 1;

/** Multipliers for sentences shaped like the answer the question asks for. */
export function boost(text: string, isFirstMention: boolean, analysis: QuestionAnalysis): number {
  let factor = 1;
  const attributed = quotationMark.test(text) || attributionPattern.test(text);
  if (analysis.asksForSpeech) {
    if (attributed) factor *= 1.2;
    if (quotationMark.test(text)) factor *= 1.15;
    // "what does the company say?": with no name, the question's own words may be the speaker
    // ("the company said", "said the union").
    const speakers =
      analysis.speakers.length > 0 ? analysis.speakers : analysis.keyTerms.map((term) => [term]);
    if (speaksHere(text, speakers)) factor *= 1.4;
  }
  if (analysis.asksForDefinition && isFirstMention) factor *= 1.35;
  return factor;
}

/** True when one of the question's names is the subject of a speech verb ("Kellogg wrote", "said Putin"). */
function speaksHere(text: string, speakers: readonly string[][]): boolean {
  const entities = speakers.flat();
  if (entities.length === 0) return false;
  const words = tokenize(text);
  const verbs = words.flatMap((word, position) => (speechVerbs.has(word) ? [position] : []));
  if (verbs.length === 0) return false;
  return words.some(
    (word, position) =>
      entities.some((entity) => termsMatch(lightStem(word), entity)) &&
      verbs.some((verb) => Math.abs(verb - position) <= speakerDistance + 1),
  );
}
