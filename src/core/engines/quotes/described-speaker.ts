import type { Attribution } from './speaker-types.ts';
import { personNoun } from './speaker-words.ts';

/** Determiners that make a description stand alone ("his aide" needs to know whose). */
const standAlone = /^(?:the|an?|one|another)$/iu;

/**
 * Words that show the clause reader took more than a noun phrase ("a while back when she",
 * "a photo and Clinton", "One of his recent"): such a span describes no one.
 */
const notInDescription = new Set([
  'and',
  'or',
  'but',
  'when',
  'while',
  'as',
  'that',
  'which',
  'who',
  'whom',
  'whose',
  'of',
  'to',
  'on',
  'in',
  'at',
  'by',
  'for',
  'with',
  'from',
  'he',
  'she',
  'it',
  'they',
  'we',
  'i',
  'you',
  'his',
  'her',
  'its',
  'their',
  'our',
  'my',
  'your',
  'goes',
  'back',
  'moment',
  'bottom',
]);

/** Prepositions that may follow a person noun inside a description ("a worker in the office"). */
const afterPersonNoun = new Set(['of', 'in', 'at', 'for', 'with', 'from', 'on']);

/** Whether a word of the description is allowed where it stands (the word before it decides). */
function fitsDescription(word: string, previous: string): boolean {
  const lower = word.toLowerCase();
  if (!notInDescription.has(lower)) return true;
  return afterPersonNoun.has(lower) && /^\p{Ll}/u.test(previous) && personNoun.test(previous);
}

/** Words a description may trail that belong to what follows ("one Democrat familiar with"). */
const trailing = /^(?:familiar|close|involved|speaking)$/iu;

/**
 * Whom a description is tied to, when the text names them right after it: "a longtime adviser
 * to Trump", "a person close to the Clintons", "a spokeswoman for Planned Parenthood".
 */
const namedComplement =
  /^\s+(?:(?:close|familiar)\s+(?:to|with)|to|for|of|at|with)\s+(?:the\s+|both\s+)?\p{Lu}[\p{L}.’'-]*(?:\s+(?:\p{Lu}[\p{L}.’'-]*|of|for|and))*(?<![\s.]|\s(?:of|for|and))/u;

/**
 * A noun phrase of the text as a speaker's description ("a senior Cruz adviser"), if it is one:
 * a standing determiner and at least one more word, none of them a sign of a longer clause
 * (a preposition after a person noun is no such sign: "a narrator in the video").
 * What it returns is a prefix of the phrase, so a span of the text when the phrase is one.
 */
export function describedAs(phrase: string): string | undefined {
  const words = [...phrase.trim().matchAll(/\S+/gu)];
  while (words.length > 2 && trailing.test(words[words.length - 1]?.[0] ?? '')) words.pop();
  const last = words[words.length - 1];
  if (words.length < 2 || last === undefined || !standAlone.test(words[0]?.[0] ?? ''))
    return undefined;
  const described = words
    .slice(1)
    .every((word, position) => fitsDescription(word[0], words[position]?.[0] ?? ''));
  return described ? phrase.trim().slice(0, last.index + last[0].length) : undefined;
}

/**
 * The speaker as the text describes them, when the description names no one the text names:
 * "said a senior Cruz adviser", "the report concluded". Shown as written; a possessive ("his
 * aide"), a bare "one" or a span running into a clause gives no speaker.
 */
export function describedSpeaker(
  attribution: Attribution,
  text: string,
): { speaker: string | null; confidence: 'described' | 'none' } {
  const subject = attribution.subject.trim();
  const written = text.slice(attribution.index, attribution.index + subject.length) === subject;
  const speaker = attribution.subjectKind === 'role' && written ? describedAs(subject) : undefined;
  if (speaker === undefined) return { speaker: null, confidence: 'none' };
  const end = attribution.index + speaker.length;
  const complement = namedComplement.exec(text.slice(end, end + 80))?.[0] ?? '';
  return { speaker: speaker + complement, confidence: 'described' };
}
