/**
 * Quotation-mark classification. Each mark in the text is read in context (the characters on
 * either side) because the same glyph is an apostrophe in "don’t", a closing mark in
 * "…no,’ he said" and an opening mark in straight-quote text.
 */

/**
 * corner: Japanese and Chinese 「」; white-corner: 『』, the quote inside a corner quote;
 * guillemet: « » (and German » «), a family of its own because French and Spanish papers nest
 * “…” inside «…».
 */
export const markFamilies = ['double', 'guillemet', 'single', 'corner', 'white-corner'] as const;
export type MarkFamily = (typeof markFamilies)[number];

/** open: starts a quote; close: ends one; either: straight mark we could not decide. */
export const markRoles = ['open', 'close', 'either'] as const;
export type MarkRole = (typeof markRoles)[number];

export interface QuoteMark {
  index: number;
  char: string;
  family: MarkFamily;
  role: MarkRole;
  /** A closing single mark after "s" that may be a plural possessive (the students’ union). */
  maybePossessive: boolean;
  /** Characters the mark takes: 2 for the typewriter pairs `` and ''. */
  length: number;
}

const doubleMarks = new Set(['"', '“', '”', '„', '«', '»', '‟']);
const singleMarks = new Set(["'", '‘', '’', '‚', '‹', '›', '‛']);
/** Corner brackets always say which end they are: no context is needed. */
const cornerMarks: ReadonlyMap<string, { family: MarkFamily; role: MarkRole }> = new Map([
  ['「', { family: 'corner', role: 'open' }],
  ['」', { family: 'corner', role: 'close' }],
  ['『', { family: 'white-corner', role: 'open' }],
  ['』', { family: 'white-corner', role: 'close' }],
  ['﹁', { family: 'corner', role: 'open' }],
  ['﹂', { family: 'corner', role: 'close' }],
]);
/**
 * Typewriter quotes (LaTeX, old wire copy and plain-text archives): ``…'' and ''…''. Two
 * marks make one double quotation mark.
 */
const typewriterOpen = '``';
const typewriterEither = "''";

/** Every character that can be a quotation mark (used to strip marks from candidates). */
export const quoteMarkCharacters = '"“”„«»‟\'‘’‚‹›‛「」『』`';

const wordCharacter = /[\p{L}\p{N}]/u;
/** Fullwidth punctuation of Chinese and Japanese counts like its Latin counterpart. */
const openingContext = /[\s([{\-–—/:;“‘"'«‹„：；，、（「『]/u;
const closingContext = /[\s)\]}.,;:!?\-–—…”’"'»›。，、；：！？）」』]/u;

function isWord(character: string | undefined): boolean {
  return character !== undefined && wordCharacter.test(character);
}

function opensAfter(character: string | undefined): boolean {
  return character === undefined || openingContext.test(character);
}

function closesBefore(character: string | undefined): boolean {
  return character === undefined || closingContext.test(character);
}

/** ’90s, ‘90s, '90s: an elided year is an apostrophe, never an opening mark. */
function isElidedYear(text: string, index: number): boolean {
  return /^\d\ds?\b/u.test(text.slice(index + 1, index + 5));
}

function classifyDouble(
  char: string,
  before: string | undefined,
  after: string | undefined,
): MarkRole {
  if (char === '„' || char === '«')
    return closesBefore(after) && !opensAfter(before) ? 'close' : 'open';
  if (char === '»') return opensAfter(before) && isWord(after) ? 'open' : 'close';
  if (char === '“' || char === '‟') {
    // Misused as a closing mark, or the closing mark of German „…“.
    return !opensAfter(before) && closesBefore(after) ? 'close' : 'open';
  }
  // “…，”刘某说: after a Chinese comma ” closes the quote, as after a Latin comma.
  if (char === '”')
    return opensAfter(before) && !/[，、]/u.test(before ?? '') && !closesBefore(after)
      ? 'open'
      : 'close';
  const canOpen = opensAfter(before) && !/\s/u.test(after ?? ' ');
  const canClose = !/\s/u.test(before ?? ' ') && closesBefore(after);
  if (canOpen && !canClose) return 'open';
  if (canClose && !canOpen) return 'close';
  return 'either';
}

function classifySingle(
  text: string,
  index: number,
  char: string,
  before: string | undefined,
  after: string | undefined,
): MarkRole | undefined {
  if (isWord(before) && isWord(after)) return undefined; // don’t, Ukraine’s
  if (char === '‹') return 'open';
  if (char === '›') return 'close';
  if (opensAfter(before) && !/\s/u.test(after ?? ' ')) {
    if (isElidedYear(text, index)) return undefined;
    // A curly ’ at the start of a word is an elision (’em, ’til); only ‘ ‚ ' open quotes.
    if (char === '’') return undefined;
    return 'open';
  }
  if (!/\s/u.test(before ?? ' ') && closesBefore(after)) return 'close';
  return undefined;
}

/** Lists the quotation marks of one text, in order, leaving out apostrophes. */
export function findQuoteMarks(text: string, from = 0, to = text.length): QuoteMark[] {
  const marks: QuoteMark[] = [];
  for (let index = from; index < to; index += 1) {
    const char = text.charAt(index);
    const corner = cornerMarks.get(char);
    if (corner !== undefined) {
      marks.push({ index, char, ...corner, maybePossessive: false, length: 1 });
      continue;
    }
    const pair = text.slice(index, index + 2);
    if (pair === typewriterOpen || pair === typewriterEither) {
      const before = index > 0 ? text.charAt(index - 1) : undefined;
      const after = index + 2 < text.length ? text.charAt(index + 2) : undefined;
      const role: MarkRole = pair === typewriterOpen ? 'open' : classifyDouble('"', before, after);
      marks.push({ index, char: '"', family: 'double', role, maybePossessive: false, length: 2 });
      index += 1;
      continue;
    }
    const isDouble = doubleMarks.has(char);
    if (!isDouble && !singleMarks.has(char)) continue;
    const before = index > 0 ? text.charAt(index - 1) : undefined;
    const after = index + 1 < text.length ? text.charAt(index + 1) : undefined;
    const role = isDouble
      ? classifyDouble(char, before, after)
      : classifySingle(text, index, char, before, after);
    if (role === undefined) continue;
    const family: MarkFamily = !isDouble
      ? 'single'
      : char === '«' || char === '»'
        ? 'guillemet'
        : 'double';
    const maybePossessive =
      family === 'single' &&
      role === 'close' &&
      /[sz]/iu.test(before ?? '') &&
      looksLikePossessive(text, index);
    marks.push({ index, char, family, role, maybePossessive, length: 1 });
  }
  return marks;
}

const speechWordAfterQuote =
  /^(?:he|she|they|i|we|it|you|said|says|added|told|wrote|asked|according)\b/u;

/** "the students’ union": a lowercase noun follows, not a speaker or a speech verb. */
function looksLikePossessive(text: string, index: number): boolean {
  const following = text.slice(index + 1, index + 24);
  const match = /^ ([a-z][a-z-]*)/u.exec(following);
  if (!match || match[1] === undefined) return false;
  return !speechWordAfterQuote.test(match[1]);
}

/** Whether a closing mark can end a quote opened by `opener` (German „…“ closes with “). */
export function closes(opener: QuoteMark, mark: QuoteMark): boolean {
  if (opener.family !== mark.family) return false;
  if (mark.role === 'open') {
    return (opener.char === '„' && mark.char === '“') || (opener.char === '‚' && mark.char === '‘');
  }
  if (mark.maybePossessive) return false;
  return true;
}
