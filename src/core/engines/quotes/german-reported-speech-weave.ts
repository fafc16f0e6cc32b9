import type { QuotationKind } from '../../model/quote.ts';
import type { QuoteSpan } from './scan-quote-spans.ts';

/**
 * "Der Streik sei „unverhältnismäßig und gefährdet die Versorgung“, erklärte …", "Die Preise
 * lägen auch danach „im Mittelfeld der deutschen Großstädte“": German reports speech in the
 * subjunctive, so a sentence whose verb before the quote is subjunctive is the speaker's
 * statement, and words woven into it are the speaker's own, not a phrase the reporter
 * borrows. Read from the closed class of subjunctive auxiliaries and modals (and the few
 * subjunctive forms no indicative shares); a lexical verb's "-e" is also an indicative's.
 */

const subjunctives = new Set(
  `sei seien seist habe werde könne müsse solle wolle dürfe möge wäre wären hätte hätten würde
  würden könnte könnten müsste müssten dürfte dürften möchte läge lägen gäbe gäben käme kämen
  stünde stünden bliebe blieben ließe gebe liege stehe bleibe gehe komme fehle`.split(/\s+/u),
);

/** Fewer words than this are a term the reporter sets off ("„Bibertäuschung“"). */
const clauseWords = 3;

export function reportedSpeechWeave(
  text: string,
  span: QuoteSpan,
  kind: QuotationKind,
  language: string | undefined,
): QuotationKind {
  if (kind !== 'partial' || language !== 'de') return kind;
  const content = text.slice(span.start, span.end);
  if (content.split(/\s+/u).filter((word) => word !== '').length < clauseWords) return kind;
  const opening = text.slice(span.paragraphStart, span.openIndex);
  const sentence = opening.slice(
    Math.max(0, ...[...opening.matchAll(/[.!?:]\s+/gu)].map((end) => end.index + end[0].length)),
  );
  const words = sentence.toLowerCase().match(/\p{L}+/gu) ?? [];
  return words.some((word) => subjunctives.has(word)) ? 'direct' : kind;
}
