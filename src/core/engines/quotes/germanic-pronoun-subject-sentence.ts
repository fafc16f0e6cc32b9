import type { SpeechLexicon } from '../../text/lexicon/index.ts';
import type { LatinContext } from './latin-context.ts';
import { loneQuoteAfterSentence } from './lone-quote-after-sentence.ts';
import { germanicLanguages } from '../../text/lexicon/language-families.ts';

/**
 * "Wel wil hij in de winter kooklessen geven. ‘…’" / "Den Abend will sie ruhig verbringen.
 * „…“": in German and Dutch a quote that stands alone after a sentence naming no one, whose
 * subject is a subject pronoun, is the person last named's. The finite verb stands second, so
 * the pronoun either opens the sentence or follows its first phrase and the verb ("Wel wil
 * hij", "In der Station will sie"); a pronoun after a preposition ("für sie") is no subject.
 */

/** How far into the sentence the subject pronoun of a verb-second clause may stand. */
const subjectReach = 6;

function pronounSubject(sentence: string, lexicon: SpeechLexicon): boolean {
  const words = (sentence.match(/[\p{L}'’-]+/gu) ?? []).slice(0, subjectReach);
  return words.some((word, at) => {
    if (!lexicon.pronouns.includes(word.toLowerCase())) return false;
    if (at === 0) return true;
    const previous = (words[at - 1] ?? '').toLowerCase();
    return /^\p{Ll}/u.test(word) && !lexicon.prepositions.includes(previous);
  });
}

export function germanicPronounSubjectSentence(context: LatinContext): string | undefined {
  const { lexicon } = context;
  if (!germanicLanguages.has(lexicon.language)) return undefined;
  return loneQuoteAfterSentence(context, (sentence) => pronounSubject(sentence, lexicon));
}
