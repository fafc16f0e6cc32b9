import { sentenceStartBefore } from '../sentence-bounds.ts';
import { subjectAtStart } from '../read-attribution-clause.ts';
import { standsAlone, type AttributionRule } from './attribution-context.ts';

/** "Asked whether…, she laughed. “A search engine…”": the sentence before names the speaker. */
export const previousSentenceSubject: AttributionRule = {
  name: 'previous-sentence-subject',
  attribute(context) {
    const { text, floor, beforeStart, bounds } = context;
    if (!standsAlone(context) || beforeStart <= floor || bounds.previousCloseIndex >= 0)
      return undefined;
    const previousSentence = sentenceStartBefore(text, floor, Math.max(floor, beforeStart - 1));
    return subjectAtStart(text, previousSentence, beforeStart);
  },
};
