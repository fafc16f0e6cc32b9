import { subjectAtStart } from '../read-attribution-clause.ts';
import type { AttributionRule } from './attribution-context.ts';

/** "On digital lending, she was more optimistic: “…”": the subject the sentence opens with. */
export const colonSentenceSubject: AttributionRule = {
  name: 'colon-sentence-subject',
  attribute({ text, beforeStart, beforeText, span }) {
    if (!beforeText.endsWith(':')) return undefined;
    const found = subjectAtStart(text, beforeStart, span.openIndex);
    return found ? { ...found, reach: 'sentence' } : undefined;
  },
};
