import { genderOfFirstName } from './first-name-gender.ts';
import { nonNameWords, organisationWords, titleWords } from './speaker-words.ts';

/**
 * Names of people, read from capitalised word runs: titles and sentence-start words are
 * stripped ("Russian President Vladimir Putin" → "Vladimir Putin") and a surname used later
 * ("Putin") resolves to the fullest form the text gives.
 */

const abbreviatedTitle = String.raw`(?:Mr|Mrs|Ms|Dr|Gen|Sen|Rep|Gov|Lt|Col|Sgt|Capt|Prof|Rev|St|Jr|Sr|Adm|Maj|Cpl|Pres)\.`;
const capitalised = String.raw`(?:${abbreviatedTitle}|(?:al|el|bin|ibn|abu|ben)-\p{Lu}[\p{L}\p{M}’'\-]*|\p{Lu}\.(?:\p{Lu}\.)*|\p{Lu}[\p{L}\p{M}’'\-]*)`;
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

/** Letters after a name that are honours or professions, not the name ("Rebecca Sandhu KC"). */
const postNominals = new Set([
  'kc',
  'qc',
  'mp',
  'mep',
  'msp',
  'mbe',
  'obe',
  'cbe',
  'phd',
  'md',
  'esq',
]);

const regnalTitles = new Set(['pope', 'king', 'queen', 'prince', 'princess', 'emperor', 'sultan']);

/** Strips titles and non-name words from the front of a capitalised run. */
export function stripName(run: string, runStart: number): NameRun | undefined {
  const tokens = run.split(/[ \u00a0]/u);
  const titles: string[] = [];
  let first = 0;
  // Sentence words first ("But", "The"), then everything up to the last title
  // ("Russian President Vladimir Putin"); the final token always stays.
  while (first < tokens.length - 1 && nonNameWords.has(bareWord(tokens[first] ?? ''))) first += 1;
  // "France’s Camille Moreau", "Montpelier’s Bill Fraser-Dunn": the possessive is a place.
  for (let index = tokens.length - 2; index >= first; index -= 1) {
    if (/[’']s$/u.test(tokens[index] ?? '')) {
      first = index + 1;
      break;
    }
  }
  for (let index = tokens.length - 2; index >= first; index -= 1) {
    if (titleWords.has(bareWord(tokens[index] ?? ''))) {
      titles.push(...tokens.slice(first, index + 1).map(bareWord));
      first = index + 1;
      break;
    }
  }
  // A party or agency acronym in front of a full name ("RN Jordan Maillet").
  while (first < tokens.length - 2 && /^\p{Lu}{2,5}$/u.test(tokens[first] ?? '')) first += 1;
  // "Pope Francis", "King Charles": a one-word regnal name keeps its title.
  if (
    first === tokens.length - 1 &&
    first > 0 &&
    regnalTitles.has(bareWord(tokens[first - 1] ?? ''))
  )
    first -= 1;
  const offset =
    runStart + tokens.slice(0, first).reduce((sum, token) => sum + token.length + 1, 0);
  let kept = tokens.slice(first);
  while (kept.length > 1 && postNominals.has(bareWord(kept[kept.length - 1] ?? '')))
    kept = kept.slice(0, -1);
  // Possessive endings belong to the sentence, not the name ("Putin’s remarks").
  const last = kept[kept.length - 1] ?? '';
  const withoutPossessive = last.replace(/[’']s?$/u, '');
  if (withoutPossessive !== last) kept = [...kept.slice(0, -1), withoutPossessive];
  const joined = kept.join(' ');
  // A sentence's full stop is not part of the name; an initial's or "Jr." is.
  const keepsDot = /(?:^|\s)(?:\p{Lu}|Jr|Sr)\.$/u.test(joined);
  const name = keepsDot ? joined : joined.replace(/\.$/u, '');
  // "Dean", "Bishop": a title word that is also a common given name still names someone.
  const onlyNonNames = kept.every(
    (token) =>
      nonNameWords.has(bareWord(token)) ||
      (titleWords.has(bareWord(token)) && genderOfFirstName(token) === undefined),
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

/** A run is an organisation when any of its words is ("Rail Delivery Group", "FAA" aside). */
export function isOrganisation(name: string): boolean {
  return name.split(' ').some((token) => organisationWords.has(bareWord(token)));
}

/** "The Lumen Media Inc." → "Lumen Media": no article, possessive or legal suffix. */
export function organisationName(run: string): string {
  const tokens = run.split(/[ \u00a0]/u);
  let first = 0;
  while (first < tokens.length - 1 && nonNameWords.has(bareWord(tokens[first] ?? ''))) first += 1;
  let kept = tokens.slice(first);
  // "China’s Ministry of Commerce": the possessive is the country; "Alzheimer's Association" keeps it.
  const owner = kept.findIndex((token) => /[’']s$/u.test(token));
  if (owner >= 0 && owner < kept.length - 2) kept = kept.slice(owner + 1);
  while (
    kept.length > 1 &&
    /^(?:inc|corp|co|ltd|llc|plc|ag|sa|nv|gmbh)\.?,?$/iu.test(kept[kept.length - 1] ?? '')
  )
    kept = kept.slice(0, -1);
  return kept
    .join(' ')
    .replace(/[’']s?$/u, '')
    .replace(/\.$/u, '');
}
