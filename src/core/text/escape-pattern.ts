/**
 * Words and phrases from a lexicon turned into parts of a regular expression, the one place the
 * engines escape them (every rule file used to carry its own copy).
 */

/** The word with every character that means something in a pattern escaped. */
export function escapeRegExp(word: string): string {
  return word.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
}

/** A phrase escaped, its spaces matching any run of white space ("a déclaré" across a line). */
export function escapePhrase(phrase: string): string {
  return escapeRegExp(phrase).replace(/ /gu, String.raw`\s+`);
}

/** The phrases as one alternation, longest first so "a déclaré" wins over "a". */
export const phraseAlternatives = (phrases: readonly string[]): string =>
  [...phrases]
    .sort((left, right) => right.length - left.length)
    .map(escapePhrase)
    .join('|');

/** The text opens (after white space) with one of the phrases as whole words. */
export function startsWithPhrase(text: string, phrases: readonly string[]): boolean {
  return new RegExp(String.raw`^\s*(?:${phraseAlternatives(phrases)})(?![\p{L}])`, 'iu').test(text);
}
