import type { QuotationKind } from '../../model/quote.ts';

/**
 * "Pour lui, son client n'était « qu'un maillon d'une chaîne dont … »", "Segundo Meireles, …,
 * e “a procura disparou depois da seca de 2022”": French, Spanish, Portuguese and Italian papers
 * weave a speaker's whole clause into a sentence that opens with "selon / pour / según /
 * segundo / secondo" and the speaker. Though it stands mid-sentence, the quote is that person's
 * own words with a clause of their own, so it is direct, not a fragment of the reporter's.
 */

const weavingLanguages = new Set(['fr', 'es', 'pt', 'it']);

/** Fewer words than this is a phrase the reporter borrows ("un « scandale »"), not a clause. */
const clauseWords = 5;

export function clauseAfterAccordingTo(
  kind: QuotationKind,
  content: string,
  language: string | undefined,
  languageRule: string | undefined,
): QuotationKind {
  if (kind !== 'partial' || !weavingLanguages.has(language ?? '')) return kind;
  if (languageRule !== 'according-to-before-quote') return kind;
  return content.split(/\s+/u).filter((word) => word !== '').length >= clauseWords
    ? 'direct'
    : kind;
}
