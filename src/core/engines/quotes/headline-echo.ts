import type { AnalyzedQuotation } from './find-quotations.ts';

/**
 * "Jahrhundertflut im Kamptal: „Das Wasser kam in zehn Minuten“", "Kamer debatteert over advies
 * informateur: “Geen tijd meer voor spelletjes”": a headline quotes words the body quotes again
 * at more length, and the body says who spoke them. The headline's words go to the speaker of
 * the body quote that holds them, whatever the headline's own words seem to name (a place, a
 * body). German and Dutch copy only, where this was measured.
 */

const echoLanguages = new Set(['de', 'nl']);

/** Headlines are short: one line at the top of the text. */
const headlineLength = 220;

const comparable = (words: string): string =>
  words
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

export function creditHeadlineEchoes(
  text: string,
  quotations: AnalyzedQuotation[],
  language: string | undefined,
): void {
  if (!echoLanguages.has(language ?? '')) return;
  const headlineStart = text.length - text.trimStart().length;
  for (const headline of quotations) {
    if (headline.depth !== 0 || headline.paragraphStart > headlineStart) continue;
    if (headline.paragraphEnd - headline.paragraphStart > headlineLength) continue;
    const words = comparable(headline.text);
    if (words.split(' ').length < 3) continue;
    const body = quotations.find(
      (quotation) =>
        quotation.depth === 0 &&
        quotation.kind === 'direct' &&
        quotation.start > headline.paragraphEnd &&
        quotation.speaker !== null &&
        comparable(quotation.text).includes(words),
    );
    if (body === undefined) continue;
    headline.speaker = body.speaker;
    headline.speakerConfidence = body.speakerConfidence;
    if (body.speakerKind === undefined) delete headline.speakerKind;
    else headline.speakerKind = body.speakerKind;
    headline.attributionRule = 'headline-echo';
  }
}
