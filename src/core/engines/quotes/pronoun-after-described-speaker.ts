import { describedByIndefiniteArticle } from './described-by-indefinite-article.ts';
import { namesOutsideQuotes, type LatinContext } from './latin-context.ts';
import { separableVerbSubject } from './separable-verb-subject.ts';
import { escapeRegExp } from '../../text/escape-pattern.ts';
import { germanicLanguages } from '../../text/lexicon/language-families.ts';

/**
 * "…, teilte eine Sprecherin des Flughafens mit. „…“, sagte sie." / "Een woordvoerder van de
 * gemeente zei dat … ‘…’, zegt hij.": in German and Dutch copy a pronoun after a quote points
 * to the last person spoken of; when the sentence before names no one and its speaker is
 * someone unnamed it describes ("eine Sprecherin des Flughafens"), that description is the
 * speaker, not an older name.
 */

const nominalisedPerson =
  /^\s*((?:Der|Die|De)\s+(?:\p{L}+-)?(?:\p{Lu}\p{Ll}+|\p{Ll}{3,})(?:te|tene|ene))\s+\p{Ll}/u;

export function describedBeforePronoun(context: LatinContext): { described: string } | undefined {
  const { text, lexicon, before, previousSentence } = context;
  if (!germanicLanguages.has(lexicon.language)) return undefined;
  // The quote opens its sentence; the description stands in the sentence before it.
  const sentence = text.slice(before.from, before.to).trim() === '' ? previousSentence : undefined;
  if (sentence === undefined || sentence.to <= sentence.from) return undefined;
  if (namesOutsideQuotes(context, sentence.from, sentence.to).length > 0) return undefined;
  const words = text.slice(sentence.from, sentence.to);
  // "Eine Sprecherin des Flughafens sagte, …": the description opens the sentence.
  const opening = describedByIndefiniteArticle(words, lexicon.language);
  if (opening !== undefined) return { described: opening };
  // "Der Angeklagte hatte um Entschuldigung gebeten.", "De verdachte had spijt.": an adjective
  // or a participle made a noun names someone the court or the police leave unnamed.
  const unnamed = nominalisedPerson.exec(words)?.[1];
  if (unnamed !== undefined) return { described: unnamed };
  // "…, teilte eine Sprecherin des Flughafens mit.", "…, zei een woordvoerder.": after the verb.
  const verbs = lexicon.speechVerbs
    .map((verb) => escapeRegExp(verb.split(' ')[0] ?? verb))
    .join('|');
  const verb = new RegExp(String.raw`(?<![\p{L}])(?:${verbs})\s+(?=\p{L})`, 'iu').exec(words);
  if (verb === null) return undefined;
  const from = sentence.from + verb.index;
  const split = separableVerbSubject(text, from, sentence.to, lexicon);
  const subject = split ?? { from: from + verb[0].length, to: sentence.to };
  const described = describedByIndefiniteArticle(
    text.slice(subject.from, subject.to),
    lexicon.language,
  );
  return described === undefined ? undefined : { described };
}
