/**
 * Word counting that does not depend on spaces. Japanese, Chinese, Thai, Lao, Khmer and
 * Burmese write a sentence without spaces between words, so splitting on whitespace counts a
 * whole paragraph as one word; there the platform's word segmenter (ICU dictionaries) finds
 * the words. Text in space-separated scripts keeps the whitespace count every English
 * threshold in the code base was tuned on.
 */

/** Scripts written without spaces between words. */
export const spacelessScript =
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u;

const wordSegmenter = new Intl.Segmenter(undefined, { granularity: 'word' });

/** Whether a text has characters of a script written without spaces between words. */
export function hasSpacelessScript(text: string): boolean {
  return spacelessScript.test(text);
}

/** The word-like segments of a text (letters or digits), in order, as written. */
export function segmentWords(text: string): string[] {
  const words: string[] = [];
  for (const segment of wordSegmenter.segment(text)) {
    if (segment.isWordLike === true) words.push(segment.segment);
  }
  return words;
}

/**
 * Number of words in a text: whitespace-separated words for space-separated scripts (each
 * with a letter or digit), segmenter words when the text uses a spaceless script.
 */
export function countWords(text: string): number {
  if (hasSpacelessScript(text)) return segmentWords(text).length;
  return text.split(/\s+/u).filter((word) => word !== '').length;
}

/** The text with its first letter in capitals ("verband" → "Verband"). */
export function capitalizeFirst(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
