import type { SpeechLexicon } from '../../text/lexicon/index.ts';
import type { Attribution } from './speaker-types.ts';
import { genderOfFirstName } from './first-name-gender.ts';
import { isOccupationNoun } from './occupation-before-name.ts';
import { escapeRegExp } from '../../text/escape-pattern.ts';

/**
 * German capitalises every noun, so two capitalised words in a row ("Hunderte Flüge", "Liter
 * Regen", "Verhältnis zu den Forderungen") look like a given name and a surname. Where nouns
 * are capitalised a run is read as a person only on positive evidence that the text treats it
 * as one:
 * - it opens with a known given name ("Jens Kühlmann");
 * - the text writes a title, an occupation or an age right before it ("Hauptgeschäftsführerin
 *   Carola Weidenfeld", "Frau Weidenfeld", "der 58-jährige Ulf Broder");
 * - the text writes a bracket or an age right after it ("Brigitte Hollerer (58)", "Thomas
 *   Berghaus (Trainer …)", "Moritz Brandes (34.)");
 * - the text uses its last word alone where a speaker stands ("Kühlmann kündigte an", "sagte
 *   Weinzierl", "so Ebner"), as news copy does with a surname once the full name is given.
 */

let cachedText: string | undefined;
const cachedVerdicts = new Map<string, boolean>();

/** Whether a run found in German copy (capitalised nouns) is a person, by the evidence above. */
export function hasPersonEvidence(text: string, name: string, lexicon: SpeechLexicon): boolean {
  if (lexicon.capitalisesNouns !== true) return true;
  if (cachedText !== text) {
    cachedText = text;
    cachedVerdicts.clear();
  }
  const known = cachedVerdicts.get(name);
  if (known !== undefined) return known;
  const verdict = readEvidence(text, name, lexicon);
  cachedVerdicts.set(name, verdict);
  return verdict;
}

function readEvidence(text: string, name: string, lexicon: SpeechLexicon): boolean {
  const tokens = name.split(/\s+/u);
  if (genderOfFirstName(tokens[0] ?? '') !== undefined) return true;
  // "von der Leyen": a lower-case name particle opens a surname, never a noun.
  if (tokens.length >= 2 && lexicon.nameParticles.includes(tokens[0] ?? '')) return true;
  const occurrences = [
    ...text.matchAll(new RegExp(String.raw`(?<![\p{L}])${escapeRegExp(name)}(?![\p{L}])`, 'gu')),
  ];
  for (const occurrence of occurrences) {
    const before = text.slice(Math.max(0, occurrence.index - 60), occurrence.index);
    const after = text.slice(
      occurrence.index + occurrence[0].length,
      occurrence.index + occurrence[0].length + 12,
    );
    if (titledBefore(before, lexicon) || markedAfter(after)) return true;
  }
  // "Weinzierl" alone: a person when a full name the text writes with it is one.
  if (tokens.length === 1)
    return fullNamesEndingWith(text, name).some((full) => hasPersonEvidence(text, full, lexicon));
  const surname = tokens.at(-1) ?? '';
  return tokens.length >= 2 && surnameAsSpeaker(text, surname, tokens[0] ?? '', lexicon);
}

/** "Marco Weinzierl" for "Weinzierl": the two-word runs that end with the word. */
function fullNamesEndingWith(text: string, word: string): string[] {
  const pattern = new RegExp(
    String.raw`(?<![\p{L}])\p{Lu}[\p{L}-]+[^\S\n]+${escapeRegExp(word)}(?![\p{L}])`,
    'gu',
  );
  return [...new Set([...text.matchAll(pattern)].map((match) => match[0].replace(/\s+/gu, ' ')))];
}

/** "Hauptgeschäftsführerin ", "Frau ", "Verdi-Verhandlungsführer ", "der 58-jährige ". */
function titledBefore(before: string, lexicon: SpeechLexicon): boolean {
  if (/\d+-?[Jj]ährigen?r?\s+$/u.test(before)) return true;
  // "der baupolitische Sprecher der Union, Jan Körber": an appositive to an office.
  const apposed = /,[^\S\n]*$/u.test(before) ? /[^.;:!?]*$/u.exec(before.slice(0, -1)) : null;
  if (
    apposed !== null &&
    (apposed[0].match(/\p{Lu}[\p{L}-]+/gu) ?? []).some((word) => isTitleWord(word, lexicon))
  )
    return true;
  const word = /([\p{L}.-]+)[^\S\n]+$/u.exec(before)?.[1];
  if (word === undefined || !/^\p{Lu}/u.test(word)) return false;
  return isTitleWord(word, lexicon);
}

/** A title, an office ("Bürgermeister", "…sprecherin") or an occupation, also as a compound's tail. */
function isTitleWord(word: string, lexicon: SpeechLexicon): boolean {
  const tail = word.split('-').at(-1) ?? word;
  return [word, tail].some(
    (candidate) =>
      lexicon.titles.some((title) => title.toLowerCase() === candidate.toLowerCase()) ||
      lexicon.titleEndings.some(
        (ending) => candidate.toLowerCase().endsWith(ending) && candidate.length > ending.length,
      ) ||
      isOccupationNoun(candidate, lexicon),
  );
}

/** " (58)", " (ÖVP)", " (Trainer Rot-Weiß Erfurt)", ", 58,": what copy writes after a person. */
function markedAfter(after: string): boolean {
  return /^[^\S\n]*\((?:\d{1,3}\.?\)|\p{Lu})/u.test(after) || /^,\s*\d{1,3},/u.test(after);
}

/**
 * "Kühlmann kündigte bereits an", "sagte Weinzierl", "so Ebner", "Laut Hollerer": the last
 * word alone, away from its given name, opening a sentence before a lower-case word or after
 * a speech verb or "so"/"laut".
 */
function surnameAsSpeaker(
  text: string,
  surname: string,
  given: string,
  lexicon: SpeechLexicon,
): boolean {
  if (surname.length < 3) return false;
  const alone = new RegExp(String.raw`(?<![\p{L}-])${escapeRegExp(surname)}(?![\p{L}-])`, 'gu');
  const verbs = [...lexicon.speechVerbs, ...lexicon.accordingTo].map(
    (verb) => verb.split(' ')[0] ?? verb,
  );
  for (const match of text.matchAll(alone)) {
    const before = text.slice(Math.max(0, match.index - 40), match.index);
    if (new RegExp(String.raw`(?<![\p{L}])${escapeRegExp(given)}\s+$`, 'u').test(before)) continue;
    const next = text.slice(match.index + surname.length, match.index + surname.length + 20);
    const sentenceStart = /(?:^|[.!?:]["“”»«]?\s+|\n\s*)$/u.test(before);
    if (sentenceStart && /^[^\S\n]+\p{Ll}/u.test(next)) return true;
    const previousWord = /([\p{L}]+)[\s,]*$/u.exec(before)?.[1]?.toLowerCase() ?? '';
    if (verbs.includes(previousWord)) return true;
  }
  return false;
}

/**
 * "Jahrhundertflut im Kamptal: „…“", "mit einem Blick auf die Sandsackbarriere: „…“": the
 * English reader, the fallback when no rule of the language applies, takes a capitalised word
 * before a colon for a name; in German copy that name needs the same evidence of a person.
 */
export function withPersonEvidence(
  text: string,
  attribution: Attribution | undefined,
  lexicon: SpeechLexicon | undefined,
): Attribution | undefined {
  if (attribution === undefined || lexicon?.capitalisesNouns !== true) return attribution;
  if (attribution.subjectKind !== 'name') return attribution;
  return hasPersonEvidence(text, attribution.subject, lexicon) ? attribution : undefined;
}
