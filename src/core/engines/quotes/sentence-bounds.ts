import { abbreviations, stateAbbreviations } from './speaker-words.ts';

/** Sentence bounds around quotes, aware of abbreviations and initials ("Dr.", "J. Smith"). */

const sentenceBreak = /[.!?…]["”’»)']*\s+/gu;

function isRealBreak(text: string, at: number): boolean {
  const word = /([\p{L}.]+)$/u.exec(text.slice(Math.max(0, at - 12), at))?.[1] ?? '';
  const bare = word.toLowerCase().replace(/\.$/u, '');
  if (/^\p{Lu}$/u.test(word)) return false; // an initial: "J. Smith"
  // "Sen. Chuck Schumer (D-N.Y.) said": a period inside a short parenthesis ends no sentence.
  const opened = text.lastIndexOf('(', at);
  if (opened >= 0 && at - opened < 25 && !text.slice(opened, at).includes(')')) return false;
  if (stateAbbreviations.has(word.replace(/\.$/u, ''))) return false;
  return !abbreviations.has(bare);
}

/** Offset just after the last sentence break in [from, to), or `from`. */
export function sentenceStartBefore(text: string, from: number, to: number): number {
  let start = from;
  for (const match of text.slice(from, to).matchAll(sentenceBreak)) {
    if (isRealBreak(text, from + match.index)) start = from + match.index + match[0].length;
  }
  return start;
}

/** Every sentence start of a text (paragraph starts included), ascending. */
export function sentenceStarts(text: string): number[] {
  const starts = [0];
  for (const match of text.matchAll(/\n+|[.!?…]["”’»)']*\s+/gu)) {
    const at = match.index + match[0].length;
    if (match[0].startsWith('\n') || isRealBreak(text, match.index)) starts.push(at);
  }
  return starts;
}

/** Offset of the first sentence end in [from, to), or `to`. */
export function sentenceEndAfter(text: string, from: number, to: number): number {
  for (const match of text.slice(from, to).matchAll(sentenceBreak)) {
    if (isRealBreak(text, from + match.index)) return from + match.index + 1;
  }
  return to;
}
