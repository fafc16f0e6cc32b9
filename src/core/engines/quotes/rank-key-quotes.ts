import type { Quotation } from '../../model/quote.ts';
import { countWords } from '../../text/words.ts';

export interface RankKeyQuotesOptions {
  /** Most quote groups to return (a split quote counts once); default 5. */
  max?: number;
}

/** Quotes that say nothing a reader needs: no-comments, thanks, holding statements. */
const boilerplate =
  /\b(?:no comment|declined to comment|did not (?:immediately )?respond|thank(?:s| you)|we are (?:aware|looking into)|our thoughts (?:and prayers )?are with|reviewing the (?:report|matter)|at this time)\b/iu;

interface Candidate {
  group: number;
  parts: Quotation[];
  speaker: string;
  score: number;
}

function wordCount(text: string): number {
  return countWords(text);
}

/** Informative length: a clause or two (12–60 words) reads best; fragments and speeches less. */
function lengthScore(words: number): number {
  if (words < 5) return 0.15;
  if (words < 12) return 0.4 + (words - 5) * 0.08;
  if (words <= 60) return 1;
  return Math.max(0.55, 1 - (words - 60) / 120);
}

/**
 * Picks the quotes worth showing: direct quotes with a known speaker, ranked by length in a
 * readable range, position (earlier is usually more central), how often the speaker is quoted,
 * and not boilerplate. Parts of a split quote are scored together and returned together.
 * Returns copies with isKey set, best group first, each group's parts in text order.
 */
export function rankKeyQuotes(
  quotations: Quotation[],
  options: RankKeyQuotesOptions = {},
): Quotation[] {
  const max = Math.max(1, options.max ?? 5);
  const textLength = Math.max(1, ...quotations.map((quotation) => quotation.end));
  const groups = new Map<number, Quotation[]>();
  for (const quotation of quotations) {
    if (quotation.depth !== 0 || quotation.kind !== 'direct' || quotation.speaker === null)
      continue;
    groups.set(quotation.group, [...(groups.get(quotation.group) ?? []), quotation]);
  }
  const quotesBySpeaker = new Map<string, number>();
  for (const parts of groups.values()) {
    const speaker = parts[0]?.speaker ?? '';
    quotesBySpeaker.set(speaker, (quotesBySpeaker.get(speaker) ?? 0) + 1);
  }
  const candidates: Candidate[] = [];
  for (const [group, parts] of groups) {
    const first = parts[0];
    if (!first || first.speaker === null) continue;
    const joined = parts.map((part) => part.text).join(' ');
    const position = 1 - 0.25 * (first.start / textLength);
    const prominence = 1 + 0.1 * Math.min(3, (quotesBySpeaker.get(first.speaker) ?? 1) - 1);
    const penalty = boilerplate.test(joined) ? 0.3 : 1;
    const score = lengthScore(wordCount(joined)) * position * prominence * penalty;
    candidates.push({ group, parts, speaker: first.speaker, score });
  }
  const chosen: Candidate[] = [];
  const remaining = [...candidates];
  while (chosen.length < max && remaining.length > 0) {
    // Each further quote from an already chosen speaker weighs a little less: variety helps.
    const adjusted = remaining.map((candidate) => {
      const repeats = chosen.filter((picked) => picked.speaker === candidate.speaker).length;
      return candidate.score * 0.85 ** repeats;
    });
    const bestIndex = adjusted.indexOf(Math.max(...adjusted));
    const [best] = remaining.splice(bestIndex, 1);
    if (best) chosen.push(best);
  }
  return chosen.flatMap((candidate) =>
    [...candidate.parts]
      .sort((left, right) => left.start - right.start)
      .map((part) => ({ ...part, isKey: true })),
  );
}
