import { sentenceStartBefore } from '../sentence-bounds.ts';
import { attributionIn, subjectAtStart } from '../read-attribution-clause.ts';
import { standsAlone, type AttributionRule } from './attribution-context.ts';

/** A quote-only paragraph after one that reports someone's words ("Ruiz said the county…"). */
export const previousParagraphReport: AttributionRule = {
  name: 'previous-paragraph-report',
  attribute(context) {
    const { text, span } = context;
    if (!standsAlone(context)) return undefined;
    if (text.slice(span.paragraphStart, span.openIndex).trim() !== '') return undefined;
    const end = text.slice(0, span.paragraphStart).trimEnd().length;
    const start = text.lastIndexOf('\n', end - 1) + 1;
    const paragraph = text.slice(start, end);
    if (!/[.!?]$/u.test(paragraph) || /^["“‘'«]|["”’»][.!?]?$/u.test(paragraph)) return undefined;
    const reported = attributionIn(text, start, end, 'nearby', false);
    if (reported) return reported;
    // "Glasner was asked about January. He declined to engage." then a bare quote: his answer.
    const lastSentence = sentenceStartBefore(text, start, end - 1);
    const subject = subjectAtStart(text, lastSentence, end);
    return subject?.subjectKind === 'pronoun' ? { ...subject, form: 'pronoun-subject' } : undefined;
  },
};
