import { expect } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import {
  analyzeQuotations,
  type AnalyzedQuotation,
} from '../../../src/core/engines/quotes/find-quotations.ts';

/** The annotated quote sets under tests/fixtures (NAME.txt + NAME.json). */
export const quoteSetFolder = (name: string): string =>
  join(import.meta.dirname, '..', '..', 'fixtures', name);

/** Same matching as bench/eval-quotes.ts: forgiving marks, whitespace and edge punctuation. */
export function normalizeQuote(text: string): string {
  return text
    .replace(/["“”„«»]/gu, '"')
    .replace(/['‘’]/gu, "'")
    .replace(/\s+/gu, ' ')
    .replace(/^[\s.,;:!?]+|[\s.,;:!?]+$/gu, '')
    .toLowerCase();
}

/**
 * Direct-quote F1 (top-level direct quotations against the gold quotes) and speaker accuracy
 * (over the gold quotes that were found) for one annotated set.
 */
export function scoreQuoteSet(folder: string): {
  f1: number;
  speakerAccuracy: number;
  articles: number;
} {
  let gold = 0;
  let predicted = 0;
  let matched = 0;
  let speakerRight = 0;
  const files = readdirSync(folder).filter((name) => name.endsWith('.txt'));
  for (const file of files) {
    const text = readFileSync(join(folder, file), 'utf8');
    const expected = (
      JSON.parse(readFileSync(join(folder, file.replace(/\.txt$/u, '.json')), 'utf8')) as {
        quotes: { text: string; speaker: string | null }[];
      }
    ).quotes;
    const found = analyzeQuotations(text).filter(
      (quote) => quote.depth === 0 && quote.kind === 'direct',
    );
    const byText = new Map(found.map((quote) => [normalizeQuote(quote.text), quote]));
    for (const quote of expected) {
      const hit = byText.get(normalizeQuote(quote.text));
      if (!hit) continue;
      matched += 1;
      if ((hit.speaker ?? '').toLowerCase() === (quote.speaker ?? '').toLowerCase())
        speakerRight += 1;
    }
    gold += expected.length;
    predicted += found.length;
  }
  const precision = matched / predicted;
  const recall = matched / gold;
  return {
    f1: (2 * precision * recall) / (precision + recall),
    speakerAccuracy: speakerRight / matched,
    articles: files.length,
  };
}

/** The speaker the finder gives the top-level quote starting with `quoteStart`. */
export const speakerOf = (text: string, quoteStart: string): string | null | undefined =>
  analyzeQuotations(text).find((quote) => quote.depth === 0 && quote.text.startsWith(quoteStart))
    ?.speaker;

/**
 * The top-level quote opening with quoteStart, the article's language declared (one invented
 * sentence holds too few common words for the language detector to tell).
 */
export const quoteIn =
  (language: string) =>
  (text: string, quoteStart: string): AnalyzedQuotation | undefined =>
    analyzeQuotations(text, { language }).find(
      (quote) => quote.depth === 0 && quote.text.startsWith(quoteStart),
    );

/** The speaker shown for the quote opening with quoteStart, the language declared. */
export const speakerIn =
  (language: string) =>
  (text: string, quoteStart: string): string | null | undefined =>
    quoteIn(language)(text, quoteStart)?.speaker;

/** The top-level direct quote opening with quoteStart, the language declared. */
export function directQuote(
  text: string,
  language: string,
  quoteStart: string,
): AnalyzedQuotation | undefined {
  return analyzeQuotations(text, { language }).find(
    (quote) => quote.depth === 0 && quote.kind === 'direct' && quote.text.startsWith(quoteStart),
  );
}

/** The speaker of the direct quote opening with quoteStart (undefined: no such direct quote). */
export function directSpeaker(
  text: string,
  language: string,
  quoteStart: string,
): string | null | undefined {
  const found = directQuote(text, language, quoteStart);
  return found === undefined ? undefined : found.speaker;
}

/** A quote as the reader sees it: its exact text, a full (direct) quote, and its speaker. */
export function expectDirectQuote(
  quote: AnalyzedQuotation | undefined,
  text: string,
  speaker: string | null,
): void {
  expect(quote?.text).toBe(text);
  expect(quote?.kind).toBe('direct');
  expect(quote?.speaker ?? null).toBe(speaker);
}
