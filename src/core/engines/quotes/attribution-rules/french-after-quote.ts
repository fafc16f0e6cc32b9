import { frenchAttribution } from '../french-attribution.ts';
import type { AttributionRule } from './attribution-context.ts';

/** French incises in otherwise English-read text ("…», a déclaré X"); the rule lives with the languages. */
export const frenchAfterQuote: AttributionRule = {
  name: 'french-after-quote',
  attribute: ({ text, afterFrom, afterEnd }) => frenchAttribution(text, afterFrom, afterEnd),
};
