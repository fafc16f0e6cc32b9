import { sentenceEndAfter } from '../sentence-bounds.ts';
import { attributionIn } from '../read-attribution-clause.ts';
import { standsAlone, type AttributionRule } from './attribution-context.ts';

/** "“We lost.” Smith said the team would regroup.": a named subject in the next short sentence. */
export const nextSentenceName: AttributionRule = {
  name: 'next-sentence-name',
  attribute(context) {
    const { text, afterEnd, bounds } = context;
    if (!standsAlone(context) || afterEnd >= bounds.nextOpenIndex) return undefined;
    const nextEnd = sentenceEndAfter(
      text,
      afterEnd,
      Math.min(bounds.nextOpenIndex, afterEnd + 150),
    );
    const found = attributionIn(text, afterEnd, nextEnd, 'nearby', false);
    return found?.subjectKind === 'name' ? found : undefined;
  },
};
