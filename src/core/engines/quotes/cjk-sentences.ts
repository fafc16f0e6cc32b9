import type { CjkLexicon } from '../../text/lexicon/cjk.ts';

/** Sentences of Japanese and Chinese copy, which end in 。！？ and set off no words by spaces. */

/** Words as one regular-expression alternation, longest first so a longer word wins. */
export const alternatives = (words: readonly string[]): string =>
  [...words].sort((left, right) => right.length - left.length).join('|');
const stop = /[。！？]/u;

export function sentenceStart(text: string, floor: number, at: number): number {
  let start = floor;
  for (let index = at - 1; index >= floor; index -= 1) {
    if (stop.test(text.charAt(index))) {
      start = index + 1;
      break;
    }
  }
  return start;
}

/** The sentence's start, skipping the full stops inside a quote (「…。…」と評価。). */
export function sentenceStartOutsideQuotes(text: string, floor: number, at: number): number {
  let depth = 0;
  for (let index = at - 1; index >= floor; index -= 1) {
    const character = text.charAt(index);
    if (character === '」' || character === '』') depth += 1;
    else if ((character === '「' || character === '『') && depth > 0) depth -= 1;
    else if (depth === 0 && stop.test(character)) return index + 1;
  }
  return floor;
}

export function sentenceEnd(text: string, from: number, ceiling: number): number {
  for (let index = from; index < ceiling; index += 1)
    if (stop.test(text.charAt(index))) return index + 1;
  return ceiling;
}

/** 有关负责人表示 / 担当者は: a source the copy leaves unnamed. */
export function unnamed(window: string, lexicon: CjkLexicon): boolean {
  return new RegExp(
    `(?:${alternatives(lexicon.unnamedSources)})(?:は|が|，|${alternatives(lexicon.speechVerbs)})`,
    'u',
  ).test(window);
}

/** One Han character, in a regular expression's source. */
export const han = String.raw`\p{Script=Han}`;
