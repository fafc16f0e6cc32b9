import { phraseAlternatives } from '../../text/escape-pattern.ts';
import { namesOutsideQuotes, type LatinContext } from './latin-context.ts';
import { personOfRolePhrase } from './role-noun-antecedent.ts';

/**
 * "«…», la risposta di Vitali.", "« … », la réponse du ministre.", "“…”, el comentario de
 * Laura Gil.", "«…», a resposta do treinador.": a quote credited by a noun of speech and its
 * owner, with no verb. The owner after "of" is the speaker: a name, or an office that points
 * back to its holder. Nouns of speech are the lexicon's own (`speechNouns`).
 */

/** "of" and its contractions with the article, per language. */
const ofWords: Readonly<Record<string, readonly string[]>> = {
  fr: ['de', 'du', 'des', 'de la', "de l'", 'de l’', "d'", 'd’'],
  es: ['de', 'del', 'de la', 'de los', 'de las'],
  pt: ['de', 'do', 'da', 'dos', 'das'],
  it: ['di', 'del', 'dello', 'della', 'dei', 'degli', 'delle', "dell'", 'dell’'],
};

export function speechNounCredit(context: LatinContext): string | undefined {
  const { text, lexicon, after } = context;
  const nouns = lexicon.speechNouns ?? [];
  const of = ofWords[lexicon.language];
  if (nouns.length === 0 || of === undefined) return undefined;
  const window = text.slice(after.from, after.to);
  const credit = new RegExp(
    String.raw`^[\s,]*(?:è\s+|fue\s+|foi\s+|c'est\s+|c’est\s+)?(?:${phraseAlternatives(lexicon.articles)})\s*(?:${phraseAlternatives(nouns)})\s+(?:${phraseAlternatives(of)})(?:\s+|(?<=['’]))`,
    'iu',
  ).exec(window);
  if (credit === null) return undefined;
  const from = after.from + credit[0].length;
  // The owner runs to the end of its phrase: a comma, a full stop or a quote.
  const end = /[,.;:!?«»“”"]/u.exec(text.slice(from, after.to));
  const to = end === null ? after.to : from + end.index;
  const named = namesOutsideQuotes(context, from, to)[0];
  if (named !== undefined) return named.name;
  // "la réponse du ministre": "of" has taken the article; the office is read with one again.
  const article = lexicon.definiteArticles[0] ?? '';
  return personOfRolePhrase(context, `${article} ${text.slice(from, to)}`, context.span.openIndex);
}
