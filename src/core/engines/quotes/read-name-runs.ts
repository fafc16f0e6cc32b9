import { genderOfFirstName } from './first-name-gender.ts';
import {
  isOrganisation,
  nameRunSource,
  organisationName,
  stripName,
  type NameRun,
} from './person-names.ts';
import {
  businessPossessive,
  commonAcronyms,
  followingOrganisationNoun,
  legalSuffix,
  organisationAppositive,
  precedingOrganisationNoun,
  surnameLikeOrganisationWord,
  titledWork,
  whichThenSaid,
} from './organisation-clues.ts';
import { nonNameWords, organisationWords, personNoun, roleEnding } from './speaker-words.ts';
import { followsPortfolioTitle, withoutPortfolio } from './portfolio-titles.ts';
import { isCharacterAt } from './role-mentions.ts';

/**
 * Capitalised runs of a text read as people or organisations, before the person index
 * merges them into entities: "Council Member Rafael Duquesne" is a person, "Rail Delivery
 * Group" an organisation, "the town of Millbrook" neither.
 */

const nameRunPattern = new RegExp(nameRunSource, 'gu');

/** "Homeowner Jessica Tran" at a sentence start: the first word is a role, not a given name. */
function withoutLeadingRole(text: string, run: NameRun): NameRun {
  const tokens = run.name.split(' ');
  const first = tokens[0] ?? '';
  const atSentenceStart = /(?:^|[.!?]["”’]?\s+|\n\s*)$/u.test(
    text.slice(Math.max(0, run.start - 4), run.start),
  );
  // "Waitress Donna Pacheco", "Actress…": -ess jobs as well as -er/-or/-ist ones.
  const roleLike = roleEnding.test(first.toLowerCase()) || /ess$/u.test(first);
  if (tokens.length < 3 || !atSentenceStart || !roleLike) return run;
  // "Pieter van der Berg", "Walter Finch Smith": a given name ending in -er, then a name.
  if (!/^\p{Lu}/u.test(tokens[1] ?? '') || genderOfFirstName(first) !== undefined) return run;
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

function loneWordBeforePersonNoun(text: string, start: number, raw: string): boolean {
  if (raw.includes(' ') || !organisationWords.has(raw.toLowerCase())) return false;
  if (!/(?:^|[.!?]["”’]?\s+|\n\s*)$/u.test(text.slice(Math.max(0, start - 4), start))) return false;
  const next = /^ (\p{Ll}+)\b/u.exec(text.slice(start + raw.length, start + raw.length + 30))?.[1];
  return next !== undefined && personNoun.test(next);
}

/** Splits runs into people and organisations ("Council Member Rafael Duquesne" is a person). */
export function readRuns(text: string): RawRun[] {
  const runs: RawRun[] = [];
  // "Centers for Disease Control and Prevention": the runs inside an organisation's name.
  let coveredUntil = -1;
  for (const match of text.matchAll(nameRunPattern)) {
    const start = match.index;
    let raw = match[0];
    if (start < coveredUntil) continue;
    // "the town of Millbrook": a place, neither a person nor an organisation.
    if (placeBefore.test(text.slice(Math.max(0, start - 30), start))) continue;
    // "Copenhagen-based", "Russian-born": an adjective, not a name.
    if (/-\p{Ll}+$/u.test(raw.split(' ').pop() ?? '')) continue;
    // "AURORA, Colo. —", "NEW YORK (Reuters) -": a dateline's place, not an acronym.
    if (
      start === 0 &&
      /^\p{Lu}{3,}(?: \p{Lu}{2,})*$/u.test(raw) &&
      /^(?:,| \(| —| -)/u.test(text.slice(raw.length))
    )
      continue;
    // "New York", "San Diego", "Fort Worth": a place, never a person.
    if (/^(?:New|San|Santa|Los|Las|Fort|Port|Mount) \p{Lu}[\p{L}’'-]*$/u.test(raw)) continue;
    // "her debut album, Southside Hymns,": a work's or a shop's title, not a person.
    if (titledWork.test(text.slice(Math.max(0, start - 30), start))) continue;
    // "National Disaster Risk Reduction and Management Council": one name across "and".
    const andPart = /^ and (\p{Lu}[\p{L}’'-]*(?: \p{Lu}[\p{L}’'-]*){0,3})/u.exec(
      text.slice(start + raw.length, start + raw.length + 60),
    );
    const andLast = andPart?.[1]?.split(' ').pop() ?? '';
    if (
      andPart?.[1]?.includes(' ') &&
      organisationWords.has(andLast.toLowerCase()) &&
      // "Allina Health and Fairview Health Services" are two organisations.
      !organisationWords.has((raw.split(' ').pop() ?? '').toLowerCase())
    ) {
      raw += andPart[0];
      coveredUntil = start + raw.length;
    }
    // "Group leader Cllr Paul Ashworth", "Union boss…": a lone organisation word opening a
    // sentence before a person noun describes that person; it names no organisation.
    if (loneWordBeforePersonNoun(text, start, raw)) continue;
    // "Harlow & Finch", "Pacific Gas & Electric": an ampersand joins names only in a firm's name.
    const ampersandPart = /^ & (\p{Lu}[\p{L}’'-]*(?: \p{Lu}[\p{L}’'-]*){0,3})/u.exec(
      text.slice(start + raw.length, start + raw.length + 60),
    );
    if (ampersandPart) {
      raw += ampersandPart[0];
      coveredUntil = start + raw.length;
      runs.push({ raw, start, organisation: organisationName(raw) });
      continue;
    }
    // "spokesperson He Yadong": a capitalised "He" inside a sentence is a surname, not "he".
    const surnameHe =
      /^He \p{Lu}/u.test(raw) && !/(?:^|[.!?]["”’]?\s+|\n\s*)$/u.test(text.slice(0, start));
    const named = surnameHe
      ? { name: raw, start, end: start + raw.length, titles: [] }
      : stripName(raw, start);
    // "Minister for Housing Darragh Mac Cárthaigh": the portfolio is part of the title.
    const stripped =
      named !== undefined && followsPortfolioTitle(text, start) ? withoutPortfolio(named) : named;
    const titled = stripped !== undefined && stripped.titles.length > 0;
    // "the King Soopers store", then "King Soopers said": a title word starting a shop's name.
    const namesBusiness =
      titled &&
      new RegExp(
        String.raw`${raw.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')}${followingOrganisationNoun.source.slice(1)}`,
        'u',
      ).test(text);
    if (stripped && titled && !isOrganisation(stripped.name) && !namesBusiness) {
      runs.push({ raw, start, person: withoutLeadingRole(text, stripped) });
      continue;
    }
    const end = start + raw.length;
    // "the nurses' union, Joan Fitzgerald": a given name and a surname make a person.
    const givenNamed = raw.includes(' ') && genderOfFirstName(raw) !== undefined;
    const organisationLike =
      namesBusiness ||
      organisationAppositive.test(text.slice(end, end + 100)) ||
      whichThenSaid.test(text.slice(end, end + 130)) ||
      (isOrganisation(organisationName(raw)) &&
        !surnameLikeOrganisationWord(raw) &&
        !agedPerson(text, end)) ||
      legalSuffix.test(` ${raw.split(' ').pop() ?? ''}`) ||
      legalSuffix.test(text.slice(end, end + 8)) ||
      (/^\p{Lu}{2,6}$/u.test(raw) && !commonAcronyms.has(raw)) ||
      businessPossessive.test(text.slice(start, start + raw.length + 40)) ||
      (!givenNamed &&
        (followingOrganisationNoun.test(text.slice(end, end + 20)) ||
          precedingOrganisationNoun.test(text.slice(Math.max(0, start - 40), start))));
    if (stripped && !organisationLike) {
      // "Delaney plays Ingrid": a film's character, whom no later "she" can mean.
      if (isCharacterAt(text, start)) continue;
      runs.push({ raw, start, person: withoutLeadingRole(text, stripped) });
    } else if (organisationLike && raw !== 'I' && !onlySentenceWords(raw)) {
      // "Ministry of Foreign Affairs", "Writers Guild of America": an organisation's "of" part.
      const ofPart =
        /^ (?:of|for)(?: the)? (\p{Lu}[\p{L}’'-]*(?: (?:and |& )?\p{Lu}[\p{L}’'-]*){0,4})/u.exec(
          text.slice(end, end + 80),
        );
      if (ofPart?.[1] && isOrganisation(raw.split(' ').pop() ?? '')) {
        raw += ofPart[0].replace(/’s$|'s$/u, '');
        coveredUntil = start + raw.length;
      }
      runs.push({ raw, start, organisation: organisationName(raw) });
    }
  }
  return runs;
}

/** "Edna Hall, 81,": an age after the run makes a person of a name that ends like a place. */
const agedPerson = (text: string, end: number): boolean =>
  /^,\s+\d{1,3},/u.test(text.slice(end, end + 7));

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
