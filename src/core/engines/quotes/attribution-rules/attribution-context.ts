import type { QuoteSpan } from '../scan-quote-spans.ts';
import { sentenceEndAfter, sentenceStartBefore } from '../sentence-bounds.ts';
import type { Attribution, AttributionBounds } from '../speaker-types.ts';

/** What every attribution rule may read about one quote: its sentence before and after. */
export interface AttributionContext {
  text: string;
  span: QuoteSpan;
  bounds: AttributionBounds;
  /** Nothing before this belongs to the quote's sentence (paragraph start or previous quote). */
  floor: number;
  /** Start of the quote's sentence, and its words up to the opening mark (trimmed at the end). */
  beforeStart: number;
  beforeText: string;
  /** Just after the closing mark, and the end of the sentence there (at most 250 characters). */
  afterFrom: number;
  afterEnd: number;
  /** The words from the closing mark to the end of the sentence. */
  restOfSentence: string;
  /** The words before the quote end in a comma or colon: they introduce it. */
  introduces: boolean;
}

/** An entry of the ordered attribution list: the first that names a subject wins. */
export interface AttributionRule {
  name: string;
  attribute(context: AttributionContext): Attribution | undefined;
}

export function attributionContext(
  text: string,
  span: QuoteSpan,
  bounds: AttributionBounds,
): AttributionContext {
  const floor = Math.max(span.paragraphStart, bounds.previousCloseIndex + 1);
  const beforeStart = sentenceStartBefore(text, floor, span.openIndex);
  const beforeText = text.slice(beforeStart, span.openIndex).trimEnd();
  // ",''' said Mr. Regalado": a nested quote's mark left next to the outer close is no word.
  let afterFrom = Math.min(span.closeEnd, span.paragraphEnd);
  while (afterFrom < span.paragraphEnd && /['’"”]/u.test(text.charAt(afterFrom))) afterFrom += 1;
  const afterEnd = Math.min(
    sentenceEndAfter(text, afterFrom, bounds.nextOpenIndex),
    afterFrom + 250,
  );
  return {
    text,
    span,
    bounds,
    floor,
    beforeStart,
    beforeText,
    afterFrom,
    afterEnd,
    restOfSentence: text.slice(afterFrom, afterEnd),
    introduces: /[,:]$/u.test(beforeText),
  };
}

/** The quote stands alone in its sentence: no words before it, none after it. */
export const standsAlone = (context: AttributionContext): boolean =>
  context.beforeText === '' && /^[\s.!?]*$/u.test(context.restOfSentence);
