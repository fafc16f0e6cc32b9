import type { Attribution } from './speaker-types.ts';
import { nameRunSource, stripName } from './person-names.ts';

/**
 * "“They gave us a pizza party.” — Darnell Hughes, 55, maintenance": a vox-pop credit after
 * a dash. The name must end the line or be followed by a comma, so a dash that opens an
 * aside ("“soon” — a word he used twice") is not read as a credit.
 */
const dashCreditPattern = new RegExp(
  String.raw`^[ \t]*[—–][ \t]*(${nameRunSource})(?=[ \t]*(?:,|$|\n))`,
  'u',
);

export function dashCredit(text: string, afterFrom: number): Attribution | undefined {
  const credit = dashCreditPattern.exec(text.slice(afterFrom, afterFrom + 120));
  const run = credit?.[1];
  if (!credit || run === undefined) return undefined;
  const stripped = stripName(run, afterFrom + credit[0].length - run.length);
  if (!stripped || !stripped.name.includes(' ')) return undefined;
  return { subject: stripped.name, subjectKind: 'name', index: stripped.start, reach: 'sentence' };
}
