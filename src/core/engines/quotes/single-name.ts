import type { SpeechLexicon } from '../../text/lexicon/index.ts';

/** "raconte Josiane, 74 ans": a source named by one name only, right after the verb. */
export function singleName(rest: string, lexicon: SpeechLexicon): string | undefined {
  const word = /^\s*(\p{Lu}\p{Ll}[\p{L}'’-]*)(?=[\s,.;]|$)/u.exec(rest)?.[1];
  if (word === undefined) return undefined;
  const lower = word.toLowerCase();
  const excluded = [
    ...lexicon.titles,
    ...lexicon.articles,
    ...lexicon.pronouns,
    ...lexicon.prepositions,
    ...lexicon.accordingTo,
  ];
  return excluded.some((entry) => entry.toLowerCase() === lower) ? undefined : word;
}

/**
 * "disse um dos cortadores, Rajesh, de 29 anos", "raconte une voisine, Josiane.": a single
 * name set off by commas right after the description is its appositive, and the name wins.
 */
export function appositiveName(
  text: string,
  from: number,
  to: number,
  source: { described: string },
  lexicon: SpeechLexicon,
): string | undefined {
  const at = text.indexOf(source.described, from);
  if (at < 0 || at >= to) return undefined;
  const after = text.slice(at + source.described.length, to);
  const apposed = /^\s*,\s*(\p{Lu}\p{Ll}[\p{L}'’-]*)\s*(?:[,.;]|$)/u.exec(after);
  return apposed === null ? undefined : singleName(apposed[1] ?? '', lexicon);
}
