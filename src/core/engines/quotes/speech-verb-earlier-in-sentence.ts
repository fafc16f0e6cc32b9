import type { SpeechLexicon } from '../../text/lexicon/index.ts';
import { describedSource } from './described-source.ts';
import {
  lastSentenceStart,
  namesOutsideQuotes,
  previousPerson,
  type LatinContext,
} from './latin-context.ts';
import { nameAfterOrganisation } from './name-after-organisation.ts';
import { isLeadWord } from './latin-speakers.ts';
import { personOfRolePhrase } from './role-noun-antecedent.ts';
import { scanQuoteSpans, type QuoteSpan } from './scan-quote-spans.ts';
import { escapePhrase, phraseAlternatives } from '../../text/escape-pattern.ts';
import { romanceLanguages } from '../../text/lexicon/language-families.ts';
import { capitalizeFirst } from '../../text/words.ts';

/**
 * "El alto tribunal sostiene que la compañía “no ha acreditado …” y que la coincidencia “…”",
 * "a APED, que representa …, sustenta que “a distribuição …”", "Il WWF, in una nota, ha
 * invitato a “non trasformare …”": French, Spanish, Portuguese and Italian papers weave a
 * speaker's words into their own sentence after a speech verb and a clause ("que la
 * compañía", "à", "que el cierre"). The verb may stand far from the marks, and a first woven
 * quote may sit between them; its subject is the clause before the verb: a name, an
 * organisation, someone described, or an office named before.
 */

const verbPatterns = new Map<string, RegExp>();

/** Every speech verb of the language, longest first (built once per language). */
function speechVerbPattern(lexicon: SpeechLexicon): RegExp {
  const cached = verbPatterns.get(lexicon.language);
  if (cached !== undefined) return cached;
  const verbs = phraseAlternatives(lexicon.speechVerbs);
  const pattern = new RegExp(String.raw`(?<![\p{L}])(?:${verbs})(?![\p{L}])`, 'giu');
  verbPatterns.set(lexicon.language, pattern);
  return pattern;
}

let cachedText: string | undefined;
let cachedQuotes: readonly QuoteSpan[] = [];

/** The outer quotes of the text (the last text's, kept: each quote of an article asks). */
function outerQuotes(text: string): readonly QuoteSpan[] {
  if (cachedText !== text) {
    cachedQuotes = scanQuoteSpans(text).filter((span) => span.depth === 0);
    cachedText = text;
  }
  return cachedQuotes;
}

/** Where the last speech verb outside quotes starts and ends in [from, to), if any. */
function lastSpeechVerb(
  text: string,
  from: number,
  to: number,
  lexicon: SpeechLexicon,
): { index: number; end: number } | undefined {
  const quoted = outerQuotes(text);
  let found: { index: number; end: number } | undefined;
  for (const match of text.slice(from, to).matchAll(speechVerbPattern(lexicon))) {
    const index = from + match.index;
    if (quoted.some((span) => index >= span.openIndex && index < span.closeEnd)) continue;
    found = { index, end: index + match[0].length };
  }
  return found;
}

/** "Durante el proceso, ", "Em comunicado, ", "In una nota, ": an opening circumstance. */
function afterOpeningCircumstance(window: string, lexicon: SpeechLexicon): number {
  const prepositions = [...lexicon.prepositions, ...(lexicon.circumstancePrepositions ?? [])];
  const opening = new RegExp(
    String.raw`^\s*(?:${prepositions.map(escapePhrase).join('|')})(?![\p{L}])[^,.;:!?«»“”"]{1,60},\s*`,
    'iu',
  ).exec(window);
  return opening?.[0].length ?? 0;
}

/**
 * "a APED, que representa …,", "Il WWF Trentino", "a Emater/RS-Ascar": an article and
 * capitalised words (a body's joined names too) open the clause.
 */
function capitalisedSubject(window: string, lexicon: SpeechLexicon): string | undefined {
  const articles = lexicon.definiteArticles.map(escapePhrase).join('|');
  const run = new RegExp(
    String.raw`^\s*(?:(?:${articles})\s+|(?:${articles})(?<=['’]))(\p{Lu}[\p{L}.&/-]*(?:\s+\p{Lu}[\p{L}.&/-]*)*)(?=[\s,])`,
    'iu',
  ).exec(window)?.[1];
  // The article is read in any case; the words after it must be capitalised themselves.
  return run !== undefined && run.split(/\s+/u).every((word) => /^\p{Lu}/u.test(word))
    ? run
    : undefined;
}

/**
 * "In una nota, Rfi ha spiegato che …", "Renfe explicó que …": one capitalised word, no lead
 * word, is the whole clause before the verb: a body named without its article.
 */
function loneCapitalisedSubject(clause: string, lexicon: SpeechLexicon): string | undefined {
  const word = /^\s*(\p{Lu}[\p{L}&-]+)\s*$/u.exec(clause)?.[1];
  return word === undefined || isLeadWord(word, lexicon) ? undefined : word;
}

/**
 * "el alto tribunal", "la compañía sueca": a definite article and a lower-case noun that the
 * text wrote before as the head of an organisation's name ("El Tribunal Supremo ha …").
 */
function organisationOfNoun(
  text: string,
  window: string,
  before: number,
  lexicon: SpeechLexicon,
): string | undefined {
  const articles = lexicon.definiteArticles.map(escapePhrase).join('|');
  const opening = new RegExp(
    String.raw`^\s*(?:(?:${articles})\s+|(?:${articles})(?<=['’]))((?:\p{Ll}[\p{L}-]*\s+)?\p{Ll}[\p{L}-]*)(?![\p{L}])`,
    'u',
    // "El alto tribunal" opening the sentence: only the article's own capital is lowered.
  ).exec(window.replace(/^\s*\p{Lu}/u, (letter) => letter.toLowerCase()));
  if (opening === null) return undefined;
  for (const noun of (opening[1] ?? '').split(/\s+/u).reverse()) {
    if (noun.length < 4 || lexicon.prepositions.includes(noun)) continue;
    const head = capitalizeFirst(noun);
    const names = [
      ...text
        .slice(0, before)
        .matchAll(
          new RegExp(String.raw`(?<![\p{L}])${escapePhrase(head)}(?:\s+\p{Lu}[\p{L}-]*)+`, 'gu'),
        ),
    ];
    const last = names.at(-1)?.[0];
    if (last !== undefined) return last;
  }
  return undefined;
}

function described(
  text: string,
  from: number,
  to: number,
  lexicon: SpeechLexicon,
): { described: string } | undefined {
  const description = describedSource(text, from, to, lexicon);
  return description === undefined ? undefined : { described: description };
}

export function speechVerbEarlierInSentence(
  context: LatinContext,
): string | { described: string } | undefined {
  const { text, lexicon, span } = context;
  if (!romanceLanguages.has(lexicon.language)) return undefined;
  const sentenceFrom = lastSentenceStart(text, span.paragraphStart, span.openIndex, lexicon);
  const verb = lastSpeechVerb(text, sentenceFrom, span.openIndex, lexicon);
  if (verb === undefined) return undefined;
  // The quote must belong to the verb's clause: no colon or new clause of the reporter's own
  // ("; mientras que …") between them.
  if (/[;:]/u.test(text.slice(verb.end, span.openIndex))) return undefined;
  // "Il romanzo, spiega, è “…”": a verb set off by commas with no subject of its own is an
  // incise about the person the text is about, the last one named.
  if (
    /,\s*$/u.test(text.slice(sentenceFrom, verb.index)) &&
    /^\s*,/u.test(text.slice(verb.end, span.openIndex))
  )
    return previousPerson(context, verb.index) ?? undefined;
  const from =
    sentenceFrom + afterOpeningCircumstance(text.slice(sentenceFrom, verb.index), lexicon);
  const named =
    namesOutsideQuotes(context, from, verb.index)[0]?.name ??
    nameAfterOrganisation(text, from, verb.index, lexicon)?.name;
  if (named !== undefined) return named;
  // "a la que ha tenido acceso EFE, el alto tribunal sostiene": the subject may open after a
  // comma, past a relative clause or an incise.
  const starts = [from];
  for (const comma of text.slice(from, verb.index).matchAll(/,\s*/gu))
    starts.push(from + comma.index + comma[0].length);
  for (const start of starts) {
    const clause = text.slice(start, verb.index);
    const subject =
      capitalisedSubject(clause, lexicon) ??
      loneCapitalisedSubject(clause, lexicon) ??
      described(text, start, verb.index, lexicon) ??
      personOfRolePhrase(context, clause, start) ??
      organisationOfNoun(text, clause, start, lexicon);
    if (subject !== undefined) return subject;
  }
  return undefined;
}
