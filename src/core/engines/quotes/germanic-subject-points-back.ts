import type { SpeechLexicon } from '../../text/lexicon/index.ts';
import { isTitle } from './latin-speakers.ts';
import { isOccupationBeforeName } from './occupation-before-name.ts';
import { escapeRegExp } from '../../text/escape-pattern.ts';
import { germanicLanguages } from '../../text/lexicon/language-families.ts';

/**
 * German and Dutch clauses before a colon whose subject names no one but points back to the
 * person named before: the verb comes second, so a date or an adverb may open the clause and
 * the pronoun follows the verb ("Anfang Mai hatte er gewarnt:", "Na afloop zei hij:"); or the
 * subject is a definite article and a noun for a person ("Der Entdecker bleibt bescheiden:",
 * "De trainer was kritisch:"), or opens with a possessive ("Ihr Fazit:").
 */

export function subjectPointsBack(clause: string, lexicon: SpeechLexicon): boolean {
  if (!germanicLanguages.has(lexicon.language)) return false;
  const pronouns = lexicon.pronouns.map(escapeRegExp).join('|');
  // The verb second, the pronoun third: one to three words before the verb, none a comma's.
  const verbSecond = new RegExp(
    String.raw`^\s*(?:[\p{L}\d.-]+\s+){1,3}?\p{Ll}[\p{L}-]*\s+(?:${pronouns})(?![\p{L}])`,
    'u',
  );
  if (verbSecond.test(clause)) return true;
  // "Seine Botschaft an die Stadt:", "Zijn conclusie:": the subject is the person's own.
  const possessives = (lexicon.possessives ?? []).map(escapeRegExp).join('|');
  if (possessives !== '' && new RegExp(String.raw`^\s*(?:${possessives})\s`, 'iu').test(clause))
    return true;
  const articles = lexicon.definiteArticles.map(escapeRegExp).join('|');
  const noun = new RegExp(String.raw`^\s*(?:${articles})\s+([\p{L}-]+)\s`, 'iu').exec(clause)?.[1];
  return (
    noun !== undefined && (isTitle(noun, lexicon) || isOccupationBeforeName(noun, lexicon, ''))
  );
}
