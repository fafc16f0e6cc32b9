import type { SpeechLexicon } from '../../text/lexicon/index.ts';
import { genderOfFirstName } from './first-name-gender.ts';
import { romanceLanguages } from '../../text/lexicon/language-families.ts';

/**
 * French, Spanish, Portuguese and Italian news copy writes no article before a person's name,
 * only before a title ("la ministra Ana Gil") or a thing: "a prévenu le Breton", "selon le
 * Danois". One capitalised word right after a definite article, no known given name and no
 * surname of someone named in full, is a people or a team, never a person; a plural article before a lower-case
 * noun and one capitalised word is a decade or a series ("gli anni Novanta", "les années
 * Folles"), not a person described by that noun ("la petite Léa").
 */

/** The plural articles of each language (Italian "le" is plural, French "le" is not). */
const pluralArticles: Record<string, readonly string[]> = {
  fr: ['les', 'des', 'ces', 'ses', 'leurs'],
  es: ['los', 'las', 'unos', 'unas', 'sus', 'estos', 'estas'],
  pt: ['os', 'as', 'uns', 'umas', 'seus', 'suas', 'estes', 'estas'],
  it: ['i', 'gli', 'le', 'dei', 'degli', 'delle', 'suoi', 'sue'],
};

export function isPluralArticle(word: string, lexicon: SpeechLexicon): boolean {
  return (pluralArticles[lexicon.language] ?? []).includes(word.toLowerCase());
}

/**
 * The run (its tokens once the article is dropped) names no person: it follows a definite
 * article and is one word, no known given name, that no fuller name in the text explains
 * (`surnameOfSomeone`). Longer runs after an article stay: they may be a body that speaks
 * ("o Ministério da Saúde garantiu que …").
 */
export function thingAfterArticle(
  tokens: readonly string[],
  afterArticle: boolean,
  lexicon: SpeechLexicon,
  surnameOfSomeone: (word: string) => boolean,
): boolean {
  if (!afterArticle || !romanceLanguages.has(lexicon.language)) return false;
  const first = tokens[0] ?? '';
  if (first === '' || genderOfFirstName(first) !== undefined) return false;
  return tokens.length === 1 && !surnameOfSomeone(first);
}
