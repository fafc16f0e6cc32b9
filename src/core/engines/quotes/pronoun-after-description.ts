import { describedByIndefiniteArticle } from './described-by-indefinite-article.ts';
import { lastSentenceStart, namesOutsideQuotes, type LatinContext } from './latin-context.ts';

/**
 * "Eine Hebamme, die …, möchte anonym bleiben. Die Gründe sieht sie woanders. „…“" / "Een
 * buschauffeur wil zijn naam niet noemen. Volgens hem is het te laat. ‘…’": a quote alone after
 * a sentence whose only person is a pronoun, which points to someone unnamed that the sentence
 * before describes. The description is the speaker, as written.
 */

const pronounsByLanguage: Readonly<Record<string, readonly string[]>> = {
  de: ['er', 'sie', 'ihr', 'ihm', 'ihrer', 'seiner'],
  nl: ['hij', 'zij', 'ze', 'hem', 'haar'],
};

export function pronounAfterDescription(context: LatinContext): { described: string } | undefined {
  const { text, lexicon, span, before, after, previousSentence } = context;
  const pronouns = pronounsByLanguage[lexicon.language];
  if (pronouns === undefined) return undefined;
  if (text.slice(before.from, before.to).trim() !== '') return undefined;
  const closesSentence = /[.!?…]$/u.test(text.slice(span.start, span.end).trim());
  if (!closesSentence && !/^[\s.!?…]*$/u.test(text.slice(after.from, after.to))) return undefined;
  if (previousSentence.to <= previousSentence.from) return undefined;
  const words = text
    .slice(previousSentence.from, previousSentence.to)
    .split(/[^\p{L}]+/u)
    .map((word) => word.toLowerCase());
  if (!words.some((word) => pronouns.includes(word))) return undefined;
  if (namesOutsideQuotes(context, previousSentence.from, previousSentence.to).length > 0)
    return undefined;
  if (previousSentence.from <= span.paragraphStart) return undefined;
  const earlier = lastSentenceStart(text, span.paragraphStart, previousSentence.from - 1, lexicon);
  // "Een tweede winkel komt er niet, zegt Visser. Wel wil ze …": the pronoun is the named one's.
  if (namesOutsideQuotes(context, earlier, previousSentence.from).length > 0) return undefined;
  const description = describedByIndefiniteArticle(
    text.slice(earlier, previousSentence.from),
    lexicon.language,
  );
  return description === undefined ? undefined : { described: description };
}
