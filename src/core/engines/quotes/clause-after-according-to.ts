import type { QuotationKind } from '../../model/quote.ts';
import { opensFiniteClause } from './woven-finite-clause.ts';

/**
 * "Pour lui, son client n'était « qu'un maillon d'une chaîne dont … »", "Segundo Meireles, …,
 * e “a procura disparou depois da seca de 2022”": French, Spanish, Portuguese and Italian papers
 * weave a speaker's whole clause into a sentence that opens with "selon / pour / según /
 * segundo / secondo" and the speaker. Though it stands mid-sentence, the quote is that person's
 * own words with a clause of their own, so it is direct, not a fragment of the reporter's.
 */

// German and Dutch weave the same way ("Volgens D66-Kamerlid X is het “…”", "spricht von einer
// „Katastrophe, wie sie hier noch keiner erlebt hat“"), and their papers keep the same lengths.
const weavingLanguages = new Set(['fr', 'es', 'pt', 'it', 'de', 'nl']);

/** Fewer words than this is a phrase the reporter borrows ("un « scandale »"), not a clause. */
const clauseWords = 5;

/**
 * "sostiene que la compañía “no ha acreditado causa alguna ajena a la situación …”", "ha
 * invitato a “non trasformare ogni avvistamento in un caso politico”": after a speech verb of
 * its sentence, woven words long enough to carry a statement of their own are the speaker's
 * direct words. Shorter ones ("estime que le réseau « perd encore un litre sur cinq »", "a
 * dénoncé une réforme « injuste et brutale »") are read as the reporter's borrowed phrase.
 */
const wovenAfterVerbWords = 7;

/** Fewer words than this open no clause, finite or not ("« ne sait pas »" still does). */
const finiteClauseWords = 3;

const wovenAfterVerbRules = new Set([
  // "El documento advierte que … y pide al Congreso “…”": the document's speech verb.
  'document-source',
  'verb-before-quote',
  'speech-verb-earlier-in-sentence',
  'split-verb-before-woven-quote',
  'woven-before-closing-verb',
]);

export function clauseAfterAccordingTo(
  kind: QuotationKind,
  content: string,
  language: string | undefined,
  languageRule: string | undefined,
): QuotationKind {
  if (kind !== 'partial' || !weavingLanguages.has(language ?? '')) return kind;
  const count = content.split(/\s+/u).filter((word) => word !== '').length;
  if (languageRule === 'according-to-before-quote') return count >= clauseWords ? 'direct' : kind;
  if (wovenAfterVerbRules.has(languageRule ?? ''))
    return count >= wovenAfterVerbWords ||
      (count >= finiteClauseWords && opensFiniteClause(content, language))
      ? 'direct'
      : kind;
  return kind;
}
