import type { SpeechLexicon } from '../../text/lexicon/index.ts';
import { genderOfFirstName } from './first-name-gender.ts';

/**
 * "erzählte Friseurin Anna Keller", "sagte die 58-jährige Bäckerin Monika Straßer", "erzählt
 * Rentner Karl Huber": where every noun is capitalised (German), the occupation or the role
 * written before a full name runs into it. The first of three or more words is that noun when
 * it is no given name and either the next word is one or it ends like a noun for a person
 * (-in, -er, -ist, -ant, -eur, -ling …).
 */
/** "Friseurin", "Rentner": a capitalised noun for a person that is no given name (German). */
export function isOccupationNoun(word: string, lexicon: SpeechLexicon): boolean {
  if (lexicon.capitalisesNouns !== true || genderOfFirstName(word) !== undefined) return false;
  const lower = word.toLowerCase();
  return (lexicon.personNounEndings ?? []).some(
    (ending) => lower.endsWith(ending) && lower.length >= ending.length + 4,
  );
}

export function dropOccupationBeforeName(
  tokens: readonly string[],
  lexicon: SpeechLexicon,
): readonly string[] {
  const [first, second] = tokens;
  if (lexicon.capitalisesNouns !== true) return occupationOpeningSentence(tokens, lexicon);
  if (tokens.length < 3 || first === undefined) return tokens;
  if (tokens.some((token) => lexicon.nameParticles.includes(token.toLowerCase()))) return tokens;
  if (genderOfFirstName(first) !== undefined) return tokens;
  const givenNameNext = second !== undefined && genderOfFirstName(second) !== undefined;
  return isOccupationNoun(first, lexicon) || givenNameNext ? tokens.slice(1) : tokens;
}

/**
 * "Geriater Pieter De Schrijver waarschuwt": where nouns are lower-case (Dutch), an occupation
 * is capitalised only when it opens the sentence; before a given name and a surname, a word
 * with an ending only occupations have (-iater, -oloog, -kundige, -arts) is that occupation.
 */
function occupationOpeningSentence(
  tokens: readonly string[],
  lexicon: SpeechLexicon,
): readonly string[] {
  const [first] = tokens;
  if (tokens.length < 3 || first === undefined || genderOfFirstName(first) !== undefined)
    return tokens;
  const lower = first.toLowerCase();
  const occupation = (lexicon.personNounEndings ?? []).some(
    (ending) => lower.endsWith(ending) && lower.length >= ending.length + 3,
  );
  return occupation ? tokens.slice(1) : tokens;
}
