/**
 * Extraction quality on a fixture folder (default tests/fixtures/extraction): token
 * precision/recall/F1 of (a) raw Readability textContent and (b) our extractor +
 * cleanArticleText, plus ms per page.
 * Run: npx tsx bench/eval-extraction.ts [folder]   e.g. tests/fixtures/extraction-blind
 */
import { performance } from 'node:perf_hooks';
import { resolve } from 'node:path';
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { extractArticlePage } from '../src/adapters/web/readability/extract-article-page.ts';
import { cleanArticleText } from '../src/core/pipeline/clean-article-text.ts';
import { isAppError } from '../src/core/errors.ts';
import {
  loadExtractionFixtures,
  scoreOutcome,
  type TokenScore,
} from '../tests/integration/extraction/extraction-score.ts';

function rawReadability(html: string): string | undefined {
  const { document } = parseHTML(html);
  const article = new Readability(document).parse();
  return article?.textContent ?? undefined;
}

function ours(html: string, url: string): string | undefined {
  try {
    const page = extractArticlePage(html, url);
    return cleanArticleText(page.text, {
      title: page.title,
      ...(page.byline === undefined ? {} : { byline: page.byline }),
    }).text;
  } catch (error) {
    if (isAppError(error) && (error.code === 'not-an-article' || error.code === 'paywalled'))
      return undefined;
    throw error;
  }
}

function format(score: TokenScore): string {
  return [score.precision, score.recall, score.f1].map((value) => value.toFixed(3)).join('  ');
}

function mean(scores: TokenScore[]): TokenScore {
  const sum = (pick: (score: TokenScore) => number): number =>
    scores.reduce((total, score) => total + pick(score), 0) / scores.length;
  return {
    precision: sum((score) => score.precision),
    recall: sum((score) => score.recall),
    f1: sum((score) => score.f1),
  };
}

const folder = process.argv[2];
const fixtures = loadExtractionFixtures(folder === undefined ? undefined : resolve(folder));
const rawScores: TokenScore[] = [];
const ourScores: TokenScore[] = [];
const timings: number[] = [];
console.log(`${'page'.padEnd(22)} raw P      R      F1    | ours P     R      F1    | ms`);
for (const fixture of fixtures) {
  const raw = scoreOutcome(rawReadability(fixture.html), fixture.expected);
  const repetitions = 20;
  let text: string | undefined;
  const started = performance.now();
  for (let run = 0; run < repetitions; run += 1) text = ours(fixture.html, fixture.url);
  const milliseconds = (performance.now() - started) / repetitions;
  const score = scoreOutcome(text, fixture.expected);
  rawScores.push(raw);
  ourScores.push(score);
  timings.push(milliseconds);
  console.log(
    `${fixture.name.padEnd(22)} ${format(raw)} | ${format(score)} | ${milliseconds.toFixed(2)}`,
  );
}
const averageMs = timings.reduce((total, value) => total + value, 0) / timings.length;
console.log(
  `${'MEAN'.padEnd(22)} ${format(mean(rawScores))} | ${format(mean(ourScores))} | ${averageMs.toFixed(2)}`,
);
