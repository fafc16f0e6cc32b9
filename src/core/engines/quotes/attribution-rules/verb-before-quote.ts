import { attributionIn } from '../read-attribution-clause.ts';
import type { AttributionRule } from './attribution-context.ts';

/** "Smith said that the plan was “dead on arrival”": the verb earlier in the quote's sentence. */
export const verbBeforeQuote: AttributionRule = {
  name: 'verb-before-quote',
  attribute: ({ text, beforeStart, span }) =>
    attributionIn(text, beforeStart, span.openIndex, 'sentence', false),
};
