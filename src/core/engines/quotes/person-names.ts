import { nonNameWords, organisationWords, roleEnding, titleWords } from './speaker-words.ts';

/**
 * Names of people, read from capitalised word runs: titles and sentence-start words are
 * stripped ("Russian President Vladimir Putin" → "Vladimir Putin") and a surname used later
 * ("Putin") resolves to the fullest form the text gives.
 */

const abbreviatedTitle = String.raw`(?:Mr|Mrs|Ms|Dr|Gen|Sen|Rep|Gov|Lt|Col|Sgt|Capt|Prof|Rev|St|Jr|Sr|Adm|Maj|Cpl|Pres)\.`;
const capitalised = String.raw`(?:${abbreviatedTitle}|\p{Lu}\.(?:\p{Lu}\.)*|\p{Lu}[\p{L}\p{M}’'\-]*)`;
const particle = String.raw`(?:von|van|der|den|de|da|del|della|di|du|la|le|bin|ibn|al|el|dos|das|ter|ten|y)`;

/** A run of capitalised words, allowing name particles inside (Ursula von der Leyen). */
export const nameRunSource = String.raw`(?<![\p{L}\p{M}’'])(?:${particle}[ \u00a0])*${capitalised}(?:[ \u00a0](?:${particle}[ \u00a0])*${capitalised}){0,7}`;

const nameRunPattern = new RegExp(nameRunSource, 'gu');

export interface NameRun {
  /** The name without leading titles or sentence words. */
  name: string;
  /** Where the stripped name starts and ends in the text. */
  start: number;
  end: number;
  /** Title words found in front of it, lowercased ("president", "coach"). */
  titles: string[];
}

function bareWord(token: string): string {
  return token
    .toLowerCase()
    .replace(/[.’']s?$/u, '')
    .replace(/\.$/u, '');
}

/** Strips titles and non-name words from the front of a capitalised run. */
export function stripName(run: string, runStart: number): NameRun | undefined {
  const tokens = run.split(/[ \u00a0]/u);
  const titles: string[] = [];
  let first = 0;
  // Sentence words first ("But", "The"), then everything up to the last title
  // ("Russian President Vladimir Putin"); the final token always stays.
  while (first < tokens.length - 1 && nonNameWords.has(bareWord(tokens[first] ?? ''))) first += 1;
  for (let index = tokens.length - 2; index >= first; index -= 1) {
    if (titleWords.has(bareWord(tokens[index] ?? ''))) {
      titles.push(...tokens.slice(first, index + 1).map(bareWord));
      first = index + 1;
      break;
    }
  }
  const offset =
    runStart + tokens.slice(0, first).reduce((sum, token) => sum + token.length + 1, 0);
  let kept = tokens.slice(first);
  // Possessive endings belong to the sentence, not the name ("Putin’s remarks").
  const last = kept[kept.length - 1] ?? '';
  const withoutPossessive = last.replace(/[’']s?$/u, '');
  if (withoutPossessive !== last) kept = [...kept.slice(0, -1), withoutPossessive];
  const joined = kept.join(' ');
  // A sentence's full stop is not part of the name; an initial's or "Jr." is.
  const keepsDot = /(?:^|\s)(?:\p{Lu}|Jr|Sr)\.$/u.test(joined);
  const name = keepsDot ? joined : joined.replace(/\.$/u, '');
  const onlyNonNames = kept.every(
    (token) => nonNameWords.has(bareWord(token)) || titleWords.has(bareWord(token)),
  );
  if (name === '' || onlyNonNames) return undefined;
  return { name, start: offset, end: offset + name.length, titles };
}

/** Every capitalised run of a text, stripped to its name part. */
export function findNameRuns(text: string): NameRun[] {
  const runs: NameRun[] = [];
  for (const match of text.matchAll(nameRunPattern)) {
    const stripped = stripName(match[0], match.index);
    if (stripped) runs.push(stripped);
  }
  return runs;
}

function lastToken(name: string): string {
  const tokens = name.split(' ');
  return (tokens[tokens.length - 1] ?? name).toLowerCase();
}

export interface PersonIndex {
  /** The fullest form of a name the text gives ("Putin" → "Vladimir Putin"). */
  fullestName(name: string): string;
  /** Roles the text gives a person (titles and appositives), lowercased. */
  rolesOf(fullName: string): Set<string>;
  /** Mentions of people outside quotes, in text order. */
  mentions: { name: string; index: number }[];
  /** How often each person (fullest form) is mentioned, for prominence. */
  mentionCount(fullName: string): number;
}

const appositiveRole =
  /^,\s+(?:(?:a|an|the|who is|its|his|her)\s+(?:[\p{L}\d’'-]+\s+){0,5}?([\p{Ll}-]+)(?=,|\.|\s+(?:of|at|for|who|and|in|on)\b)|\d{1,3},)/u;

/** Short lines without a full stop are headlines, bylines or captions: no names from them. */
function headlineRanges(text: string): { start: number; end: number }[] {
  const ranges: { start: number; end: number }[] = [];
  let start = 0;
  for (const line of text.split('\n')) {
    const words = line.split(/\s+/u).filter((word) => /\p{L}/u.test(word));
    const capitalisedWords = words.filter((word) => /^[\p{Lu}\d]/u.test(word)).length;
    const unpunctuated = !/[.!?:]["”’]?\s*$/u.test(line);
    if (
      words.length > 0 &&
      unpunctuated &&
      (words.length <= 20 || capitalisedWords / words.length >= 0.5)
    ) {
      ranges.push({ start, end: start + line.length });
    }
    start += line.length + 1;
  }
  return ranges;
}

function isOrganisation(name: string): boolean {
  return name.split(' ').some((token) => organisationWords.has(bareWord(token)));
}

/** Lowercase role words just before a name ("Rovers manager Tom Ashworth", "finance chief"). */
function rolesBefore(text: string, start: number): string[] {
  if (!/\s/u.test(text.charAt(start - 1))) return [];
  const words = text
    .slice(Math.max(0, start - 40), start)
    .trimEnd()
    .split(/\s+/u);
  const word = words[words.length - 1] ?? '';
  if (!/^[\p{Ll}-]+$/u.test(word) || !(titleWords.has(word) || roleEnding.test(word))) return [];
  const previous = words[words.length - 2];
  return [word, ...(previous && /^[\p{L}-]+$/u.test(previous) ? [previous.toLowerCase()] : [])];
}

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

/**
 * Indexes the people of a text: runs with a title, a role word or an appositive, runs of two
 * or more name-like words, and names the attribution engine saw speak (`speakerNames`).
 * Names inside quotes and in headlines never count as mentions.
 */
export function indexPeople(
  text: string,
  insideQuote: (index: number) => boolean,
  speakerNames: string[],
): PersonIndex {
  const headlines = headlineRanges(text);
  const inHeadline = (index: number): boolean =>
    headlines.some((range) => index >= range.start && index < range.end);
  const runs = findNameRuns(text)
    .filter((run) => !inHeadline(run.start))
    .map((run) => withoutLeadingRole(text, run));
  const byLast = new Map<string, { full: string; roles: Set<string> }>();
  const register = (name: string, roles: string[]): void => {
    const key = lastToken(name);
    const known = byLast.get(key);
    const tokens = name.split(' ').length;
    if (!known || (tokens > known.full.split(' ').length && tokens <= 4)) {
      byLast.set(key, { full: name, roles: new Set([...(known?.roles ?? []), ...roles]) });
    } else {
      for (const role of roles) known.roles.add(role);
    }
  };
  const speakers = new Set(speakerNames.map(lastToken));
  for (const run of runs) {
    const tokens = run.name.split(' ').length;
    if (tokens > 4 || isOrganisation(run.name)) continue;
    const appositive = appositiveRole.exec(text.slice(run.end, run.end + 80));
    const roles = [
      ...run.titles,
      ...rolesBefore(text, run.start),
      ...(appositive?.[1] ? [appositive[1].toLowerCase()] : []),
    ];
    if (roles.length > 0 || appositive || tokens >= 2 || speakers.has(lastToken(run.name)))
      register(run.name, roles);
  }
  const mentions: { name: string; index: number }[] = [];
  const counts = new Map<string, number>();
  for (const run of runs) {
    const person = byLast.get(lastToken(run.name));
    if (!person || insideQuote(run.start)) continue;
    mentions.push({ name: person.full, index: run.start });
    counts.set(person.full, (counts.get(person.full) ?? 0) + 1);
  }
  return {
    fullestName: (name) => byLast.get(lastToken(name))?.full ?? name,
    rolesOf: (fullName) => byLast.get(lastToken(fullName))?.roles ?? new Set(),
    mentions,
    mentionCount: (fullName) => counts.get(fullName) ?? 0,
  };
}
