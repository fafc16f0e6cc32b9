import { expect } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import {
  analyzeQuotations,
  type AnalyzedQuotation,
} from '../../../src/core/engines/quotes/find-quotations.ts';
import { sameSpeakerByRealNewsRule } from './real-news-speaker-rule.ts';

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

/** One gold quote: `partial` marks a phrase woven into the reporter's sentence (not gold). */
export interface GoldQuote {
  text: string;
  speaker: string | null;
  partial?: boolean;
}

/** What one article's direct quotes score against its gold, with every miss spelled out. */
export interface ArticleQuoteScore {
  gold: number;
  predicted: number;
  matched: number;
  speakerRight: number;
  speakerRightByRealNewsRule: number;
  misses: string[];
}

/** The gold quotes of a set's article NAME.txt, from NAME.json. */
export function readGoldQuotes(folder: string, file: string): GoldQuote[] {
  return (
    JSON.parse(readFileSync(join(folder, file.replace(/\.txt$/u, '.json')), 'utf8')) as {
      quotes: GoldQuote[];
    }
  ).quotes;
}

/**
 * Scores the finder's top-level direct quotations against an article's gold. Partial quotes
 * (woven into the reporter's sentence, as the real-news scorer treats them) count neither as
 * gold nor, when found, as extra.
 */
export function scoreQuoteArticle(
  goldQuotes: readonly GoldQuote[],
  found: readonly AnalyzedQuotation[],
): ArticleQuoteScore {
  const partial = new Set(
    goldQuotes.filter((quote) => quote.partial === true).map((quote) => normalizeQuote(quote.text)),
  );
  const expected = goldQuotes.filter((quote) => quote.partial !== true);
  const predicted = found.filter(
    (quote) =>
      quote.depth === 0 && quote.kind === 'direct' && !partial.has(normalizeQuote(quote.text)),
  );
  const byText = new Map(predicted.map((quote) => [normalizeQuote(quote.text), quote]));
  const score: ArticleQuoteScore = {
    gold: expected.length,
    predicted: predicted.length,
    matched: 0,
    speakerRight: 0,
    speakerRightByRealNewsRule: 0,
    misses: [],
  };
  for (const quote of expected) {
    const hit = byText.get(normalizeQuote(quote.text));
    if (!hit) {
      score.misses.push(`missed "${quote.text.slice(0, 60)}"`);
      continue;
    }
    score.matched += 1;
    if (sameSpeakerByRealNewsRule(hit.speaker, quote.speaker))
      score.speakerRightByRealNewsRule += 1;
    if ((hit.speaker ?? '').toLowerCase() === (quote.speaker ?? '').toLowerCase())
      score.speakerRight += 1;
    else
      score.misses.push(
        `speaker "${hit.speaker}" ≠ "${quote.speaker}" for "${quote.text.slice(0, 50)}"`,
      );
  }
  const goldTexts = new Set(expected.map((quote) => normalizeQuote(quote.text)));
  for (const quote of predicted)
    if (!goldTexts.has(normalizeQuote(quote.text)))
      score.misses.push(`extra "${quote.text.slice(0, 60)}"`);
  return score;
}

/**
 * Direct-quote F1 (top-level direct quotations against the gold quotes) and speaker accuracy
 * (over the gold quotes that were found): strict (the speaker as the gold writes it) and by the
 * real-news rule, for one annotated set.
 */
export function scoreQuoteSet(folder: string): {
  f1: number;
  speakerAccuracy: number;
  speakerAccuracyByRealNewsRule: number;
  articles: number;
} {
  const total = { gold: 0, predicted: 0, matched: 0, speakerRight: 0, realNews: 0 };
  const files = readdirSync(folder).filter((name) => name.endsWith('.txt'));
  for (const file of files) {
    const text = readFileSync(join(folder, file), 'utf8');
    const score = scoreQuoteArticle(readGoldQuotes(folder, file), analyzeQuotations(text));
    total.gold += score.gold;
    total.predicted += score.predicted;
    total.matched += score.matched;
    total.speakerRight += score.speakerRight;
    total.realNews += score.speakerRightByRealNewsRule;
  }
  const precision = total.matched / total.predicted;
  const recall = total.matched / total.gold;
  return {
    f1: (2 * precision * recall) / (precision + recall),
    speakerAccuracy: total.speakerRight / total.matched,
    speakerAccuracyByRealNewsRule: total.realNews / total.matched,
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
