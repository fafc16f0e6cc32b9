import type { SpeechLexicon } from '../../text/lexicon/index.ts';
import { phraseAlternatives, startsWithPhrase } from '../../text/escape-pattern.ts';
import { namesOutsideQuotes, previousPerson, type LatinContext } from './latin-context.ts';
import { describedAsSpeaker } from './described-by-indefinite-article.ts';
import { describedSource } from './described-source.ts';
import { personOfRolePhrase } from './role-noun-antecedent.ts';
import { romanceLanguages } from '../../text/lexicon/language-families.ts';

/** A name, a description of someone unnamed, null for someone unnamed and undescribed. */
type Rule = (context: LatinContext) => string | { described: string } | null | undefined;

/** Languages whose source after "according to" ends at its comma. */
function describedAfter(text: string, from: number, to: number, lexicon: SpeechLexicon) {
  const description = describedSource(text, from, to, lexicon);
  return description === undefined ? undefined : { described: description };
}

/** Selon X, «…» / Según X, «…» / Laut X: „…“ / Para o líder, senador X, "…". */
export const accordingToBefore: Rule = (context) => {
  const { text, lexicon, before } = context;
  const window = text.slice(before.from, before.to);
  const according = new RegExp(
    String.raw`(?<![\p{L}])(?:${phraseAlternatives(lexicon.accordingTo)})\s`,
    'iu',
  ).exec(window);
  if (according === null) return undefined;
  const from = before.from + according.index;
  const phrase = from + according[0].length;
  // "Selon elle, «…»", "Segundo ele, …": the person the pronoun points back to.
  if (startsWithPhrase(text.slice(phrase, before.to), pronounsAfterAccordingTo(lexicon)))
    return previousPerson(context, from);
  return (
    namesOutsideQuotes(context, from, accordingToPhraseEnd(context, phrase))[0]?.name ??
    describedAfter(text, phrase, before.to, lexicon) ??
    // "Volgens een woordvoerder van de raad is het ‘…’": someone unnamed, up to the verb.
    describedAsSpeaker(text.slice(phrase, before.to), lexicon.language) ??
    // "Según la alcaldesa, «…»": the holder of the office the text named before.
    personOfRolePhrase(context, text.slice(phrase, before.to), phrase) ??
    // "Secondo la restauratrice, …": no holder named; the office as the text writes it.
    definiteRole(text.slice(phrase, accordingToPhraseEnd(context, phrase)), lexicon)
  );
};

/**
 * Where the source after "selon / según / segundo / secondo" ends: at its comma, past one
 * apposed name ("Según el consejero, Luis Gil, …"). What follows is the reported clause, whose
 * capitalised words ("il grande Cristo-vite della parete nord") are no source.
 */
function accordingToPhraseEnd(context: LatinContext, phrase: number): number {
  const { text, lexicon, before } = context;
  if (!romanceLanguages.has(lexicon.language)) return before.to;
  const comma = text.slice(phrase, before.to).indexOf(',');
  if (comma < 0) return before.to;
  const next = phrase + comma + 1;
  const apposed = namesOutsideQuotes(context, next, before.to)[0];
  const gap = apposed === undefined ? '' : text.slice(next, apposed.index);
  // "Para o líder da minoria, senador Paulo Nogueira": an article or a title may stand before it.
  const small = [...lexicon.articles, ...lexicon.titles];
  const apposition = gap
    .trim()
    .split(/\s+/u)
    .every((word) => word === '' || small.includes(word.toLowerCase()));
  return apposed !== undefined && apposition ? apposed.index + apposed.name.length : next;
}

/** "la restauratrice,": a definite article and one or two lower-case nouns, alone. */
function definiteRole(phrase: string, lexicon: SpeechLexicon): { described: string } | undefined {
  if (!romanceLanguages.has(lexicon.language)) return undefined;
  const role = new RegExp(
    String.raw`^\s*((?:${phraseAlternatives(lexicon.definiteArticles)})(?:\s+|(?<=['’]))\p{Ll}[\p{Ll}-]+(?:\s+\p{Ll}[\p{Ll}-]+)?)\s*,?\s*$`,
    'u',
  ).exec(phrase);
  return role?.[1] === undefined ? undefined : { described: role[1] };
}

/** The pronouns after "selon/según/segundo/secondo": the subject ones, and French "lui/eux". */
function pronounsAfterAccordingTo(lexicon: SpeechLexicon): readonly string[] {
  return lexicon.language === 'fr' ? [...lexicon.pronouns, 'lui'] : lexicon.pronouns;
}
