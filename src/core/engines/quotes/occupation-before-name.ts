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
  text = '',
): readonly string[] {
  const [first, second] = tokens;
  if (lexicon.capitalisesNouns !== true) return occupationOpeningSentence(tokens, lexicon, text);
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
  text: string,
): readonly string[] {
  const [first, second] = tokens;
  if (tokens.length < 2 || first === undefined || genderOfFirstName(first) !== undefined)
    return tokens;
  const lower = first.toLowerCase();
  // "Schapenhouder Gerrit van de Brink": a word that opens the sentence before a known given
  // name and a surname is the person's occupation (Dutch writes few double given names).
  const givenNameNext =
    lexicon.language === 'nl' &&
    tokens.length >= 3 &&
    second !== undefined &&
    genderOfFirstName(second) !== undefined;
  const occupation =
    tokens.length >= 3 &&
    (lexicon.personNounEndings ?? []).some(
      (ending) => lower.endsWith(ending) && lower.length >= ending.length + 3,
    );
  // "Belangenbehartiger LTO Noord": no given name stands before an organisation's letters.
  const acronymNext =
    lexicon.language === 'nl' && second !== undefined && /^\p{Lu}{2,}$/u.test(second);
  return occupation ||
    givenNameNext ||
    acronymNext ||
    isCompoundNoun(first) ||
    writtenAsNoun(first, text) ||
    beforeFullName(tokens, text) ||
    beforeSurnameAlone(tokens, text)
    ? tokens.slice(1)
    : tokens;
}

/** "Bakker Ruben Dijkstra" where the text also writes "Bakker Dijkstra": a role, then the name. */
function beforeSurnameAlone(tokens: readonly string[], text: string): boolean {
  const first = tokens[0];
  const surname = tokens.at(-1);
  if (tokens.length !== 3 || first === undefined || surname === undefined) return false;
  return new RegExp(String.raw`(?<![\p{L}])${first}\s+${surname}(?![\p{L}])`, 'u').test(text);
}

/** "Bakker Dijkstra" after "Bakker Ruben Dijkstra": the word the full name also opens with. */
function beforeFullName(tokens: readonly string[], text: string): boolean {
  const [first, surname] = tokens;
  if (tokens.length !== 2 || first === undefined || surname === undefined) return false;
  return (
    text.includes(`${first} `) &&
    new RegExp(String.raw`(?<![\p{L}])${first}\s+\p{Lu}\p{Ll}+\s+${surname}(?![\p{L}])`, 'u').test(
      text,
    )
  );
}

/**
 * A word before a name that is the person's occupation, not a given name: by its ending, or
 * where nouns are lower-case, because the text also writes it lower-case.
 */
export function isOccupationBeforeName(
  word: string,
  lexicon: SpeechLexicon,
  text: string,
): boolean {
  if (lexicon.capitalisesNouns === true) return isOccupationNoun(word, lexicon);
  if (genderOfFirstName(word) !== undefined) return false;
  const lower = word.toLowerCase();
  return (
    (lexicon.personNounEndings ?? []).some(
      (ending) => lower.endsWith(ending) && lower.length >= ending.length + 3,
    ) ||
    isCompoundNoun(word) ||
    writtenAsNoun(word, text)
  );
}

/**
 * "FNV-bestuurder", "VVD-wethouder": where nouns are lower-case, a word whose last part after a
 * hyphen is lower-case is a compound noun (an organisation's letters and an office), never a
 * name: the parts of a hyphenated name are all capitalised ("Lütke-Wienker", "Gert-Jan").
 */
function isCompoundNoun(word: string): boolean {
  return /^\p{Lu}[\p{L}]*(?:-[\p{L}]+)*-\p{Ll}{3,}$/u.test(word);
}

/**
 * "Trainer Marco Verstegen" where the text also writes "zei trainer Henk Wolters", "Loodgieter
 * Brinkhuis" where it says "in het dagelijks leven loodgieter": where nouns are lower-case, a
 * word the text also writes lower-case is a noun, never a given name.
 */
function writtenAsNoun(word: string, text: string): boolean {
  if (text === '' || !/^\p{Lu}\p{Ll}{3,}$/u.test(word)) return false;
  const lower = word.toLowerCase();
  return new RegExp(String.raw`(?<![\p{L}'’-])${lower}(?![\p{L}'’-])`, 'u').test(text);
}
