import type { ServerResponse } from 'node:http';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppError } from '../../../src/core/errors.ts';
import type { FetchPageRequest, PageFetcher } from '../../../src/core/ports/page-fetcher.ts';
import { createSafePageFetcher } from '../../../src/adapters/web/safe-fetch/create-safe-page-fetcher.ts';
import { startLocalHttpServer } from '../../fakes/local-http-server.ts';
import type { LocalHttpServer } from '../../fakes/local-http-server.ts';

const maxBytes = 1024 * 1024;
const hugeBytes = 40 * 1024 * 1024;
// “Putin” said – in windows-1252: 0x93 / 0x94 are curly quotes, 0x96 an en dash.
const windows1252Article = Buffer.concat([
  Buffer.from('<html><body><p>'),
  Buffer.from([0x93]),
  Buffer.from('Clever and experienced'),
  Buffer.from([0x94, 0x20, 0x96, 0x20]),
  Buffer.from('Caf'),
  Buffer.from([0xe9]),
  Buffer.from('</p></body></html>'),
]);
const expectedArticleText = '\u201cClever and experienced\u201d \u2013 Café';

let server: LocalHttpServer;
let fetcher: PageFetcher;
let gzipBomb: Buffer;
let brotliBomb: Buffer;
/** Bytes the /huge route managed to hand to its socket before the client hung up. */
let hugeBytesSent = 0;
let hugeClosed: Promise<void> = Promise.resolve();

async function streamHuge(response: ServerResponse): Promise<void> {
  let markClosed: () => void = () => undefined;
  hugeClosed = new Promise((resolve) => (markClosed = resolve));
  hugeBytesSent = 0;
  response.on('close', markClosed);
  response.writeHead(200, { 'content-type': 'text/html' });
  const chunk = Buffer.alloc(64 * 1024, 'a');
  while (hugeBytesSent < hugeBytes && !response.destroyed) {
    const writable = response.write(chunk);
    hugeBytesSent += chunk.length;
    if (!writable) {
      await new Promise((resolve) => {
        response.once('drain', resolve);
        response.once('close', resolve);
      });
    }
  }
  response.end();
}

const html = (text: string) => `<!doctype html><html><body><p>${text}</p></body></html>`;

beforeAll(async () => {
  gzipBomb = gzipSync(Buffer.alloc(50 * 1024 * 1024));
  brotliBomb = brotliCompressSync(Buffer.alloc(50 * 1024 * 1024));
  server = await startLocalHttpServer(async (request, response) => {
    const path = request.url ?? '/';
    const redirectMatch = /^\/redirect\/(\d+)$/.exec(path);
    if (redirectMatch) {
      const remaining = Number(redirectMatch[1]);
      if (remaining === 0)
        response.writeHead(200, { 'content-type': 'text/html' }).end(html('landed'));
      else response.writeHead(302, { location: `/redirect/${remaining - 1}` }).end();
      return;
    }
    switch (path) {
      case '/article':
        response
          .writeHead(200, { 'content-type': 'text/html; charset=windows-1252' })
          .end(windows1252Article);
        return;
      case '/meta-charset':
        response
          .writeHead(200, { 'content-type': 'text/html' })
          .end(
            Buffer.concat([
              Buffer.from('<head><meta charset="windows-1252"></head>'),
              windows1252Article,
            ]),
          );
        return;
      case '/gzip-page':
        response
          .writeHead(200, {
            'content-type': 'text/html; charset=utf-8',
            'content-encoding': 'gzip',
          })
          .end(gzipSync(html('Zürich, compressed')));
        return;
      case '/no-content-type':
        response.writeHead(200).end(html('sniffed'));
        return;
      case '/feed':
        response
          .writeHead(200, { 'content-type': 'application/rss+xml' })
          .end(
            '<?xml version="1.0" encoding="utf-8"?><rss><channel><title>News</title></channel></rss>',
          );
        return;
      case '/loop-a':
        response.writeHead(301, { location: '/loop-b' }).end();
        return;
      case '/loop-b':
        response.writeHead(301, { location: '/loop-a#again' }).end();
        return;
      case '/huge':
        await streamHuge(response);
        return;
      case '/huge-declared':
        response.writeHead(200, {
          'content-type': 'text/html',
          'content-length': String(hugeBytes),
        });
        response.write(Buffer.alloc(1024, 'a'));
        return;
      case '/gzip-bomb':
        response
          .writeHead(200, { 'content-type': 'text/html', 'content-encoding': 'gzip' })
          .end(gzipBomb);
        return;
      case '/brotli-bomb':
        response
          .writeHead(200, { 'content-type': 'text/html', 'content-encoding': 'br' })
          .end(brotliBomb);
        return;
      case '/slow-headers':
        setTimeout(
          () => response.writeHead(200, { 'content-type': 'text/html' }).end(html('late')),
          2_000,
        ).unref();
        return;
      case '/stalled-body':
        response.writeHead(200, { 'content-type': 'text/html' });
        response.write('<html><body>half');
        return;
      case '/zstd':
        response
          .writeHead(200, { 'content-type': 'text/html', 'content-encoding': 'zstd' })
          .end('xx');
        return;
      case '/image':
        response
          .writeHead(200, { 'content-type': 'image/png' })
          .end(Buffer.from([0x89, 0x50, 0x4e, 0x47]));
        return;
      case '/not-found':
        response.writeHead(404, { 'content-type': 'text/html' }).end(html('no'));
        return;
      case '/unavailable':
        response.writeHead(503, { 'retry-after': '120' }).end();
        return;
      case '/conditional':
        if (request.headers['if-none-match'] === '"v1"')
          response.writeHead(304, { etag: '"v1"' }).end();
        else
          response.writeHead(200, { 'content-type': 'text/html', etag: '"v1"' }).end(html('fresh'));
        return;
      default:
        response.writeHead(500).end();
    }
  });
  fetcher = createSafePageFetcher({
    allowPrivateHosts: ['localhost'],
    allowedPorts: [server.port],
    maxBytes,
    headersTimeoutMs: 300,
    bodyTimeoutMs: 300,
    totalTimeoutMs: 3_000,
  });
});

afterAll(async () => {
  await server.close();
});

function page(path: string, extra: Partial<FetchPageRequest> = {}): FetchPageRequest {
  return { url: server.url(path), purpose: 'page', ...extra };
}

async function failureOf(
  request: FetchPageRequest,
  using: PageFetcher = fetcher,
): Promise<AppError> {
  const error = await using.fetchPage(request).then(
    () => undefined,
    (thrown: unknown) => thrown,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

describe('safe page fetcher: pages it reads', () => {
  it('decodes a windows-1252 page declared in the header', async () => {
    const result = await fetcher.fetchPage(page('/article'));
    expect(result).toMatchObject({
      status: 200,
      contentType: 'text/html',
      notModified: false,
      finalUrl: server.url('/article'),
    });
    expect(result.body).toContain(expectedArticleText);
  });

  it('decodes a page whose charset is only in <meta charset>', async () => {
    expect((await fetcher.fetchPage(page('/meta-charset'))).body).toContain(expectedArticleText);
  });

  it('decompresses gzip and sniffs HTML when Content-Type is missing', async () => {
    expect((await fetcher.fetchPage(page('/gzip-page'))).body).toContain('Zürich, compressed');
    expect(await fetcher.fetchPage(page('/no-content-type'))).toMatchObject({
      contentType: 'text/html',
    });
  });

  it('reads an RSS feed for the feed purpose', async () => {
    const feed = await fetcher.fetchPage({ url: server.url('/feed'), purpose: 'feed' });
    expect(feed).toMatchObject({ contentType: 'application/rss+xml' });
    expect(feed.body).toContain('<title>News</title>');
  });

  it('follows five redirects and reports the final URL', async () => {
    const result = await fetcher.fetchPage(page('/redirect/5'));
    expect(result.finalUrl).toBe(server.url('/redirect/0'));
    expect(result.body).toContain('landed');
  });

  it('returns notModified on a 304 to a conditional GET', async () => {
    const first = await fetcher.fetchPage(page('/conditional'));
    expect(first.etag).toBe('"v1"');
    const second = await fetcher.fetchPage(page('/conditional', { etag: '"v1"' }));
    expect(second).toMatchObject({ status: 304, notModified: true, body: '', etag: '"v1"' });
  });
});

describe('safe page fetcher: responses it refuses', () => {
  it('stops after five redirects', async () => {
    const error = await failureOf(page('/redirect/6'));
    expect(error).toMatchObject({
      code: 'fetch-too-many-redirects',
      userMessage: 'The link redirected too many times.',
    });
  });

  it('detects a redirect loop', async () => {
    const error = await failureOf(page('/loop-a'));
    expect(error.code).toBe('fetch-too-many-redirects');
    expect(error.userMessage).toBe('The link redirects in a loop, so it never reaches a page.');
    expect(server.requests.filter((path) => path.startsWith('/loop')).length).toBe(2);
  });

  it('aborts a streamed 40 MB page early instead of buffering it', async () => {
    const error = await failureOf(page('/huge'));
    await hugeClosed;
    expect(error).toMatchObject({
      code: 'input-too-large',
      userMessage: 'The page is larger than the 1 MB limit.',
    });
    // Socket buffers on loopback hold a few MB; anything near 40 MB would mean we buffered it.
    expect(hugeBytesSent).toBeLessThan(12 * 1024 * 1024);
  });

  it('refuses a declared Content-Length above the cap before reading the body', async () => {
    const error = await failureOf(page('/huge-declared'));
    expect(error).toMatchObject({ code: 'input-too-large', details: { contentLength: hugeBytes } });
  });

  it.each(['/gzip-bomb', '/brotli-bomb'])(
    'refuses %s that decompresses past the cap',
    async (path) => {
      const error = await failureOf(page(path));
      expect(error).toMatchObject({
        code: 'input-too-large',
        userMessage: 'The page is larger than the 1 MB limit.',
      });
      expect(Number(error.details.decodedBytes)).toBeLessThan(maxBytes + 256 * 1024);
    },
  );

  it('gives up on a server slower than the headers timeout', async () => {
    const started = performance.now();
    const error = await failureOf(page('/slow-headers'));
    expect(error).toMatchObject({
      code: 'fetch-timeout',
      retryable: true,
      userMessage: 'The page took too long to answer.',
    });
    expect(error.details).toMatchObject({ stage: 'headers' });
    expect(performance.now() - started).toBeLessThan(8_000); // not the 20 s overall cap
  });

  it('gives up on a body that stalls', async () => {
    const error = await failureOf(page('/stalled-body'));
    expect(error).toMatchObject({ code: 'fetch-timeout', details: { stage: 'body' } });
  });

  it('enforces the overall deadline', async () => {
    const patient = createSafePageFetcher({
      allowPrivateHosts: ['localhost'],
      allowedPorts: [server.port],
      headersTimeoutMs: 5_000,
      totalTimeoutMs: 250,
    });
    const error = await failureOf(page('/slow-headers'), patient);
    expect(error).toMatchObject({ code: 'fetch-timeout', details: { stage: 'total' } });
  });

  it("stops when the caller's signal aborts", async () => {
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 50);
    const error = await failureOf(page('/slow-headers', { signal: controller.signal }));
    expect(error).toMatchObject({
      code: 'fetch-timeout',
      userMessage: 'Fetching the link was cancelled before it finished.',
    });
  });

  it('refuses an image when a page was asked for', async () => {
    const error = await failureOf(page('/image'));
    expect(error).toMatchObject({
      code: 'content-type-unsupported',
      userMessage: 'That link is not a web page (it is image/png).',
    });
  });

  it('refuses a compression it cannot undo', async () => {
    const error = await failureOf(page('/zstd'));
    expect(error).toMatchObject({
      code: 'content-type-unsupported',
      userMessage: 'The website sent the content compressed in a way newsbrief cannot read (zstd).',
    });
  });

  it('refuses an HTML page when a feed was asked for', async () => {
    const error = await failureOf({ url: server.url('/article'), purpose: 'feed' });
    expect(error).toMatchObject({
      code: 'content-type-unsupported',
      userMessage: 'That link is not a news feed (it is text/html).',
    });
  });

  it('reports 404 as not found, not retryable', async () => {
    const error = await failureOf(page('/not-found'));
    expect(error).toMatchObject({
      code: 'fetch-http-error',
      retryable: false,
      userMessage: 'The page was not found (HTTP 404).',
      details: { status: 404 },
    });
  });

  it('reports 503 as retryable with the Retry-After value', async () => {
    const error = await failureOf(page('/unavailable'));
    expect(error).toMatchObject({
      code: 'fetch-http-error',
      retryable: true,
      userMessage: 'The website had a server error (HTTP 503); try again later.',
      details: { status: 503, retryAfter: '120' },
    });
  });
});
