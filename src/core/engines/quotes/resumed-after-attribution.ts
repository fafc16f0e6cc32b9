import type { QuoteSpan } from './scan-quote-spans.ts';

/**
 * „Ein Bahnhof ohne Aufzug“, so Krämer, „ist nicht mehr zeitgemäß.“ / ‘Als de provincie niet
 * betaalt’, zegt Anne de Graaf, ‘dan zoeken we zelf geld.’: a quotation that an attribution
 * between commas interrupts resumes in a second pair of marks, in lower case. That second
 * piece is part of the direct quote before it, though its own sentence names no one. The
 * attribution may carry the speaker's office and organisation (", ha dichiarato X, presidente
 * dell'associazione …,"), hence room for 140 characters.
 */
export function resumesAfterAttribution(
  text: string,
  previousSpan: QuoteSpan | undefined,
  span: QuoteSpan,
): boolean {
  if (previousSpan === undefined || previousSpan.paragraphStart !== span.paragraphStart)
    return false;
  const between = text.slice(previousSpan.closeEnd, span.openIndex);
  if (!/^\s*,[^.!?:;"“”„«»‘’‚]{2,140},\s*$/u.test(between)) return false;
  return /^\p{Ll}/u.test(text.slice(span.start, span.end));
}
