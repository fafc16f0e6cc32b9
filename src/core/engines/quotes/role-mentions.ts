import { demonym } from './speaker-words.ts';
import { sentenceStarts } from './sentence-bounds.ts';
import { notRoleWords, organisationNouns, personNoun, titleWords } from './speaker-words.ts';

/** Words after which a name is an object, not the subject ("beat Kovalenko", "with Fowler"). */
const objectMarkers = new Set(
  `of with to by for from than like since about against at in on into over under between among
  behind beside near toward towards after before during including beat defeated face facing
  named called as`.split(/\s+/u),
);
/**
 * "Mr Ó Donnabháin accused Clann Éireann of…": a name then a past-tense verb leaves the next
 * name as the verb's object, however few words stand before it.
 */
const namedSubjectThenVerb = /(?:^|\s)\p{Lu}[\p{L}\p{M}’'.-]*\s+\p{Ll}+ed\s*$/u;
/** Up to two comma-closed lead-ins ("In a statement, the firm's chief, Bradley Kessler, said"). */
const subjectPrefix = /^(?:[^,;:]{0,80},\s*)?(?:[\p{L}\d.’'-]+\s+){0,4}$/u;
/** "Reached by phone, Oyelowo's agent, Lisa Brandt, declined": the name after a role appositive. */
const roleAppositivePrefix =
  /^(?:[^,;:]{0,80},\s*)?(?:(?:\p{Lu}[\p{L}.-]*\s+){0,3}[\p{L}-]+[’']s|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[Tt]he)\s+(?:[\p{L}-]+\s+){0,3}[\p{Ll}-]+,\s*$/u;

/**
 * A test of whether the words before an offset, in its sentence, leave it as the sentence's
 * subject ("Her neighbor, Tom Albrecht, stayed" yes; "level with Robbie Fowler" no).
 */
export function subjectTester(text: string): (index: number) => boolean {
  const starts = sentenceStarts(text);
  return (index) => {
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const middle = Math.ceil((low + high) / 2);
      if ((starts[middle] ?? 0) <= index) low = middle;
      else high = middle - 1;
    }
    const prefix = text.slice(starts[low] ?? 0, index);
    const afterQuote = prefix.slice(
      Math.max(...['"', '”', '’', '»'].map((mark) => prefix.lastIndexOf(mark))) + 1,
    );
    const lead = afterQuote.replace(/^[\s,]+/u, '');
    const lastWord = (/(\S+)\s*$/u.exec(lead)?.[1] ?? '').toLowerCase();
    return (
      !objectMarkers.has(lastWord) &&
      !namedSubjectThenVerb.test(lead) &&
      (subjectPrefix.test(lead) || roleAppositivePrefix.test(lead))
    );
  };
}

/** A person or organisation the text names by a description instead of a name. */
export interface RoleMention {
  index: number;
  /** The description's head noun, lowercased ("governor", "company", "striker"). */
  noun: string;
  /**
   * 'role': a job someone was given ("the governor"); 'standIn': "the 34-year-old", "the
   * Spaniard"; 'organisation': "the ministry"; 'anonymous': "a senior official", unnamed.
   */
  kind: 'role' | 'standIn' | 'organisation' | 'anonymous';
  subject: boolean;
  /** Whose the description is: "his wife" → male, "her husband" → female. */
  owner?: 'male' | 'female';
  /** An unnamed one as the text writes them ("a senior official"), for 'anonymous'. */
  description?: string;
}

const definite =
  /(?<![\p{L}])(?:[Tt]he|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts)\s+((?:[\p{L}\d’'-]+ ){0,3}[\p{L}\d’'-]+)/gu;
const standInWord = new RegExp(String.raw`^(?:\d+-year-old|${demonym})$`, 'u');

/** The description's head: the first person or organisation noun, or a stand-in word. */
export function headOf(words: string[]): { noun: string; kind: RoleMention['kind'] } | undefined {
  for (let position = 0; position < words.length; position += 1) {
    const original = words[position] ?? '';
    // "the CFO", "the CEO": a job's acronym reads as the job.
    const word = /^C[A-Z]O$/u.test(original) ? original.toLowerCase() : original;
    const next = (words[position + 1] ?? '').toLowerCase();
    if (standInWord.test(word)) {
      if (/^\p{Lu}/u.test(next)) return undefined;
      return { noun: isPersonNoun(next) ? next : '', kind: 'standIn' };
    }
    // "the bank’s president": the possessive names the employer, not the person.
    if (/[’']s$/u.test(word) && position < words.length - 1) continue;
    // "The Premier rejected…", "the Taoiseach said": a capitalised title followed by a verb is
    // the head itself, not a modifier.
    const lowered = word.toLowerCase();
    const capitalisedTitle =
      /^\p{Lu}\p{Ll}+$/u.test(word) && titleWords.has(lowered) && /^\p{Ll}/u.test(next);
    if (capitalisedTitle && !isPersonNoun(next) && !organisationNouns.has(next))
      return { noun: lowered, kind: 'role' };
    // "the City boss", "the Kentucky Republican": a capitalised modifier before the head.
    if (/^\p{Lu}/u.test(word) && position < words.length - 1) continue;
    if (!/^[\p{Ll}-]+$/u.test(word)) return undefined;
    if (isPersonNoun(next) || organisationNouns.has(next)) continue;
    if (organisationNouns.has(word)) return { noun: word, kind: 'organisation' };
    if (isPersonNoun(word)) return { noun: word, kind: 'role' };
  }
  return undefined;
}

const indefinite =
  /(?<![\p{L}])(?:[Aa]n?|[Oo]ne|[Aa]nother)\s+(?:[\p{L}-]+\s+){0,3}?([\p{Ll}-]+)(?=\s*,|\s+(?:who|said|told|says|wrote|added|put|familiar|from|in|at|with)\b)/gu;

/** Short lines without a full stop are headlines, bylines or captions: no names from them. */
export function headlineRanges(text: string): { start: number; end: number }[] {
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

/** "She plays a ferry captain", "he portrayed the sheriff": a character in a film, no one quoted. */
const playedCharacter =
  /(?<![\p{L}])(?:play(?:s|ed|ing)?|portray(?:s|ed|ing)?|voic(?:es|ed|ing)|star(?:s|red|ring) as)\s+$/iu;
export const isCharacterAt = (text: string, index: number): boolean =>
  playedCharacter.test(text.slice(Math.max(0, index - 20), index));

const isPersonNoun = (noun: string): boolean =>
  !notRoleWords.has(noun) && (titleWords.has(noun) || personNoun.test(noun));

/** Every "the governor" / "the 22-year-old" / "the company" / "a senior official" outside quotes. */
export function roleMentions(
  text: string,
  insideQuote: (index: number) => boolean,
  inHeadline: (index: number) => boolean,
  isSubjectAt: (index: number) => boolean,
): RoleMention[] {
  const found: RoleMention[] = [];
  for (const match of text.matchAll(definite)) {
    const index = match.index;
    if (insideQuote(index) || inHeadline(index) || isCharacterAt(text, index)) continue;
    // "Her husband, a retired firefighter,": the description ends at the comma.
    const phrase = (match[1] ?? '').split(/[,;:.!?]/u)[0] ?? '';
    const head = headOf(phrase.split(' ').filter((word) => word !== ''));
    const determiner = match[0].slice(0, 3).toLowerCase();
    // Only a sentence-opening "His wife…" is surely the subject ("she said her daughter…" is not).
    const opensSentence = /(?:^|[.!?]["”’]?\s+|\n\s*)$/u.test(
      text.slice(Math.max(0, index - 4), index),
    );
    const owner = !opensSentence
      ? undefined
      : determiner === 'his'
        ? 'male'
        : determiner === 'her'
          ? 'female'
          : undefined;
    if (head) found.push({ index, ...head, subject: isSubjectAt(index), owner });
  }
  for (const match of text.matchAll(indefinite)) {
    const noun = (match[1] ?? '').toLowerCase();
    if (insideQuote(match.index) || inHeadline(match.index) || !isPersonNoun(noun)) continue;
    // "Dr. Marguerite Olesen, a coral ecologist": an appositive to a name, not someone new.
    const before = text.slice(Math.max(0, match.index - 40), match.index);
    if (
      !isSubjectAt(match.index) ||
      isCharacterAt(text, match.index) ||
      // "for throwing a chair", "after berating a referee": the gerund's object, no speaker.
      /\p{Ll}{3,}ing\s+$/u.test(before) ||
      /\p{Lu}[\p{L}.’'-]*,\s*$/u.test(before) ||
      /(?:^|\s)(?:[Hh]is|[Hh]er|[Tt]heir|[Tt]he)\s+[\p{Ll}-]+,\s*$/u.test(before)
    )
      continue;
    found.push({
      index: match.index,
      noun,
      kind: 'anonymous',
      subject: true,
      description: match[0],
    });
  }
  return found.sort((left, right) => left.index - right.index);
}
