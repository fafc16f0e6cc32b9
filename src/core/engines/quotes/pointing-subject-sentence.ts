import type { SpeechLexicon } from '../../text/lexicon/index.ts';
import { pronounGender, type LatinContext } from './latin-context.ts';
import { loneQuoteAfterSentence } from './lone-quote-after-sentence.ts';
import { escapeRegExp } from '../../text/escape-pattern.ts';
import { romanceLanguages } from '../../text/lexicon/language-families.ts';

/**
 * "Il a promis des aides. « … »" / "Reconoció los errores. “…”" / "Ha promesso aiuti. «…»" /
 * "O autarca não escondeu a irritação. "…"": in French, Spanish, Portuguese and Italian a quote
 * that stands alone after a sentence naming no one, whose subject points back (a subject
 * pronoun, a definite office noun, or in the pro-drop languages no subject at all, the sentence
 * opening with its verb), is the person last named's. Papers write it this way to avoid repeating
 * the name between the introduction and the quote.
 */

/**
 * Verbs that open a sentence whose subject is dropped: the auxiliaries and copulas of a
 * perfect or a description ("Ha promesso", "Tem 81 anos", "Lleva años"), and the endings of
 * the simple past and imperfect, which no noun or adverb opening a sentence shares.
 */
const openingVerbs: Readonly<Record<string, { words: readonly string[]; endings: RegExp }>> = {
  es: {
    words: ['ha', 'había', 'es', 'era', 'fue', 'tiene', 'tenía', 'lleva', 'llevaba', 'está'],
    endings: /\p{L}{2}(?:ó|ió|aba|aban|aron|ieron)$/u,
  },
  pt: {
    words: ['tem', 'tinha', 'é', 'era', 'foi', 'está', 'estava', 'anda', 'vive', 'há'],
    endings: /\p{L}{2}(?:ou|eu|iu|ava|avam|aram|eram)$/u,
  },
  it: {
    words: ['ha', 'aveva', 'è', 'era', 'fu', 'sta', 'stava', 'vive'],
    endings: /\p{L}{2}(?:ò|ì|ava|avano|eva|evano)$/u,
  },
};

/**
 * "Segundo ela, a recuperação envolveu …", "Selon lui, …": a sentence that reports what a
 * pronoun's person said; the words after "according to" (a pronoun opening the rest).
 */
function afterAccordingToPronoun(sentence: string, lexicon: SpeechLexicon): string | undefined {
  const according = lexicon.accordingTo.map(escapeRegExp).join('|');
  const pronouns = [...lexicon.pronouns, ...(lexicon.language === 'fr' ? ['lui'] : [])];
  const opening = new RegExp(
    String.raw`^\s*(?:${according})\s+((?:${pronouns.map(escapeRegExp).join('|')})(?![\p{L}]))`,
    'iu',
  ).exec(sentence);
  return opening === null
    ? undefined
    : sentence.slice(opening[0].length - (opening[1] ?? '').length);
}

/** The sentence's subject points back to someone named before it. */
function pointsBack(sentence: string, lexicon: SpeechLexicon): boolean {
  if (afterAccordingToPronoun(sentence, lexicon) !== undefined) return true;
  const first = /^\s*([\p{L}'’]+)/u.exec(sentence)?.[1]?.toLowerCase() ?? '';
  if (lexicon.pronouns.includes(first)) return true;
  const verbs = openingVerbs[lexicon.language];
  if (verbs !== undefined && (verbs.words.includes(first) || verbs.endings.test(first)))
    return true;
  // "Le maire ne décolère pas", "L'entraîneur", "Il tecnico": a definite office noun.
  const articles = lexicon.definiteArticles.map(escapeRegExp).join('|');
  const noun = new RegExp(
    String.raw`^\s*(?:(?:${articles})\s+|(?:${articles})(?<=['’]))(\p{Ll}+)`,
    'iu',
  ).exec(sentence)?.[1];
  return noun !== undefined && lexicon.titles.includes(noun);
}

export function pointingSubjectSentence(context: LatinContext): string | undefined {
  const { lexicon } = context;
  if (!romanceLanguages.has(lexicon.language)) return undefined;
  return loneQuoteAfterSentence(
    context,
    (sentence) => pointsBack(sentence, lexicon),
    (sentence) => pronounGender(afterAccordingToPronoun(sentence, lexicon) ?? sentence, lexicon),
  );
}
