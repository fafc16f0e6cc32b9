import type { SpeechLexicon } from '../../text/lexicon/index.ts';
import { escapeRegExp } from '../../text/escape-pattern.ts';
import { germanicLanguages, romanceLanguages } from '../../text/lexicon/language-families.ts';

/**
 * "NS laat in een verklaring weten: ‘…’", "‘…’, meldt KNMI", "„…“, teilte der ADAC mit":
 * German and Dutch papers let an organisation speak by its letters, with or without an
 * article. Such a subject is that body, never the last person named (the person index reads
 * no capitals-only word as a name). A party's letters before an office ("CDU-Chef") are part
 * of a compound and no subject; letters joined to more words by "und / en" are no one body.
 */

/** Romance copy writes a body's letters after an article too ("indique l'ARS Bretagne", "afirmó
 * la CNMC"), with a place as part of its name; nouns there are lower-case, so a capitalised
 * word after the letters is still the body's name. */
/** Words that join the letters to another subject ("SPD und Grüne", "VVD en CDA"). */
const conjunctions: Readonly<Record<string, ReadonlySet<string>>> = {
  de: new Set(['und', 'oder', 'sowie']),
  nl: new Set(['en', 'of']),
  fr: new Set(['et', 'ou']),
  es: new Set(['y', 'e', 'o', 'u']),
  pt: new Set(['e', 'ou']),
  it: new Set(['e', 'ed', 'o']),
};

/** The letters that open `phrase` as its subject, if they do. */
export function acronymSubject(phrase: string, lexicon: SpeechLexicon): string | undefined {
  const romance = romanceLanguages.has(lexicon.language);
  if (!germanicLanguages.has(lexicon.language) && !romance) return undefined;
  const articles = lexicon.definiteArticles.map(escapeRegExp).join('|');
  const article = new RegExp(
    String.raw`^[\s,]*(?:(?:${articles})\s+|(?:${articles})(?<=['’]))?`,
    'iu',
  ).exec(phrase);
  const place = romance ? String.raw`(?:\s+\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)*)?` : '';
  const opening = new RegExp(
    String.raw`^(\p{Lu}{2,6}(?![\p{L}\p{N}&/-])${place})(\s*[.,;:!?]|\s+\p{Ll}+|\s*$)`,
    'u',
  ).exec(phrase.slice(article?.[0].length ?? 0));
  const letters = opening?.[1];
  if (opening === null || letters === undefined) return undefined;
  const next = (opening[2] ?? '').trim().toLowerCase();
  return conjunctions[lexicon.language]?.has(next) === true ? undefined : letters;
}
