import type { SpeechLexicon } from '../../text/lexicon/index.ts';

/**
 * "De achtjarige Noor", "la petite Léa", "el joven Pablo": one first name after an article and
 * a lower-case description is a person the text names by that name only (not where every
 * noun is capitalised).
 */
export function describedFirstName(window: string, at: number, lexicon: SpeechLexicon): boolean {
  if (lexicon.capitalisesNouns === true) return false;
  const before = /(?:^|\s)(?:([\p{L}'’]+)\s+)?([\p{L}'’]+)\s+(\p{Ll}[\p{L}-]+)\s+$/u.exec(
    window.slice(Math.max(0, at - 40), at),
  );
  if (before === null) return false;
  const article = (before[2] ?? '').toLowerCase();
  const description = before[3] ?? '';
  // "une fleuriste de la rue Saint-Pierre": after a preposition, the article and its noun name
  // a place, not a person.
  const afterPreposition = lexicon.prepositions.includes((before[1] ?? '').toLowerCase());
  return (
    !afterPreposition &&
    lexicon.articles.includes(article) &&
    !lexicon.prepositions.includes(description) &&
    !lexicon.articles.includes(description)
  );
}
