import type { SpeechLexicon } from '../../text/lexicon/index.ts';
import { namesOutsideQuotes, previousPerson, type LatinContext } from './latin-context.ts';

/**
 * "Zijn hek stond onder stroom, vertelt hij. ‘…’" / "Zwei Interessenten seien abgesprungen.
 * „…“": in German and Dutch a quote that stands alone after a sentence naming no one, which
 * itself reports someone's words — a speech verb beside a subject pronoun, or in German the
 * reported-speech subjunctive (sei, habe, könne …) — goes on with the words of the person last
 * named, whom that pronoun or that report points to.
 */

const germanicLanguages = new Set(['de', 'nl']);

/** The German subjunctive of reported speech, in the forms no indicative shares. */
const reportedSpeechVerbs = new Set(
  `sei seien habe werde könne müsse solle wolle dürfe gebe liege stehe gehe komme wisse
  brauche fehle bleibe`.split(/\s+/u),
);

function escape(word: string): string {
  return word.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
}

function reportsSpeech(sentence: string, lexicon: SpeechLexicon): boolean {
  const verbs = lexicon.speechVerbs
    .filter((verb) => !verb.includes(' '))
    .map(escape)
    .join('|');
  const pronouns = lexicon.pronouns.map(escape).join('|');
  // "vertelt hij", "sagte sie", "hij zegt": the verb and its pronoun side by side.
  const spoken = new RegExp(
    String.raw`(?<![\p{L}])(?:(?:${verbs})\s+(?:${pronouns})|(?:${pronouns})\s+(?:${verbs}))(?![\p{L}])`,
    'iu',
  );
  if (spoken.test(sentence)) return true;
  if (lexicon.language !== 'de') return false;
  const words = sentence.match(/\p{Ll}+/gu) ?? [];
  return words.some((word) => reportedSpeechVerbs.has(word));
}

export function reportedSpeechSentence(context: LatinContext): string | undefined {
  const { text, lexicon, before, after, previousSentence, span } = context;
  if (!germanicLanguages.has(lexicon.language)) return undefined;
  if (text.slice(before.from, before.to).trim() !== '') return undefined;
  const closesSentence = /[.!?…]$/u.test(text.slice(span.start, span.end).trim());
  if (!closesSentence && !/^[\s.!?…]*$/u.test(text.slice(after.from, after.to))) return undefined;
  if (previousSentence.to <= previousSentence.from) return undefined;
  if (namesOutsideQuotes(context, previousSentence.from, previousSentence.to).length > 0)
    return undefined;
  if (!reportsSpeech(text.slice(previousSentence.from, previousSentence.to), lexicon))
    return undefined;
  return previousPerson(context, previousSentence.from) ?? undefined;
}
