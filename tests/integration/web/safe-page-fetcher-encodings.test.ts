import { createHook } from 'node:async_hooks';
import { brotliCompressSync, deflateSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppError } from '../../../src/core/errors.ts';
import type { PageFetcher } from '../../../src/core/ports/page-fetcher.ts';
import { createSafePageFetcher } from '../../../src/adapters/web/safe-fetch/create-safe-page-fetcher.ts';
import { startLocalHttpServer, type LocalHttpServer } from '../../fakes/local-http-server.ts';

const html = Buffer.from('<!doctype html><html><body><p>Layered but fine.</p></body></html>');
/** `codings` as a Content-Encoding value, the way a hostile server would list them. */
const listed = (coding: string, times: number, separator = ', ') =>
  Array.from({ length: times }, () => coding).join(separator);

const routes: Record<string, { contentEncoding: string; body: Buffer }> = {
  '/gzip': { contentEncoding: 'gzip', body: gzipSync(html) },
  // Applied in the order listed: deflate first, then gzip, then br.
  '/three-layers': {
    contentEncoding: 'deflate, gzip, br',
    body: brotliCompressSync(gzipSync(deflateSync(html))),
  },
  '/four-layers': { contentEncoding: listed('gzip', 4), body: gzipSync(html) },
  // 2,000 codings fit in undici's 16 KB of headers, so they reach the decoder set-up.
  '/two-thousand-layers': { contentEncoding: listed('gzip', 2_000, ','), body: gzipSync(html) },
  // 5,000 do not: undici stops reading the headers first.
  '/five-thousand-layers': { contentEncoding: listed('gzip', 5_000), body: gzipSync(html) },
};

let server: LocalHttpServer;
let fetcher: PageFetcher;
beforeAll(async () => {
  server = await startLocalHttpServer((request, response) => {
    const route = routes[request.url ?? ''];
    if (route === undefined) return void response.writeHead(404).end();
    response
      .writeHead(200, { 'content-type': 'text/html', 'content-encoding': route.contentEncoding })
      .end(route.body);
  });
  fetcher = createSafePageFetcher({
    allowPrivateHosts: ['localhost'],
    allowedPorts: [server.port],
    totalTimeoutMs: 10_000,
  });
});
afterAll(async () => server.close());

/** The failure of fetching `path`, and how many zlib/brotli contexts were made meanwhile. */
async function fetchCountingDecoders(path: string) {
  let decoders = 0;
  const hook = createHook({
    init: (_id, type) => {
      if (type === 'ZLIB') decoders += 1;
    },
  }).enable();
  try {
    const error: unknown = await fetcher.fetchPage({ url: server.url(path), purpose: 'page' }).then(
      () => undefined,
      (thrown: unknown) => thrown,
    );
    return { error, decoders };
  } finally {
    hook.disable();
  }
}

describe('safe page fetcher: stacked Content-Encoding', () => {
  it('still reads a plain gzip page', async () => {
    const page = await fetcher.fetchPage({ url: server.url('/gzip'), purpose: 'page' });
    expect(page.body).toContain('Layered but fine.');
  });

  it('undoes three stacked codings, last applied first', async () => {
    const page = await fetcher.fetchPage({ url: server.url('/three-layers'), purpose: 'page' });
    expect(page.body).toContain('Layered but fine.');
  });

  it('refuses four codings with one sentence that retrying cannot change', async () => {
    const { error } = await fetchCountingDecoders('/four-layers');
    expect(error).toBeInstanceOf(AppError);
    expect(error).toMatchObject({
      code: 'content-type-unsupported',
      retryable: false,
      userMessage:
        'The website sent the content compressed in a way newsbrief cannot read (4 layers of compression).',
    });
  });

  it('refuses 2,000 listed codings without building a single decoder', async () => {
    const { error, decoders } = await fetchCountingDecoders('/two-thousand-layers');
    expect(error).toMatchObject({
      retryable: false,
      userMessage:
        'The website sent the content compressed in a way newsbrief cannot read (2000 layers of compression).',
    });
    expect(decoders).toBe(0);
  });

  it('refuses 5,000 listed codings (headers too large to read) as final, not as a network error', async () => {
    const { error, decoders } = await fetchCountingDecoders('/five-thousand-layers');
    expect(error).toBeInstanceOf(AppError);
    expect(error).toMatchObject({
      code: 'fetch-http-error',
      retryable: false,
      userMessage: 'The website answered with more header data than newsbrief accepts.',
    });
    expect(decoders).toBe(0);
  });
});
