import type { BriefLength } from '../model/brief.ts';
import type { KeyQuote } from '../model/quote.ts';

/** How many quotes (a split quote's parts count once) each brief length shows. */
export const keyQuoteLimits: Record<BriefLength, number> = { short: 3, standard: 4, detailed: 5 };

/**
 * Keeps the first N quotes in the engine's ranking order, counting the parts of one split quote
 * as one, and keeps those parts together.
 */
export function selectKeyQuotes(quotes: readonly KeyQuote[], length: BriefLength): KeyQuote[] {
  const limit = keyQuoteLimits[length];
  const chosenGroups: string[] = [];
  const selected: KeyQuote[] = [];
  for (const [index, quote] of quotes.entries()) {
    const groupKey = quote.group === undefined ? `single-${index}` : `group-${quote.group}`;
    if (!chosenGroups.includes(groupKey)) {
      if (chosenGroups.length >= limit) continue;
      chosenGroups.push(groupKey);
    }
    selected.push(quote);
  }
  return selected;
}
