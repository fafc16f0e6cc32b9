/**
 * Offline throughput: extraction + cleaning + brief (summary, quotes, verification) on the
 * seed articles, in process. Prints articles per second and ms per article (p50/p99), and
 * the same for each stage. Run: npx tsx bench/offline-brief.bench.ts [rounds]
 */
import { readFileSync, readdirSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { createReadabilityExtractor } from '../src/adapters/web/readability/create-readability-extractor.ts';
import { createOfflineBriefWriter } from '../src/core/engines/offline/create-offline-brief-writer.ts';
import type { Article } from '../src/core/model/article.ts';
import { briefArticle } from '../src/core/pipeline/brief-article.ts';
import { buildArticleFromHtml } from '../src/core/pipeline/build-article-from-html.ts';
import { buildArticleFromText } from '../src/core/pipeline/build-article-from-text.ts';
import { systemClock } from '../src/core/ports/clock.ts';
import { silentLogger } from '../src/core/ports/logger.ts';

const rounds = Number(process.argv[2] ?? 200);
const seedFolder = new URL('../seeds/', import.meta.url);
const seeds = readdirSync(seedFolder)
  .filter((name) => /\.(txt|html)$/.test(name))
  .map((name) => ({ name, raw: readFileSync(new URL(name, seedFolder), 'utf8') }));
const extractor = createReadabilityExtractor();
const writer = createOfflineBriefWriter();

async function extract(seed: { name: string; raw: string }): Promise<Article> {
  const source = { origin: 'file', completeness: 'full', location: seed.name } as const;
  return seed.name.endsWith('.html')
    ? buildArticleFromHtml({ extractor }, seed.raw, source)
    : buildArticleFromText(seed.raw, source);
}

async function brief(article: Article) {
  // No cache: every round does the full work.
  return briefArticle({ writer, clock: systemClock, logger: silentLogger }, article, {
    length: 'standard',
  });
}

const percentile = (values: number[], share: number) => {
  const sorted = [...values].sort((left, right) => left - right);
  return sorted[Math.min(sorted.length - 1, Math.floor(share * sorted.length))] ?? 0;
};

// Warm up the JIT so the numbers describe a running worker, not a cold start.
for (let round = 0; round < 20; round += 1)
  for (const seed of seeds) await brief(await extract(seed));

const total: number[] = [];
const extractTimes: number[] = [];
const briefTimes: number[] = [];
const started = performance.now();
for (let round = 0; round < rounds; round += 1) {
  for (const seed of seeds) {
    const t0 = performance.now();
    const article = await extract(seed);
    const t1 = performance.now();
    await brief(article);
    const t2 = performance.now();
    extractTimes.push(t1 - t0);
    briefTimes.push(t2 - t1);
    total.push(t2 - t0);
  }
}
const elapsedSeconds = (performance.now() - started) / 1000;
const format = (values: number[]) =>
  `p50 ${percentile(values, 0.5).toFixed(2)} ms, p99 ${percentile(values, 0.99).toFixed(2)} ms, mean ${(values.reduce((a, b) => a + b, 0) / values.length).toFixed(2)} ms`;

console.log(
  `offline brief benchmark: ${seeds.length} seed articles × ${rounds} rounds (node ${process.version})`,
);
console.log(`  throughput:          ${(total.length / elapsedSeconds).toFixed(1)} articles/s`);
console.log(`  extraction + brief:  ${format(total)}`);
console.log(`  extraction + clean:  ${format(extractTimes)}`);
console.log(`  brief + verify:      ${format(briefTimes)}`);
for (const seed of seeds) {
  const article = await extract(seed);
  const t0 = performance.now();
  for (let index = 0; index < 50; index += 1) await brief(await extract(seed));
  console.log(
    `  ${seed.name.padEnd(40)} ${((performance.now() - t0) / 50).toFixed(2)} ms/article (${article.text.length} chars)`,
  );
}
console.log(`  rss: ${(process.memoryUsage().rss / 1024 / 1024).toFixed(0)} MiB`);
