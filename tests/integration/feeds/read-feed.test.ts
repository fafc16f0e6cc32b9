import { readFileSync } from 'node:fs';
import type { ServerResponse } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSafePageFetcher } from '../../../src/adapters/web/safe-fetch/create-safe-page-fetcher.ts';
import { readFeed } from '../../../src/adapters/web/feed/read-feed.ts';
import { AppError } from '../../../src/core/errors.ts';
import type { FeedState } from '../../../src/core/model/feed.ts';
import { initialFeedState } from '../../../src/core/model/feed.ts';
import type { PageFetcher } from '../../../src/core/ports/page-fetcher.ts';
import { recordFeedFailure } from '../../../src/core/pipeline/feeds/record-feed-failure.ts';
import { recordFeedSuccess } from '../../../src/core/pipeline/feeds/record-feed-success.ts';
import { selectNewItems } from '../../../src/core/pipeline/feeds/select-new-items.ts';
import { startLocalHttpServer } from '../../fakes/local-http-server.ts';
import type { LocalHttpServer } from '../../fakes/local-http-server.ts';

const fixture = (name: string) =>
  readFileSync(new URL(`../../fixtures/feeds/${name}`, import.meta.url));
const rssBody = fixture('rss2-content-encoded.xml');
const windows1252Body = fixture('windows-1252.xml');
const etag = '"rss-v1"';
const lastModified = 'Thu, 28 Nov 2024 14:05:12 GMT';
const hugeBytes = 50 * 1024 * 1024;

let server: LocalHttpServer;
let fetcher: PageFetcher;
const statusesSent: Record<string, number[]> = {};
let hugeBytesSent = 0;

function send(
  path: string,
  response: ServerResponse,
  status: number,
  headers = {},
  body?: Buffer | string,
) {
  (statusesSent[path] ??= []).push(status);
  response.writeHead(status, headers).end(body);
}

async function streamHuge(response: ServerResponse): Promise<void> {
  response.writeHead(200, { 'content-type': 'application/rss+xml' });
  response.write('<?xml version="1.0"?><rss version="2.0"><channel><title>Huge</title>');
  const chunk = Buffer.alloc(64 * 1024, ' ');
  hugeBytesSent = 0;
  while (hugeBytesSent < hugeBytes && !response.destroyed) {
    hugeBytesSent += chunk.length;
    if (!response.write(chunk)) {
      await new Promise<void>((resolve) => {
        const done = () => {
          response.off('drain', done);
          response.off('close', done);
          resolve();
        };
        response.once('drain', done);
        response.once('close', done);
      });
    }
  }
  response.end('</channel></rss>');
}

beforeAll(async () => {
  server = await startLocalHttpServer(async (request, response) => {
    const path = request.url ?? '/';
    switch (path) {
      case '/etag.xml':
        if (request.headers['if-none-match'] === etag) return send(path, response, 304, { etag });
        return send(path, response, 200, { 'content-type': 'application/rss+xml', etag }, rssBody);
      case '/last-modified.xml':
        if (request.headers['if-modified-since'] === lastModified) {
          return send(path, response, 304, {});
        }
        return send(
          path,
          response,
          200,
          { 'content-type': 'text/xml', 'last-modified': lastModified },
          rssBody,
        );
      case '/cp1252.xml':
        return send(
          path,
          response,
          200,
          { 'content-type': 'application/rss+xml; charset=windows-1252' },
          windows1252Body,
        );
      case '/garbage.xml':
        return send(
          path,
          response,
          200,
          { 'content-type': 'application/xml' },
          fixture('garbage.txt'),
        );
      case '/page.html':
        return send(
          path,
          response,
          200,
          { 'content-type': 'text/html' },
          fixture('html-page.html'),
        );
      case '/huge.xml':
        return streamHuge(response);
      case '/broken.xml':
        return send(path, response, 503, { 'content-type': 'text/plain' }, 'down for maintenance');
      default:
        return send(path, response, 404, { 'content-type': 'text/plain' }, 'not found');
    }
  });
  fetcher = createSafePageFetcher({
    allowPrivateHosts: ['localhost'],
    allowedPorts: [server.port],
  });
});

afterAll(async () => {
  await server.close();
});

async function readError(url: string): Promise<AppError> {
  const error = await readFeed({ fetcher }, undefined, url).catch((caught: unknown) => caught);
  if (error instanceof AppError) return error;
  throw new Error(`expected an AppError, got ${String(error)}`);
}

describe('readFeed over HTTP through the safe fetcher', () => {
  it('reads a feed, then gets 304 Not Modified by sending back the ETag', async () => {
    const url = server.url('/etag.xml');
    const first = await readFeed({ fetcher }, undefined, url);
    expect(first.notModified).toBe(false);
    expect(first.etag).toBe(etag);
    expect(first.document?.items[0]?.title).toBe(
      'Council approves \u2018harbour bridge\u2019 funding after late-night vote',
    );
    const state = recordFeedSuccess(initialFeedState(url), new Date(), first).nextState;
    const second = await readFeed({ fetcher }, state, url);
    expect(second).toMatchObject({ notModified: true, etag });
    expect(second.document).toBeUndefined();
    expect(statusesSent['/etag.xml']).toEqual([200, 304]);
  });

  it('uses Last-Modified when there is no ETag, only for the state of the same URL', async () => {
    const url = server.url('/last-modified.xml');
    const first = await readFeed({ fetcher }, undefined, url);
    const state = recordFeedSuccess(initialFeedState(url), new Date(), first).nextState;
    expect(state.lastModified).toBe(lastModified);
    expect((await readFeed({ fetcher }, state, url)).notModified).toBe(true);
    const otherFeedState: FeedState = { ...state, url: server.url('/etag.xml') };
    expect((await readFeed({ fetcher }, otherFeedState, url)).notModified).toBe(false);
    expect(statusesSent['/last-modified.xml']).toEqual([200, 304, 200]);
  });

  it('decodes a windows-1252 feed served with that charset (curly quotes intact)', async () => {
    const result = await readFeed({ fetcher }, undefined, server.url('/cp1252.xml'));
    expect(result.document?.title).toBe('Caf\u00e9 Soci\u00e9t\u00e9 \u2013 Nouvelles');
    expect(result.document?.items[0]?.title).toBe(
      'Mayor\u2019s \u201cclean streets\u201d plan approved',
    );
    expect(result.document?.items[0]?.summary).toBe(
      '\u201cWe will sweep every street twice a week,\u201d the mayor said \u2013 a first for the district.',
    );
  });

  it('a 404 feed fails with fetch-http-error, not retryable', async () => {
    const error = await readError(server.url('/gone.xml'));
    expect(error.code).toBe('fetch-http-error');
    expect(error.retryable).toBe(false);
  });

  it('a garbage body fails with feed-invalid and the sentence for users', async () => {
    const error = await readError(server.url('/garbage.xml'));
    expect(error.code).toBe('feed-invalid');
    expect(error.userMessage).toBe('That link is not a news feed (RSS, Atom or JSON Feed).');
  });

  it('an HTML page is refused as not a feed', async () => {
    const error = await readError(server.url('/page.html'));
    expect(error.code).toBe('content-type-unsupported');
    expect(error.userMessage).toBe('That link is not a news feed (it is text/html).');
  });

  it('a 50 MB body is refused by size without reading it all', async () => {
    const error = await readError(server.url('/huge.xml'));
    expect(error.code).toBe('input-too-large');
    expect(error.userMessage).toBe('The feed is larger than the 5 MB limit.');
    expect(hugeBytesSent).toBeLessThan(hugeBytes);
  });

  it('a feed failing three times in a row becomes unhealthy once', async () => {
    const url = server.url('/broken.xml');
    let state = initialFeedState(url);
    const flips: boolean[] = [];
    for (let attempt = 0; attempt < 4; attempt += 1) {
      const error = await readFeed({ fetcher }, state, url).catch((caught: unknown) => caught);
      const outcome = recordFeedFailure(state, error, new Date());
      flips.push(outcome.becameUnhealthy);
      state = outcome.nextState;
    }
    expect(flips).toEqual([false, false, true, false]);
    expect(state.healthy).toBe(false);
    expect(state.lastError?.code).toBe('fetch-http-error');
    expect(statusesSent['/broken.xml']).toEqual([503, 503, 503, 503]);
  });

  it('end to end: the first read yields the newest items, the next read nothing new', async () => {
    const url = server.url('/etag.xml');
    const read = await readFeed({ fetcher }, undefined, url);
    const first = selectNewItems(initialFeedState(url), read.document?.items ?? [], {
      maxSeen: 200,
      firstReadLimit: 2,
    });
    expect(first.newItems.map((item) => item.author)).toEqual(['Marcus Bell', 'Priya Raman']);
    const again = selectNewItems(first.nextState, read.document?.items ?? [], { maxSeen: 200 });
    expect(again.newItems).toEqual([]);
  });
});
