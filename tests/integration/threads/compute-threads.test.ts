import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import {
  createComputeThreads,
  type Compute,
  type ComputeSettings,
} from '../../../src/adapters/threads/create-compute-threads.ts';
import { parseFeed } from '../../../src/adapters/web/feed/parse-feed.ts';
import { extractArticlePage } from '../../../src/adapters/web/readability/extract-article-page.ts';
import { defaultDomLimits } from '../../../src/adapters/web/readability/measure-dom.ts';
import { answerOffline } from '../../../src/core/engines/answers/answer-offline.ts';
import { createOfflineBriefWriter } from '../../../src/core/engines/offline/create-offline-brief-writer.ts';
import { AppError } from '../../../src/core/errors.ts';
import type { BriefWriter } from '../../../src/core/ports/brief-writer.ts';
import { silentLogger } from '../../../src/core/ports/logger.ts';
import { briefArticle } from '../../../src/core/pipeline/brief-article.ts';
import { buildArticleFromHtml } from '../../../src/core/pipeline/build-article-from-html.ts';
import { verifyQuotes } from '../../../src/core/pipeline/verify-quotes.ts';
import { nestedDivPage } from '../../fakes/hostile-pages.ts';
import { seedAsHtml } from '../../fakes/seed-news-site.ts';

const url = 'https://example.com/story';
const computes: Compute[] = [];

async function compute(settings: Partial<ComputeSettings> = {}): Promise<Compute> {
  const created = await createComputeThreads(
    { threads: 2, taskTimeoutMs: 10_000, domLimits: defaultDomLimits, ...settings },
    silentLogger,
  );
  computes.push(created);
  return created;
}

afterAll(async () => {
  await Promise.all(computes.map((created) => created.close()));
});

async function failureOf(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  if (error instanceof AppError) return error;
  throw new Error(`expected an AppError, got ${String(error)}`);
}

// Started once for the first group of tests (compute() is async: it loads the pool's module).
const sharedThreads = await compute();

describe('the compute threads', () => {
  const threads = sharedThreads;

  it('extract a page exactly as the in-process extractor does', async () => {
    expect(await threads.extractor.extract(seedAsHtml(), url)).toEqual(
      extractArticlePage(seedAsHtml(), url),
    );
  });

  it('refuse 1,500 nested <div>s with "That page is too complex to read."', async () => {
    const error = await failureOf(threads.extractor.extract(nestedDivPage(1_500), url));
    expect(error.code).toBe('page-too-complex');
    expect(error.userMessage).toBe('That page is too complex to read.');
    expect(error.retryable).toBe(false);
  });

  it('refuse a body with no element with "That page has no article text."', async () => {
    const error = await failureOf(threads.extractor.extract('just words, served as HTML', url));
    expect(error.code).toBe('no-article-text');
    expect(error.userMessage).toBe('That page has no article text.');
    expect(error.retryable).toBe(false);
  });

  it('write the same offline brief, quote verification and answer as in process', async () => {
    const article = await buildArticleFromHtml({ extractor: threads.extractor }, seedAsHtml(), {
      origin: 'page',
      completeness: 'full',
      location: url,
    });
    const inProcess = createOfflineBriefWriter();
    expect(threads.offlineWriter.cacheIdentity).toBe(inProcess.cacheIdentity);
    // The thread checks the draft's quotes in the same task: the draft comes back verified.
    const { verification: checked, ...draft } = await threads.offlineWriter.write(article, {
      length: 'standard',
    });
    expect(draft).toEqual(await inProcess.write(article, { length: 'standard' }));
    expect(checked?.verified.length).toBeGreaterThan(0);
    expect(checked).toEqual(verifyQuotes(article.text, draft.quoteCandidates));
    const verification = await threads.quoteVerifier.verify(article.text, draft.quoteCandidates);
    expect(verification).toEqual(verifyQuotes(article.text, draft.quoteCandidates));
    const clock = { now: () => new Date('2026-12-07T06:00:00Z') };
    const briefIn = (writer: BriefWriter) =>
      briefArticle({ writer, clock, logger: silentLogger }, article, { length: 'standard' });
    expect(await briefIn(threads.offlineWriter)).toEqual(await briefIn(inProcess));
    const question = 'What did Putin say about Trump?';
    expect(await threads.offlineAnswerer.answer(article, question, [])).toEqual(
      answerOffline(article, question, []),
    );
  });

  it('parse a feed as parseFeed does, and refuse a non-feed with its own sentence', async () => {
    const body = readFileSync(
      new URL('../../fixtures/feeds/rss2-content-encoded.xml', import.meta.url),
      'utf8',
    );
    const options = { baseUrl: 'https://www.harbourside-chronicle.example/politics/feed/' };
    expect(await threads.parseFeed(body, 'application/rss+xml', options)).toEqual(
      parseFeed(body, 'application/rss+xml', options),
    );
    const error = await failureOf(threads.parseFeed('<html></html>', 'text/html', options));
    expect(error.code).toBe('feed-invalid');
  });
});

describe('a page that runs past the time limit', () => {
  it('ends its thread with "That page is too complex to read." and the next page is read', async () => {
    // Caps lifted so only the wall clock can stop Readability on this page (minutes otherwise).
    const threads = await compute({
      threads: 1,
      taskTimeoutMs: 2_000,
      domLimits: { maxElements: 1_000_000, maxDepth: 1_000_000 },
    });
    const [error, page] = await Promise.all([
      failureOf(threads.extractor.extract(nestedDivPage(2_000), url)),
      threads.extractor.extract(seedAsHtml(), url),
    ]);
    expect(error.code).toBe('page-too-complex');
    expect(error.userMessage).toBe('That page is too complex to read.');
    expect(error.retryable).toBe(false);
    expect(error.details).toMatchObject({ task: 'extract-page', reason: 'timeout' });
    expect(page.title).toBe(extractArticlePage(seedAsHtml(), url).title);
  });
});

describe('with EXTRACT_THREADS=0', () => {
  it('reads pages on the calling thread, with the same caps and sentences', async () => {
    const inProcess = await compute({ threads: 0 });
    expect(await inProcess.extractor.extract(seedAsHtml(), url)).toEqual(
      extractArticlePage(seedAsHtml(), url),
    );
    const error = await failureOf(inProcess.extractor.extract(nestedDivPage(1_500), url));
    expect(error.userMessage).toBe('That page is too complex to read.');
  });
});
