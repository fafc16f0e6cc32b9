import type { SpeechLexicon } from '../../text/lexicon/index.ts';
import { romanceLanguages } from '../../text/lexicon/language-families.ts';

/** Languages whose copy opens a sentence with a participle's clause before its subject. */
/**
 * The clause after the last comma of a sentence before a colon, when it is a short subject and
 * verb ("il a souri", "o governante respondeu") after one or more opening clauses.
 */
export function subjectAfterOpeningClause(
  window: string,
  lexicon: SpeechLexicon,
): string | undefined {
  if (!romanceLanguages.has(lexicon.language)) return undefined;
  const comma = window.lastIndexOf(',');
  if (comma < 0 || /[«»“”"]/u.test(window.slice(comma))) return undefined;
  const tail = window.slice(comma + 1).replace(/:\s*$/u, '');
  const words = tail.match(/[\p{L}'’-]+/gu) ?? [];
  return words.length >= 2 && words.length <= 6 ? tail : undefined;
}

/**
 * A clause before a colon with nothing that could be its subject: no capitalised word past its
 * first, no pronoun, and every article inside a prepositional phrase ("di un intervento").
 */
export function subjectlessClause(window: string, lexicon: SpeechLexicon): boolean {
  if (!romanceLanguages.has(lexicon.language)) return false;
  const tokens = window.replace(/:\s*$/u, '').match(/[\p{L}'’-]+/gu) ?? [];
  if (tokens.length === 0 || tokens.length > 12) return false;
  if (tokens.slice(1).some((token) => /^\p{Lu}/u.test(token))) return false;
  const articles = [...lexicon.articles, ...(lexicon.indefiniteArticles ?? [])];
  return tokens.every((token, at) => {
    const lower = token.toLowerCase();
    if (lexicon.pronouns.includes(lower)) return false;
    if (!articles.includes(lower)) return true;
    return lexicon.prepositions.includes((tokens[at - 1] ?? '').toLowerCase());
  });
}
