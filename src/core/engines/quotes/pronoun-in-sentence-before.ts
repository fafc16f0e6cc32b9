import type { Gender } from './speaker-types.ts';
import type { LatinContext } from './latin-context.ts';
import { romanceLanguages } from '../../text/lexicon/language-families.ts';

/**
 * "Sobre el futuro del oficio, ella no se hace ilusiones. «…» —admite—": a speech verb after
 * the quote with its subject dropped goes on about the subject of the sentence before it. When
 * that subject is a pronoun ("ella", "elle", "ela", "lei"), its gender picks the person it
 * means, past a man quoted last. A pronoun after a preposition ("con ella") is an object.
 */
export function pronounGenderBeforeQuote(context: LatinContext): Gender | undefined {
  const { text, lexicon, before, previousSentence } = context;
  const feminine = lexicon.femininePronouns;
  if (feminine === undefined || !romanceLanguages.has(lexicon.language)) return undefined;
  const own = text.slice(before.from, before.to);
  const sentence = own.trim() === '' ? text.slice(previousSentence.from, previousSentence.to) : own;
  // The reporter's sentence only: words inside an earlier quote are someone else's.
  const outside = sentence.replace(/[«“"][^«»“”"]*[»”"]/gu, ' ');
  const tokens = outside.toLowerCase().match(/[\p{L}'’-]+/gu) ?? [];
  for (const [at, token] of tokens.entries()) {
    if (!lexicon.pronouns.includes(token)) continue;
    if (lexicon.prepositions.includes(tokens[at - 1] ?? '')) continue;
    return feminine.includes(token) ? 'female' : 'male';
  }
  return undefined;
}
