import { Agent, request as undiciRequest } from 'undici';
import type {
  FetchedPage,
  FetchPageRequest,
  PageFetcher,
} from '../../../core/ports/page-fetcher.ts';
import { createPinnedLookup, checkHost } from './check-host.ts';
import { classifyFetchError, raceWithSignal } from './classify-fetch-error.ts';
import { acceptHeaders } from './content-type-policy.ts';
import { discardBody, finishResponse, headerValue } from './finish-response.ts';
import type { ResolvedAddress, ResolvedFetcherOptions, SafePageFetcherOptions } from './options.ts';
import { resolveFetcherOptions } from './options.ts';
import { acceptEncoding } from './read-body.ts';
import { createRedirectTracker, redirectLocation } from './redirects.ts';
import { parseCheckedUrl } from './url-policy.ts';

export type { SafePageFetcherOptions } from './options.ts';

function requestHeaders(
  settings: ResolvedFetcherOptions,
  request: FetchPageRequest,
): Record<string, string> {
  return {
    'user-agent': settings.userAgent,
    accept: acceptHeaders[request.purpose],
    'accept-encoding': acceptEncoding,
    ...(request.etag === undefined ? {} : { 'if-none-match': request.etag }),
    ...(request.lastModified === undefined ? {} : { 'if-modified-since': request.lastModified }),
  };
}

/**
 * One agent per fetch: its DNS hook answers only from addresses this fetch has vetted, and
 * it is destroyed afterwards so no socket outlives the checks that allowed it.
 */
function createPinnedAgent(
  settings: ResolvedFetcherOptions,
  pinned: ReadonlyMap<string, ResolvedAddress[]>,
): Agent {
  return new Agent({
    connect: { timeout: settings.connectTimeoutMs, lookup: createPinnedLookup(pinned) },
    headersTimeout: settings.headersTimeoutMs,
    bodyTimeout: settings.bodyTimeoutMs,
    // Caps bytes on the wire; readCappedBody caps them again after decompression.
    maxResponseSize: settings.maxBytes,
  });
}

async function fetchWithChecks(
  settings: ResolvedFetcherOptions,
  request: FetchPageRequest,
  startUrl: URL,
  signal: AbortSignal,
): Promise<FetchedPage> {
  const pinned = new Map<string, ResolvedAddress[]>();
  const agent = createPinnedAgent(settings, pinned);
  const tracker = createRedirectTracker(startUrl, settings.maxRedirects);
  const headers = requestHeaders(settings, request);
  let url = startUrl;
  try {
    for (;;) {
      const checked = await raceWithSignal(checkHost(url, settings), signal);
      if (checked.addresses.length > 0) pinned.set(checked.hostName, checked.addresses);
      const response = await undiciRequest(url, {
        dispatcher: agent,
        method: 'GET',
        headers,
        signal,
      });
      settings.logger.debug({ url: url.href, status: response.statusCode }, 'fetched one hop');
      const location = redirectLocation(
        response.statusCode,
        headerValue(response.headers, 'location'),
      );
      if (location === undefined) {
        return await finishResponse(response, url, request, settings.maxBytes, signal);
      }
      discardBody(response.body);
      const nextUrl = parseCheckedUrl(location, request.purpose, settings, url);
      tracker.follow(nextUrl);
      url = nextUrl;
    }
  } finally {
    await agent.destroy().catch(() => undefined);
  }
}

/**
 * A PageFetcher for untrusted URLs on undici 7: http/https only, no user info, allowed ports
 * only; every hop's host is checked (literal IPs as written, names by every DNS answer) and
 * the socket is pinned to the vetted addresses; redirects are followed by hand with loop
 * detection; connect, headers, body and total time are capped, as is the body size after
 * decompression; the content type must fit the purpose and the charset is decoded.
 */
export function createSafePageFetcher(options: SafePageFetcherOptions = {}): PageFetcher {
  const settings = resolveFetcherOptions(options);
  return {
    async fetchPage(request) {
      const totalSignal = AbortSignal.timeout(settings.totalTimeoutMs);
      const signal =
        request.signal === undefined ? totalSignal : AbortSignal.any([request.signal, totalSignal]);
      try {
        const startUrl = parseCheckedUrl(request.url, request.purpose, settings);
        return await fetchWithChecks(settings, request, startUrl, signal);
      } catch (error) {
        const appError = classifyFetchError(error, {
          url: request.url,
          purpose: request.purpose,
          maxBytes: settings.maxBytes,
          callerSignal: request.signal,
          totalSignal,
        });
        const level = appError.code === 'url-blocked' ? 'warn' : 'debug';
        settings.logger[level](
          { url: request.url, code: appError.code, details: appError.details },
          'fetch failed',
        );
        throw appError;
      }
    },
  };
}
