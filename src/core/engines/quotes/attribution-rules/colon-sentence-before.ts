import { sentenceStartBefore } from '../sentence-bounds.ts';
import { attributionIn, firstNameIn, subjectAtStart } from '../read-attribution-clause.ts';
import type { AttributionRule } from './attribution-context.ts';

/** "The mayor put it bluntly:" then a paragraph opening with the quote: that sentence's speaker. */
export const colonSentenceBefore: AttributionRule = {
  name: 'colon-sentence-before',
  attribute({ text, span, bounds, beforeText }) {
    if (beforeText !== '' || bounds.previousCloseIndex >= 0) return undefined;
    const lookFrom = Math.max(0, span.openIndex - 300);
    const previousText = text.slice(lookFrom, span.openIndex).trimEnd();
    if (!previousText.endsWith(':')) return undefined;
    const colonAt = lookFrom + previousText.length - 1;
    const lineStart = Math.max(lookFrom, text.lastIndexOf('\n', colonAt - 1) + 1);
    const sentenceStart = sentenceStartBefore(text, lineStart, colonAt);
    return (
      attributionIn(text, sentenceStart, colonAt, 'nearby', false) ??
      firstNameIn(text, sentenceStart, colonAt) ??
      subjectAtStart(text, sentenceStart, colonAt)
    );
  },
};
