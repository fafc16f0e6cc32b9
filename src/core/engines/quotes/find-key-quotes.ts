import type { KeyQuote } from '../../model/quote.ts';
import { sentenceEndAfter, sentenceStartBefore } from './sentence-bounds.ts';
import { analyzeQuotations } from './find-quotations.ts';
import { rankKeyQuotes } from './rank-key-quotes.ts';

export interface FindKeyQuotesOptions {
  /** Most quote groups to return; default 5. */
  max?: number;
}

/** The sentence(s) around a span, capped so a long paragraph does not become the context. */
export function sentenceAround(
  text: string,
  start: number,
  end: number,
  paragraphStart: number,
  paragraphEnd: number,
): string {
  const from = sentenceStartBefore(text, paragraphStart, start);
  const to = sentenceEndAfter(text, end, paragraphEnd);
  const context = text.slice(from, Math.min(to + 1, paragraphEnd)).trim();
  return context.length > 800 ? text.slice(start, end) : context;
}

/**
 * The key quotes of an article as users see them: verbatim spans with speaker, offsets, the
 * sentence around them, and the group that ties parts of a split quote together.
 */
export function findKeyQuotes(text: string, options: FindKeyQuotesOptions = {}): KeyQuote[] {
  const analyzed = analyzeQuotations(text);
  const ranked = rankKeyQuotes(analyzed, { max: options.max ?? 5 });
  return ranked.flatMap((quotation) => {
    if (quotation.speaker === null) return [];
    const source = analyzed.find((candidate) => candidate.start === quotation.start);
    const paragraphStart = source?.paragraphStart ?? 0;
    const paragraphEnd = source?.paragraphEnd ?? text.length;
    return [
      {
        text: quotation.text,
        speaker: quotation.speaker,
        ...(quotation.speakerKind === undefined ? {} : { speakerKind: quotation.speakerKind }),
        start: quotation.start,
        end: quotation.end,
        context: sentenceAround(text, quotation.start, quotation.end, paragraphStart, paragraphEnd),
        group: quotation.group,
      },
    ];
  });
}
