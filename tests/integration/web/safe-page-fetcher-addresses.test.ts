import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { AppError } from '../../../src/core/errors.ts';
import type { PageFetcher } from '../../../src/core/ports/page-fetcher.ts';
import { createSafePageFetcher } from '../../../src/adapters/web/safe-fetch/create-safe-page-fetcher.ts';
import { startLocalHttpServer } from '../../fakes/local-http-server.ts';
import type { LocalHttpServer } from '../../fakes/local-http-server.ts';

/**
 * Every refused URL below would reach the local server if the fetcher let it through (the
 * server listens on all loopback addresses, IPv4 and IPv6), so "no request arrived" proves
 * the refusal happened before connecting.
 */
let server: LocalHttpServer;
let fetcher: PageFetcher;

async function failureOf(url: string, purpose: 'page' | 'feed' = 'page'): Promise<AppError> {
  const error = await fetcher.fetchPage({ url, purpose }).then(
    () => undefined,
    (thrown: unknown) => thrown,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

beforeAll(async () => {
  server = await startLocalHttpServer((request, response) => {
    if (request.url === '/to-literal-ip') {
      response.writeHead(302, { location: `http://127.0.0.1:${server.port}/` }).end();
      return;
    }
    if (request.url === '/to-metadata') {
      response.writeHead(301, { location: 'http://169.254.169.254/latest/meta-data/' }).end();
      return;
    }
    response
      .writeHead(200, { 'content-type': 'text/html' })
      .end('<html><body>reached</body></html>');
  });
  // Only the name "localhost" may be private; its port is opened separately (ports are not
  // implied by allowPrivateHosts).
  fetcher = createSafePageFetcher({
    allowPrivateHosts: ['localhost'],
    allowedPorts: [80, 443, server.port],
  });
});

afterAll(async () => {
  await server.close();
});

beforeEach(() => {
  server.requests.length = 0;
});

describe('safe page fetcher: addresses it refuses', () => {
  it('reaches the server through the allow-listed name (control case)', async () => {
    const page = await fetcher.fetchPage({ url: server.url('/'), purpose: 'page' });
    expect(page.body).toContain('reached');
    expect(server.requests).toEqual(['/']);
  });

  it.each([
    ['literal loopback', (port: number) => `http://127.0.0.1:${port}/`],
    ['decimal loopback', (port: number) => `http://2130706433:${port}/`],
    ['hex loopback', (port: number) => `http://0x7f.0.0.1:${port}/`],
    ['octal loopback', (port: number) => `http://0177.0.0.1:${port}/`],
    ['short loopback', (port: number) => `http://127.1:${port}/`],
    ['IPv6 loopback', (port: number) => `http://[::1]:${port}/`],
    ['IPv4-mapped dotted', (port: number) => `http://[::ffff:127.0.0.1]:${port}/`],
    ['IPv4-mapped hex', (port: number) => `http://[::ffff:7f00:1]:${port}/`],
    ['unspecified', (port: number) => `http://0.0.0.0:${port}/`],
    ['cloud metadata', (port: number) => `http://169.254.169.254:${port}/latest/meta-data/`],
    ['private 10/8', (port: number) => `http://10.0.0.1:${port}/`],
    ['metadata name', (port: number) => `http://metadata.google.internal:${port}/`],
    ['localhost subdomain', (port: number) => `http://app.localhost:${port}/`],
  ])('refuses %s without sending a request', async (_label, urlFor) => {
    const error = await failureOf(urlFor(server.port));
    expect(error.code).toBe('url-blocked');
    expect(error.userMessage).toBe(
      'That address points to a private network, so newsbrief will not fetch it.',
    );
    expect(server.requests).toEqual([]);
  });

  it('reaches the same server through literal loopback forms once they are allow-listed (control)', async () => {
    const permissive = createSafePageFetcher({
      allowPrivateHosts: ['127.0.0.1', '::1'],
      allowedPorts: 'any',
    });
    await permissive.fetchPage({ url: `http://2130706433:${server.port}/`, purpose: 'page' });
    await permissive.fetchPage({ url: `http://[::1]:${server.port}/`, purpose: 'page' });
    expect(server.requests).toEqual(['/', '/']);
  });

  it('refuses a redirect from the allowed name to the literal loopback address', async () => {
    const error = await failureOf(server.url('/to-literal-ip'));
    expect(error.code).toBe('url-blocked');
    expect(server.requests).toEqual(['/to-literal-ip']);
  });

  it('refuses a redirect to the cloud metadata address', async () => {
    const error = await failureOf(server.url('/to-metadata'));
    expect(error.code).toBe('url-blocked');
    expect(error.details).toMatchObject({ host: '169.254.169.254' });
  });

  it('refuses a name whose DNS answers include a private address', async () => {
    const rebinding = createSafePageFetcher({
      allowedPorts: 'any',
      resolveHost: async () => [
        { address: '93.184.215.14', family: 4 },
        { address: '10.0.0.7', family: 4 },
      ],
    });
    const error = await rebinding
      .fetchPage({ url: 'http://news.example/', purpose: 'page' })
      .catch((thrown: unknown) => thrown);
    expect(error).toMatchObject({
      code: 'url-blocked',
      details: { addresses: ['93.184.215.14', '10.0.0.7'] },
    });
  });

  it('connects to the address it checked, not to a second DNS answer', async () => {
    // "pinned.test" exists in no DNS: the request can only succeed through the pinned address.
    const pinned = createSafePageFetcher({
      allowPrivateHosts: ['pinned.test'],
      allowedPorts: 'any',
      resolveHost: async () => [{ address: '127.0.0.1', family: 4 }],
    });
    const page = await pinned.fetchPage({
      url: `http://pinned.test:${server.port}/`,
      purpose: 'page',
    });
    expect(page.body).toContain('reached');
    expect(page.finalUrl).toBe(`http://pinned.test:${server.port}/`);
  });

  it.each([
    ['ftp://example.com/file.txt', 'Only http and https links can be summarized.'],
    ['file:///etc/passwd', 'Only http and https links can be summarized.'],
    ['javascript:alert(1)', 'Only http and https links can be summarized.'],
    ['not a url', 'That does not look like a valid web address.'],
  ])('refuses %s', async (url, sentence) => {
    const error = await failureOf(url);
    expect(error.code).toBe('url-invalid');
    expect(error.userMessage).toBe(sentence);
  });

  it('says "feed" for a feed link with the wrong scheme', async () => {
    expect((await failureOf('ftp://example.com/rss', 'feed')).userMessage).toBe(
      'Only http and https feed links can be read.',
    );
  });

  it('refuses user info in the URL and keeps the password out of the details', async () => {
    const error = await failureOf(`http://user:secret@localhost:${server.port}/`);
    expect(error.code).toBe('url-blocked');
    expect(error.userMessage).toBe('Links with a user name or password in them are not fetched.');
    expect(JSON.stringify(error.details)).not.toContain('secret');
    expect(server.requests).toEqual([]);
  });

  it('refuses a port that is not allowed, even on an allow-listed host', async () => {
    const strict = createSafePageFetcher({ allowPrivateHosts: ['localhost'] });
    const error = await strict
      .fetchPage({ url: server.url('/'), purpose: 'page' })
      .catch((thrown: unknown) => thrown);
    expect(error).toMatchObject({
      code: 'url-blocked',
      userMessage: `That link uses port ${server.port}, and newsbrief only fetches standard web ports.`,
    });
    expect(server.requests).toEqual([]);
  });
});
