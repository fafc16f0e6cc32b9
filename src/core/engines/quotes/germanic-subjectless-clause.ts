import type { SpeechLexicon } from '../../text/lexicon/index.ts';
import { germanicLanguages } from '../../text/lexicon/language-families.ts';

/**
 * "Und dann, mit einem Blick auf die Sandsackbarriere vor dem Gemeindeamt: „…“", "En daarna,
 * met een knipoog naar de tribune: ‘…’": in German and Dutch a clause before a colon whose
 * every noun stands in a prepositional phrase has no subject; the quote goes on with the person
 * spoken of before. In German a capitalised word is a noun unless the text also writes it
 * lower-case ("Und" is "und" elsewhere); in Dutch a capitalised word past the first is a name,
 * so the clause must have none.
 */

export function germanicSubjectlessClause(
  window: string,
  lexicon: SpeechLexicon,
  text: string,
): boolean {
  if (!germanicLanguages.has(lexicon.language)) return false;
  const tokens = window.replace(/:\s*$/u, '').match(/[\p{L}'’-]+/gu) ?? [];
  if (tokens.length < 2 || tokens.length > 14) return false;
  const articles = [
    ...lexicon.articles,
    ...(lexicon.indefiniteArticles ?? []),
    ...(lexicon.determiners ?? []),
  ];
  const writtenLowerCase = (word: string): boolean =>
    new RegExp(String.raw`(?<![\p{L}])${word.toLowerCase()}(?![\p{L}])`, 'u').test(text);
  const isNoun = (token: string, at: number): boolean => {
    if (!/^\p{Lu}/u.test(token)) return false;
    if (lexicon.capitalisesNouns !== true) return at > 0;
    return !writtenLowerCase(token);
  };
  // A noun or an article is governed when a preposition opens its phrase: only articles,
  // determiners and lower-case adjectives stand between them.
  let governed = false;
  return tokens.every((token, at) => {
    const lower = token.toLowerCase();
    if (lexicon.pronouns.includes(lower)) return false;
    if (lexicon.prepositions.includes(lower)) {
      governed = true;
      return true;
    }
    if (isNoun(token, at)) {
      const kept = governed && lexicon.capitalisesNouns === true;
      governed = false;
      return kept;
    }
    if (articles.includes(lower)) return governed;
    // A lower-case word outside a phrase ("dann", "nog eens") ends none; inside one it is an
    // adjective of the phrase's noun.
    return true;
  });
}
