import { demonym } from './speaker-words.ts';

/**
 * "The Sudanese army said…" then "…,” the army said": a body the text introduces with a
 * nationality and a lowercase noun has no capitalised name to index, so "the army" means
 * the last such description before the quote ("Sudanese army", "Ukrainian air force").
 */
export function describedOrganisation(
  text: string,
  noun: string,
  before: number,
): string | undefined {
  if (noun === '') return undefined;
  const pattern = new RegExp(
    String.raw`(?<![\p{L}])(${demonym})\s+((?:\p{Ll}+\s+)?${noun})(?![\p{L}])`,
    'gu',
  );
  let found: string | undefined;
  for (const match of text.slice(0, before).matchAll(pattern)) {
    found = `${match[1] ?? ''} ${(match[2] ?? '').replace(/\s+/gu, ' ')}`;
  }
  return found;
}
