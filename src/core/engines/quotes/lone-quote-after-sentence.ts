import type { Gender } from './speaker-types.ts';
import { namesOutsideQuotes, previousPerson, type LatinContext } from './latin-context.ts';

/**
 * A quote that stands alone (nothing before it in its sentence, and it ends its sentence) right
 * after a sentence that names no one: when that sentence passes `pointsToSomeone` — its subject
 * points back, or it reports someone's words — the quote is the person last named's. The
 * mechanism shared by the Romance and the German/Dutch readings of such sentences.
 */
export function loneQuoteAfterSentence(
  context: LatinContext,
  pointsToSomeone: (sentence: string) => boolean,
  gender?: (sentence: string) => Gender | undefined,
): string | undefined {
  const { text, before, after, previousSentence, span } = context;
  if (text.slice(before.from, before.to).trim() !== '') return undefined;
  const closesSentence = /[.!?…]$/u.test(text.slice(span.start, span.end).trim());
  if (!closesSentence && !/^[\s.!?…]*$/u.test(text.slice(after.from, after.to))) return undefined;
  if (previousSentence.to <= previousSentence.from) return undefined;
  if (namesOutsideQuotes(context, previousSentence.from, previousSentence.to).length > 0)
    return undefined;
  const sentence = text.slice(previousSentence.from, previousSentence.to);
  if (!pointsToSomeone(sentence)) return undefined;
  return previousPerson(context, previousSentence.from, gender?.(sentence)) ?? undefined;
}
