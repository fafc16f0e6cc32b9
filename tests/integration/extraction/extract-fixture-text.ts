import { extractArticlePage } from '../../../src/adapters/web/readability/extract-article-page.ts';
import { AppError } from '../../../src/core/errors.ts';
import { cleanArticleText } from '../../../src/core/pipeline/clean-article-text.ts';
import { scoreOutcome, type ExtractionFixture } from './extraction-score.ts';

/** What a user's brief would be written from: extraction, then cleaning; undefined when refused. */
export function extractFixtureText(fixture: ExtractionFixture): string | undefined {
  try {
    // The synchronous core of the extractor, the same code the worker threads run.
    const page = extractArticlePage(fixture.html, fixture.url);
    return cleanArticleText(page.text, {
      title: page.title,
      ...(page.byline === undefined ? {} : { byline: page.byline }),
    }).text;
  } catch (error) {
    if (error instanceof AppError) return undefined;
    throw error;
  }
}

export function fixtureNamed(
  fixtures: readonly ExtractionFixture[],
  name: string,
): ExtractionFixture {
  const found = fixtures.find((candidate) => candidate.name === name);
  if (found === undefined) throw new Error(`missing extraction fixture ${name}`);
  return found;
}

/** Mean token F1 over a set, and the pages scoring under `floor` (named, for a readable failure). */
export function scoreFixtureSet(
  fixtures: readonly ExtractionFixture[],
  floor: number,
): { mean: number; below: { name: string; f1: number }[] } {
  const scores = fixtures.map((page) => ({
    name: page.name,
    f1: scoreOutcome(extractFixtureText(page), page.expected).f1,
  }));
  const mean = scores.reduce((sum, score) => sum + score.f1, 0) / scores.length;
  return { mean, below: scores.filter((score) => score.f1 < floor) };
}
