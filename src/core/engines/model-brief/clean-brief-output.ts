import type { QuoteCandidate } from '../../model/quote.ts';

const surroundingMarks =
  /^["'\u201C\u201D\u2018\u2019\u00AB\u00BB\u201E]+|["'\u201C\u201D\u2018\u2019\u00AB\u00BB\u201E]+$/g;

/** Trims bullets, drops empty and repeated ones, strips "- " or "• " prefixes, keeps at most `count`. */
export function cleanBullets(bullets: string[], count: number): string[] {
  const seen = new Set<string>();
  const cleaned: string[] = [];
  for (const bullet of bullets) {
    const text = bullet.replace(/^\s*(?:[-*\u2022]|\d+[.)])\s+/, '').trim();
    if (text === '' || seen.has(text.toLowerCase())) continue;
    seen.add(text.toLowerCase());
    cleaned.push(text);
  }
  return cleaned.slice(0, count);
}

/**
 * Tidies quote candidates without making them any more "verified": the surrounding quotation
 * marks models like to add are removed (the text inside is what verification looks for),
 * empty and duplicate candidates go. verifyQuotes still checks every one against the source.
 */
export function cleanQuoteCandidates(
  quotes: { text: string; speaker: string }[],
): QuoteCandidate[] {
  const seen = new Set<string>();
  const candidates: QuoteCandidate[] = [];
  for (const quote of quotes) {
    const text = quote.text.trim().replace(surroundingMarks, '').trim();
    const speaker = quote.speaker.trim();
    if (text === '' || seen.has(text)) continue;
    seen.add(text);
    candidates.push({ text, speaker });
  }
  return candidates;
}
