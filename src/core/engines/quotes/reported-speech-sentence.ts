import type { SpeechLexicon } from '../../text/lexicon/index.ts';
import type { LatinContext } from './latin-context.ts';
import { loneQuoteAfterSentence } from './lone-quote-after-sentence.ts';
import { escapeRegExp } from '../../text/escape-pattern.ts';
import { germanicLanguages } from '../../text/lexicon/language-families.ts';

/**
 * "Zijn hek stond onder stroom, vertelt hij. ‘…’" / "Zwei Interessenten seien abgesprungen.
 * „…“": in German and Dutch a quote that stands alone after a sentence naming no one, which
 * itself reports someone's words — a speech verb beside a subject pronoun, or in German the
 * reported-speech subjunctive (sei, habe, könne …) — goes on with the words of the person last
 * named, whom that pronoun or that report points to.
 */

/** The German subjunctive of reported speech, in the forms no indicative shares. */
const reportedSpeechVerbs = new Set(
  `sei seien habe werde könne müsse solle wolle dürfe gebe liege stehe gehe komme wisse
  brauche fehle bleibe`.split(/\s+/u),
);

function reportsSpeech(sentence: string, lexicon: SpeechLexicon): boolean {
  const verbs = lexicon.speechVerbs
    .filter((verb) => !verb.includes(' '))
    .map(escapeRegExp)
    .join('|');
  const pronouns = lexicon.pronouns.map(escapeRegExp).join('|');
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
  const { lexicon } = context;
  if (!germanicLanguages.has(lexicon.language)) return undefined;
  return loneQuoteAfterSentence(context, (sentence) => reportsSpeech(sentence, lexicon));
}
