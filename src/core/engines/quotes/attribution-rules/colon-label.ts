import { stripName } from '../person-names.ts';
import { nameColon } from '../read-attribution-clause.ts';
import type { AttributionRule } from './attribution-context.ts';

/** "Smith: “…”" labels a speaker; "Her answer to Dunbar: “…”" and "a line on Instagram:" do not. */
export const colonLabel: AttributionRule = {
  name: 'colon-label',
  attribute({ beforeText, beforeStart, introduces }) {
    if (!introduces) return undefined;
    const colonName = nameColon.exec(beforeText);
    const labelsSpeaker =
      colonName !== null && /(?:^|[,;:(—–-])\s*$/u.test(beforeText.slice(0, colonName.index));
    if (!labelsSpeaker || colonName.groups?.name === undefined) return undefined;
    const stripped = stripName(colonName.groups.name, beforeStart + colonName.index);
    return stripped
      ? { subject: stripped.name, subjectKind: 'name', index: stripped.start, reach: 'sentence' }
      : undefined;
  },
};
