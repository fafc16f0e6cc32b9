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
  return withSurnames(
    groups.length === 0
      ? analysis
      : {
          ...analysis,
          entities: [...analysis.entities, ...groups],
          speakers: [...analysis.speakers, ...groups],
        },
    sentences,
  );
}

/**
 * "did sheila take the reward?": the article names her in full once ("Sheila Thomas") and then
 * "Mrs Thomas". A one-word name of the question that the article follows with a capitalised
 * surname takes that surname into its group, as a term as heavy as the name, so the sentences
 * naming her by surname are about her too.
 */
function withSurnames(
  analysis: QuestionAnalysis,
  sentences: readonly Sentence[],
): QuestionAnalysis {
  const single = analysis.entities.filter((group) => group.length === 1).flat();
  if (single.length === 0) return analysis;
  const surnames = new Map<string, string>();
  for (const sentence of sentences) {
    const words = [...sentence.text.matchAll(wordPattern)];
    words.forEach((match, position) => {
      const next = words[position + 1];
      if (
        next === undefined ||
        !/^\s+$/u.test(sentence.text.slice(match.index + match[0].length, next.index))
      )
        return;
      const first = lightStem(match[0].toLowerCase());
      if (!single.includes(first) || surnames.has(first)) return;
      if (!/^\p{Lu}\p{Ll}/u.test(match[0]) || !/^\p{Lu}\p{Ll}+$/u.test(next[0])) return;
      const surname = lightStem(next[0].toLowerCase());
      if (!englishStopwords.has(surname)) surnames.set(first, surname);
    });
  }
  // A given name appears only with its surname; "Senate" alone and in "Senate Majority Leader"
  // is no person's first name.
  for (const [first, surname] of surnames) {
    const alone = sentences.some((sentence) =>
      [...sentence.text.matchAll(wordPattern)].some(
        (match, position, words) =>
          lightStem(match[0].toLowerCase()) === first &&
          lightStem(words[position + 1]?.[0].toLowerCase() ?? '') !== surname,
      ),
    );
    if (alone) surnames.delete(first);
  }
  if (surnames.size === 0) return analysis;
  const terms = new Map(analysis.terms);
  const paraphrases = new Map(analysis.paraphrases);
  const widen = (group: string[]) => {
    const [name] = group;
    const surname = name === undefined ? undefined : surnames.get(name);
    if (name === undefined || surname === undefined || group.length > 1) return group;
    if (!terms.has(surname)) {
      terms.set(surname, terms.get(name) ?? 1);
      paraphrases.set(surname, []);
    }
    return [name, surname];
  };
  return {
    ...analysis,
    terms,
    paraphrases,
    entities: analysis.entities.map(widen),
    speakers: analysis.speakers.map(widen),
  };
}

/**
 * Lower-cased words the article writes only with a capital, at least once mid-sentence or as
 * the first word of a full name opening one.
 */
function articleProperNouns(sentences: readonly Sentence[]): Set<string> {
  const capitalisedInside = new Set<string>();
  const seenLowercase = new Set<string>();
  const titles = new Set<string>();
  for (const sentence of sentences) {
    const words = [...sentence.text.matchAll(wordPattern)];
    // "Sheila Thomas, 63, left out food": a full name may open the sentence.
    const startsFullName = (position: number) =>
      /^\p{Lu}\p{Ll}+$/u.test(words[position + 1]?.[0] ?? '');
    const capitalised = (position: number) => /^\p{Lu}\p{Ll}+$/u.test(words[position]?.[0] ?? '');
    words.forEach((match, position) => {
      const lower = match[0].toLowerCase().replace(/['’]s$/u, '');
      // "Judge Marcia Ellison", "Mayor Jeni Arndt": a title before a full name is a role (see
      // role-names.ts), not a name.
      if (capitalised(position + 1) && capitalised(position + 2)) titles.add(lower);
      if (/^\p{Ll}/u.test(match[0])) seenLowercase.add(lower);
      else if (/^\p{Lu}\p{Ll}/u.test(match[0]) && (position > 0 || startsFullName(position)))
        capitalisedInside.add(lower);
    });
  }
  return new Set(
    [...capitalisedInside].filter((word) => !seenLowercase.has(word) && !titles.has(word)),
  );
}
