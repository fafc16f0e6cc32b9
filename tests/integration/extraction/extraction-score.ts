import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Shared by the quality test and bench/eval-extraction.ts: fixtures and token-level scoring. */

export const fixtureDirectory = fileURLToPath(
  new URL('../../fixtures/extraction/', import.meta.url),
);

/** An expected file holding only this marker means the page must be rejected as not an article. */
export const notAnArticleMarker = '!not-an-article';

export interface ExtractionFixture {
  name: string;
  html: string;
  url: string;
  /** undefined when the page is not an article. */
  expected: string | undefined;
}

/** Fixtures hand-written blind, before reading the extractor, to measure it on unseen markup. */
export const blindFixtureDirectory = fileURLToPath(
  new URL('../../fixtures/extraction-blind/', import.meta.url),
);

/** A second blind set (Al Jazeera, Verge, Axios, Bloomberg, ESPN, PR Newswire…), same method. */
export const freshFixtureDirectory = fileURLToPath(
  new URL('../../fixtures/extraction-fresh/', import.meta.url),
);

/** A third blind set (Arc XP, Gannett, Next.js, Gutenberg, Ghost, AMP, Brightspot…), same method. */
export const fresh2FixtureDirectory = fileURLToPath(
  new URL('../../fixtures/extraction-fresh2/', import.meta.url),
);

export function loadExtractionFixtures(directory: string = fixtureDirectory): ExtractionFixture[] {
  return readdirSync(directory)
    .filter((file) => file.endsWith('.html'))
    .sort()
    .map((file) => {
      const name = file.replace(/\.html$/u, '');
      const expected = readFileSync(join(directory, `${name}.expected.txt`), 'utf8').trim();
      return {
        name,
        html: readFileSync(join(directory, file), 'utf8'),
        url: `https://news.example.com/${name}`,
        expected: expected === notAnArticleMarker ? undefined : expected,
      };
    });
}

export interface TokenScore {
  precision: number;
  recall: number;
  f1: number;
}

function tokens(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const token of text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [])
    counts.set(token, (counts.get(token) ?? 0) + 1);
  return counts;
}

/** Bag-of-words precision/recall/F1 of an extraction against the expected body. */
export function tokenScore(actual: string, expected: string): TokenScore {
  const actualTokens = tokens(actual);
  const expectedTokens = tokens(expected);
  let overlap = 0;
  let actualTotal = 0;
  let expectedTotal = 0;
  for (const count of actualTokens.values()) actualTotal += count;
  for (const [token, count] of expectedTokens) {
    expectedTotal += count;
    overlap += Math.min(count, actualTokens.get(token) ?? 0);
  }
  const precision = actualTotal === 0 ? 0 : overlap / actualTotal;
  const recall = expectedTotal === 0 ? 0 : overlap / expectedTotal;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}

/**
 * Scores one extraction outcome: `undefined` means the extractor rejected the page. A
 * rejection is perfect on a non-article and worthless on an article, and vice versa.
 */
export function scoreOutcome(actual: string | undefined, expected: string | undefined): TokenScore {
  if (expected === undefined)
    return actual === undefined
      ? { precision: 1, recall: 1, f1: 1 }
      : { precision: 0, recall: 1, f1: 0 };
  if (actual === undefined) return { precision: 0, recall: 0, f1: 0 };
  return tokenScore(actual, expected);
}
