import type { SpeechLexicon } from '../../text/lexicon/index.ts';
import { isPluralArticle } from './run-after-article.ts';

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
    // "gli anni Novanta": a plural article before a noun and a capitalised word is a decade or
    // a thing, never one person.
    !isPluralArticle(article, lexicon) &&
    lexicon.articles.includes(article) &&
    !lexicon.prepositions.includes(description) &&
    !lexicon.articles.includes(description)
  );
}
