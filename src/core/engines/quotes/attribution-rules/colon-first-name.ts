import { firstNameIn } from '../read-attribution-clause.ts';
import type { AttributionRule } from './attribution-context.ts';

/** "Dr. Hannah Koenig, the lead scientist, described what divers found: “…”": the first name. */
export const colonFirstName: AttributionRule = {
  name: 'colon-first-name',
  attribute({ text, beforeStart, beforeText, span }) {
    if (!beforeText.endsWith(':')) return undefined;
    const found = firstNameIn(text, beforeStart, span.openIndex);
    return found ? { ...found, reach: 'sentence' } : undefined;
  },
};
