import type { Sentence } from '../../text/sentences.ts';
import { englishStopwords } from '../../text/stopwords.ts';
import { lightStem } from '../summary/term-vectors.ts';
import type { QuestionAnalysis } from './analyze-question.ts';
import { framingWords } from './question-entities.ts';

const wordPattern = /[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*/gu;

/**
 * "what did pennock say?": chat questions are often typed in lower case, so the question's
 * capitals miss the names in it. A word of the question that the article only ever writes
 * capitalised, and at least once inside a sentence (not just at its start), is a name there;
 * neighbouring such words are one name ("sharon graham"). They join the question's names and
 * possible speakers, as if the reader had typed the capitals.
 */
export function withLowercaseNames(
  analysis: QuestionAnalysis,
  question: string,
  sentences: readonly Sentence[],
): QuestionAnalysis {
  const properNouns = articleProperNouns(sentences);
  const known = new Set(analysis.entities.flat());
  const groups: string[][] = [];
  let previousEnd = -1;
  for (const match of question.matchAll(wordPattern)) {
    const lower = match[0].toLowerCase().replace(/['’]s$/u, '');
    const stem = lightStem(lower);
    const isName =
      /^\p{Ll}/u.test(match[0]) &&
      !englishStopwords.has(lower) &&
      !framingWords.has(lower) &&
      !known.has(stem) &&
      analysis.terms.has(stem) &&
      properNouns.has(lower);
    if (!isName) continue;
    const last = groups.at(-1);
    if (last !== undefined && /^\s+$/u.test(question.slice(previousEnd, match.index)))
      last.push(stem);
    else groups.push([stem]);
    previousEnd = match.index + match[0].length;
  }
  if (groups.length === 0) return analysis;
  return {
    ...analysis,
    entities: [...analysis.entities, ...groups],
    speakers: [...analysis.speakers, ...groups],
  };
}

/** Lower-cased words the article writes only with a capital, at least once mid-sentence. */
function articleProperNouns(sentences: readonly Sentence[]): Set<string> {
  const capitalisedInside = new Set<string>();
  const seenLowercase = new Set<string>();
  for (const sentence of sentences) {
    [...sentence.text.matchAll(wordPattern)].forEach((match, position) => {
      const lower = match[0].toLowerCase().replace(/['’]s$/u, '');
      if (/^\p{Ll}/u.test(match[0])) seenLowercase.add(lower);
      else if (position > 0 && /^\p{Lu}\p{Ll}/u.test(match[0])) capitalisedInside.add(lower);
    });
  }
  return new Set([...capitalisedInside].filter((word) => !seenLowercase.has(word)));
}
