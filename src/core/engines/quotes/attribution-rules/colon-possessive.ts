import { subjectAtStart } from '../read-attribution-clause.ts';
import type { AttributionRule } from './attribution-context.ts';

/** "Her answer to Dunbar: “…”": the possessive is the speaker, the name only the addressee. */
export const colonPossessive: AttributionRule = {
  name: 'colon-possessive',
  attribute({ text, beforeStart, beforeText, span }) {
    if (!beforeText.endsWith(':') || !/^(?:[Hh]is|[Hh]er)\s/u.test(beforeText)) return undefined;
    const found = subjectAtStart(text, beforeStart, span.openIndex);
    return found ? { ...found, reach: 'sentence' } : undefined;
  },
};
