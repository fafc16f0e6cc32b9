import { hasSpacelessScript, segmentWords } from './words.ts';

/**
 * Word tokens: runs of letters and digits (any script), keeping inner apostrophes ("don't"),
 * decimal and thousands separators between digits ("3.5", "1,000") and dotted acronyms
 * ("U.S." → "u.s."). Hyphens split words, so "cease-fire" gives "cease" and "fire".
 */
const wordPattern = /(?:\p{L}\.){2,}|[\p{L}\p{N}]+(?:['\u2019]\p{L}+|(?<=\p{N})[.,]\p{N}+)*/gu;

/**
 * Lowercase word tokens of a text, Unicode-aware; curly apostrophes become straight ones. A run
 * in a script written without spaces (Japanese, Chinese, Thai…) is one whole clause to the
 * pattern, so the segmenter splits it into its words.
 */
export function tokenize(text: string): string[] {
  const tokens: string[] = [];
  for (const match of text.matchAll(wordPattern)) {
    const token = match[0].toLowerCase().replace(/\u2019/g, "'");
    if (hasSpacelessScript(token)) tokens.push(...segmentWords(token));
    else tokens.push(token);
  }
  return tokens;
}
