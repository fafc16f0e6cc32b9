import { parseHTML } from 'linkedom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createReadabilityExtractor } from '../../../src/adapters/web/readability/create-readability-extractor.ts';
import type { DomElement } from '../../../src/adapters/web/readability/dom-types.ts';
import { extractArticlePage } from '../../../src/adapters/web/readability/extract-article-page.ts';
import { defaultDomLimits, measureDom } from '../../../src/adapters/web/readability/measure-dom.ts';
import { createSafePageFetcher } from '../../../src/adapters/web/safe-fetch/create-safe-page-fetcher.ts';
import { AppError } from '../../../src/core/errors.ts';
import { fetchArticle } from '../../../src/core/pipeline/fetch-article.ts';
import { nestedDivPage } from '../../fakes/hostile-pages.ts';
import { seedText } from '../../fakes/seed-news-site.ts';
import { startLocalHttpServer, type LocalHttpServer } from '../../fakes/local-http-server.ts';
import {
  blindFixtureDirectory,
  fixtureDirectory,
  fresh2FixtureDirectory,
  freshFixtureDirectory,
  loadExtractionFixtures,
} from './extraction-score.ts';

const url = 'https://example.com/story';

function failureOf(run: () => unknown): AppError {
  try {
    run();
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('the page was accepted');
}

describe('the DOM caps checked before Readability runs', () => {
  it('are far above every real page among the extraction fixtures', () => {
    const fixtures = [
      fixtureDirectory,
      blindFixtureDirectory,
      freshFixtureDirectory,
      fresh2FixtureDirectory,
    ].flatMap((directory) => loadExtractionFixtures(directory));
    expect(fixtures.length).toBeGreaterThan(50);
    for (const fixture of fixtures) {
      const { document } = parseHTML(fixture.html) as unknown as {
        document: { documentElement: DomElement };
      };
      const size = measureDom(document.documentElement, defaultDomLimits);
      expect(size.overLimit, fixture.name).toBe(false);
      expect(size.depth, fixture.name).toBeLessThan(defaultDomLimits.maxDepth / 4);
    }
  });

  it('refuse 1,500 nested <div>s around three paragraphs with the user sentence, not a stall', () => {
    const error = failureOf(() => extractArticlePage(nestedDivPage(1_500), url));
    expect(error.code).toBe('page-too-complex');
    expect(error.userMessage).toBe('That page is too complex to read.');
    expect(error.retryable).toBe(false);
    expect(error.details).toMatchObject({ reason: 'dom-over-limit', depth: 201 });
  });

  it('accept an article nested within the depth cap', () => {
    const paragraphs = seedText
      .split('\n')
      .slice(1)
      .filter((line) => line.trim() !== '');
    const page = extractArticlePage(nestedDivPage(150, paragraphs), url);
    expect(page.text).toContain(paragraphs[0]);
  });

  it('refuse a page with more elements than the element cap', () => {
    const items = Array.from({ length: 120 }, (_, index) => `<li>Item ${index}</li>`).join('');
    const html = `<html><body><ul>${items}</ul></body></html>`;
    const error = failureOf(() =>
      extractArticlePage(html, url, { limits: { maxElements: 100, maxDepth: 200 } }),
    );
    expect(error.userMessage).toBe('That page is too complex to read.');
    expect(error.details).toMatchObject({ elements: 101 });
  });
});

describe('an HTML body with no element', () => {
  it.each([
    '',
    '   \n',
    'just some words, no tags at all',
    '<!-- only a comment -->',
    '<!doctype html>',
  ])('is refused with "That page has no article text." (%j)', (body) => {
    const error = failureOf(() => extractArticlePage(body, url));
    expect(error.code).toBe('no-article-text');
    expect(error.userMessage).toBe('That page has no article text.');
    expect(error.retryable).toBe(false);
  });

  it.each(['text <b>bold</b>', '<svg></svg>', '<p>One line.</p>', '<?xml version="1.0"?><feed/>'])(
    'nor does a fragment with an element throw anything but an AppError (%j)',
    (body) => {
      expect(() => extractArticlePage(body, url)).toThrow(AppError);
    },
  );
});

describe('a fetched text/html page with no element', () => {
  let server: LocalHttpServer;
  const bodies: Record<string, string> = {
    '/empty': '',
    '/words': 'Just a sentence served as HTML.',
  };

  beforeAll(async () => {
    server = await startLocalHttpServer((request, response) => {
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      response.end(bodies[request.url ?? ''] ?? '');
    });
  });
  afterAll(async () => {
    await server.close();
  });

  it.each(Object.keys(bodies))('says "That page has no article text." for %s', async (path) => {
    const fetcher = createSafePageFetcher({
      allowPrivateHosts: ['localhost'],
      allowedPorts: [server.port],
    });
    const extractor = createReadabilityExtractor();
    const failure = await fetchArticle({ fetcher, extractor }, server.url(path)).then(
      () => undefined,
      (error: unknown) => error,
    );
    expect(failure).toBeInstanceOf(AppError);
    expect((failure as AppError).userMessage).toBe('That page has no article text.');
    expect((failure as AppError).retryable).toBe(false);
  });
});
