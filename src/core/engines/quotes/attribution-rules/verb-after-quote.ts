import { attributionIn } from '../read-attribution-clause.ts';
import type { AttributionRule } from './attribution-context.ts';

/** "“…,” Smith said." / "“…,” said Smith, 44." / "“…,” according to Smith." after the quote. */
export const verbAfterQuote: AttributionRule = {
  name: 'verb-after-quote',
  attribute: ({ text, afterFrom, afterEnd }) =>
    attributionIn(text, afterFrom, afterEnd, 'sentence', true),
};
