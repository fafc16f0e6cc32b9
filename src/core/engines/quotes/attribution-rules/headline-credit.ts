import { nameRunSource, stripName } from '../person-names.ts';
import { roleEnding } from '../speaker-words.ts';
import type { AttributionRule } from './attribution-context.ts';

/** "‘I wrote it to stop being afraid’: Novelist Adaeze Nwosu on grief" — a headline's credit. */
export const headlineCredit: AttributionRule = {
  name: 'headline-credit',
  attribute({ text, span, afterFrom }) {
    if (text.slice(span.paragraphStart, span.openIndex).trim() !== '') return undefined;
    // The credit ends the headline or reads "X on…"; "‘It's all gone’: Vermont town reels" is no credit.
    const credit = new RegExp(
      String.raw`^:\s+(${nameRunSource})(?=[ \t]*(?:$|\n|[,—–-]|(?:on|says|about|talks|reflects|explains)(?![\p{L}])))`,
      'u',
    ).exec(text.slice(afterFrom, afterFrom + 80));
    const run = credit?.[1];
    if (!credit || run === undefined) return undefined;
    const tokens = run.split(' ');
    // "Novelist Adaeze Nwosu": a leading job word is not a given name.
    const dropped = tokens.length >= 3 && roleEnding.test((tokens[0] ?? '').toLowerCase()) ? 1 : 0;
    const name = tokens.slice(dropped).join(' ');
    const at =
      afterFrom + credit[0].length - run.length + (dropped ? (tokens[0] ?? '').length + 1 : 0);
    const stripped = stripName(name, at);
    return stripped
      ? { subject: stripped.name, subjectKind: 'name', index: stripped.start, reach: 'nearby' }
      : undefined;
  },
};
