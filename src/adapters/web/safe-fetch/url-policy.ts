import type { FetchPurpose } from '../../../core/ports/page-fetcher.ts';
import {
  credentialsInUrlError,
  invalidUrlError,
  portNotAllowedError,
  unsupportedSchemeError,
} from './fetch-errors.ts';
import type { ResolvedFetcherOptions } from './options.ts';

const defaultPorts: Readonly<Record<string, number>> = { 'http:': 80, 'https:': 443 };

/** The port a URL will connect to, with the scheme's default filled in. */
export function effectivePort(url: URL): number {
  return url.port === '' ? (defaultPorts[url.protocol] ?? 0) : Number(url.port);
}

/**
 * Parses a URL (relative ones against `base`, for redirects) with WHATWG rules, which also
 * normalise decimal, octal and hex IPv4 hosts (http://2130706433 → 127.0.0.1), then applies
 * the rules that do not need DNS: http/https only, no user info, allowed ports only.
 */
export function parseCheckedUrl(
  rawUrl: string,
  purpose: FetchPurpose,
  options: Pick<ResolvedFetcherOptions, 'allowedPorts'>,
  base?: URL,
): URL {
  let url: URL;
  try {
    url = new URL(rawUrl.trim(), base);
  } catch (error) {
    throw invalidUrlError(rawUrl, error);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw unsupportedSchemeError(url.href, url.protocol, purpose);
  }
  if (url.username !== '' || url.password !== '') throw credentialsInUrlError(url.href);
  if (url.hostname === '') throw invalidUrlError(rawUrl);
  const port = effectivePort(url);
  if (options.allowedPorts !== 'any' && !options.allowedPorts.has(port)) {
    throw portNotAllowedError(url.href, port);
  }
  // The fragment never reaches the server; dropping it makes loop detection exact.
  url.hash = '';
  return url;
}
