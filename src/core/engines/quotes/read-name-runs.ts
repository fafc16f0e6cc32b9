import { genderOfFirstName } from './first-name-gender.ts';
import {
  isOrganisation,
  nameRunSource,
  organisationName,
  stripName,
  type NameRun,
} from './person-names.ts';
import { nonNameWords, roleEnding } from './speaker-words.ts';

/**
 * Capitalised runs of a text read as people or organisations, before the person index
 * merges them into entities: "Council Member Rafael Duquesne" is a person, "Rail Delivery
 * Group" an organisation, "the town of Millbrook" neither.
 */

const nameRunPattern = new RegExp(nameRunSource, 'gu');
const followingOrganisationNoun =
  /^\s+(?:group|company|firm|organi[sz]ation|union|coalition|network|chain|agency|utility|foundation|charity)\b/u;
const precedingOrganisationNoun =
  /(?:(?:group|company|firm|organi[sz]ation|union|agency|charity|nonprofit|network),?|(?:the|rival)\s+(?:[\p{Ll}-]+\s+)?(?:service|platform|start-?up|app|retailer|carrier|airline|automaker|carmaker|chipmaker|drugmaker|manufacturer|supplier|lender|insurer|broadcaster|publisher|brand|conglomerate|giant|developer|operator))\s+$/u;

/** "Homeowner Jessica Tran" at a sentence start: the first word is a role, not a given name. */
function withoutLeadingRole(text: string, run: NameRun): NameRun {
  const tokens = run.name.split(' ');
  const first = tokens[0] ?? '';
  const atSentenceStart = /(?:^|[.!?]["”’]?\s+|\n\s*)$/u.test(
    text.slice(Math.max(0, run.start - 4), run.start),
  );
  if (tokens.length < 3 || !atSentenceStart || !roleEnding.test(first.toLowerCase())) return run;
  return {
    name: tokens.slice(1).join(' '),
    start: run.start + first.length + 1,
    end: run.end,
    titles: [...run.titles, first.toLowerCase()],
  };
}

export interface RawRun {
  raw: string;
  start: number;
  person?: NameRun;
  organisation?: string;
}

const placeBefore =
  /(?:town|city|village|county|state|province|region|district|suburb|port)\s+of\s+$/u;

/** "A group of…", "The union's…": a capitalised sentence word before an organisation noun. */
const onlySentenceWords = (raw: string): boolean =>
  raw.split(' ').every((word) => nonNameWords.has(word.toLowerCase()));

/** Splits runs into people and organisations ("Council Member Rafael Duquesne" is a person). */
export function readRuns(text: string): RawRun[] {
  const runs: RawRun[] = [];
  for (const match of text.matchAll(nameRunPattern)) {
    const start = match.index;
    let raw = match[0];
    // "the town of Millbrook": a place, neither a person nor an organisation.
    if (placeBefore.test(text.slice(Math.max(0, start - 30), start))) continue;
    // "Copenhagen-based", "Russian-born": an adjective, not a name.
    if (/-\p{Ll}+$/u.test(raw.split(' ').pop() ?? '')) continue;
    const stripped = stripName(raw, start);
    const titled = stripped !== undefined && stripped.titles.length > 0;
    if (stripped && titled && !isOrganisation(stripped.name)) {
      runs.push({ raw, start, person: withoutLeadingRole(text, stripped) });
      continue;
    }
    const end = start + raw.length;
    // "the nurses' union, Joan Fitzgerald": a given name and a surname make a person.
    const givenNamed = raw.includes(' ') && genderOfFirstName(raw) !== undefined;
    const organisationLike =
      isOrganisation(organisationName(raw)) ||
      /^\p{Lu}{2,6}$/u.test(raw) ||
      (!givenNamed &&
        (followingOrganisationNoun.test(text.slice(end, end + 20)) ||
          precedingOrganisationNoun.test(text.slice(Math.max(0, start - 40), start))));
    if (stripped && !organisationLike) {
      runs.push({ raw, start, person: withoutLeadingRole(text, stripped) });
    } else if (organisationLike && raw !== 'I' && !onlySentenceWords(raw)) {
      // "Ministry of Foreign Affairs", "Writers Guild of America": an organisation's "of" part.
      const ofPart = /^ (?:of|for)(?: the)? (\p{Lu}[\p{L}’'-]*(?: \p{Lu}[\p{L}’'-]*){0,3})/u.exec(
        text.slice(end, end + 60),
      );
      if (ofPart?.[1] && isOrganisation(raw.split(' ').pop() ?? '')) raw += ofPart[0];
      runs.push({ raw, start, organisation: organisationName(raw) });
    }
  }
  return runs;
}

/** "James and Elena Whitaker": a couple sharing the surname; James is James Whitaker. */
export function couplePeople(text: string): RawRun[] {
  const pattern =
    /(?<![\p{L}])(\p{Lu}\p{Ll}+) and \p{Lu}\p{Ll}+ (\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)(?![\p{L}])/gu;
  return [...text.matchAll(pattern)].flatMap((match) => {
    const given = match[1] ?? '';
    if (!genderOfFirstName(given)) return [];
    const name = `${given} ${match[2] ?? ''}`;
    const end = match.index + given.length;
    return [
      { raw: name, start: match.index, person: { name, start: match.index, end, titles: [] } },
    ];
  });
}

/** "Marcus “Kingfish” Hale": a nickname in quotes between a first and a last name. */
export function nicknamedPeople(text: string): RawRun[] {
  const pattern = /(\p{Lu}\p{Ll}+) ["“‘']\p{Lu}[\p{L} .'-]{0,20}["”’'] (\p{Lu}[\p{L}-]+)/gu;
  return [...text.matchAll(pattern)].map((match) => {
    const name = `${match[1] ?? ''} ${match[2] ?? ''}`;
    return {
      raw: name,
      start: match.index,
      person: { name, start: match.index, end: match.index + match[0].length, titles: [] },
    };
  });
}
