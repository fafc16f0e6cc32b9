import { attributionIn } from '../read-attribution-clause.ts';
import type { AttributionRule } from './attribution-context.ts';

/** "Smith said:" / "said Smith," just before the quote it introduces. */
export const verbBeforeIntroducedQuote: AttributionRule = {
  name: 'verb-before-introduced-quote',
  attribute({ text, beforeStart, span, introduces }) {
    if (!introduces) return undefined;
    const found = attributionIn(text, beforeStart, span.openIndex, 'sentence', false);
    return found ? { ...found, reach: 'sentence' } : undefined;
  },
};
