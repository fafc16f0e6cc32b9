import { attributionIn } from '../read-attribution-clause.ts';
import type { AttributionRule } from './attribution-context.ts';

/** ", said Lee Epstein, who teaches…" / ", he said." — the clause that closes the sentence. */
const closingClause =
  /,\s+(?=(?:said|says|added|adds|wrote|writes|noted|argued|explained|he|she|they|\p{Lu}[\p{L}.’'-]*(?:\s+\p{Lu}[\p{L}.’'-]*){0,3}\s+(?:said|says|added|adds|wrote|writes|noted|argued|explained))(?![\p{L}]))/gu;

/**
 * "''To see the number of cases that could change,'' since so many … were decided by 5-to-4
 * votes, said Lee Epstein": the quote's sentence goes on past the reach of verb-after-quote and
 * ends with the attribution, set off by a comma.
 */
export const verbEndingSentence: AttributionRule = {
  name: 'verb-ending-sentence',
  attribute({ text, afterFrom, afterEnd }) {
    const window = text.slice(afterFrom, afterEnd);
    // Only a sentence that runs on in the reporter's words ("…,'' since so many…"); a name
    // right after the quote is verb-after-quote's to read, or no one's.
    if (!/^[\s,]*\p{Ll}/u.test(window)) return undefined;
    const clauses = [...window.matchAll(closingClause)];
    const last = clauses[clauses.length - 1];
    if (last === undefined) return undefined;
    return attributionIn(text, afterFrom + last.index, afterEnd, 'sentence', true);
  },
};
