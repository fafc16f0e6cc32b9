import type { Logger } from '../../../core/ports/logger.ts';
import { silentLogger } from '../../../core/ports/logger.ts';

/** One address a host name resolved to. */
export interface ResolvedAddress {
  address: string;
  family: 4 | 6;
}

/** Resolves a host name to every address it has (A and AAAA). */
export type ResolveHost = (hostName: string) => Promise<ResolvedAddress[]>;

export interface SafePageFetcherOptions {
  /**
   * Hosts that may point at private addresses, compared with the URL's normalised host
   * (`localhost`, `127.0.0.1`, `::1` or `[::1]`). For local runs and tests only. An entry
   * does not open its port: ports are governed by `allowedPorts` alone.
   */
  allowPrivateHosts?: readonly string[];
  /** TCP + TLS connect cap per hop. Default 5000 ms. */
  connectTimeoutMs?: number;
  /** Cap on waiting for response headers per hop. Default 10000 ms. */
  headersTimeoutMs?: number;
  /** Cap on silence between body chunks. Default 10000 ms. */
  bodyTimeoutMs?: number;
  /** Cap on the whole fetch, redirects and body included. Default 20000 ms. */
  totalTimeoutMs?: number;
  /** Cap on the body, on the wire and after decompression. Default 5 MiB. */
  maxBytes?: number;
  /** Redirects followed before giving up. Default 5. */
  maxRedirects?: number;
  /** User-Agent header. Default "newsbrief/0.1 (+https://github.com/newsbrief)". */
  userAgent?: string;
  /** Ports a URL may name; 'any' allows every port. Default [80, 443]. */
  allowedPorts?: readonly number[] | 'any';
  logger?: Logger;
  /** DNS resolution; defaults to node:dns lookup of all addresses. Injected by tests. */
  resolveHost?: ResolveHost;
}

export interface ResolvedFetcherOptions {
  allowPrivateHosts: ReadonlySet<string>;
  connectTimeoutMs: number;
  headersTimeoutMs: number;
  bodyTimeoutMs: number;
  totalTimeoutMs: number;
  maxBytes: number;
  maxRedirects: number;
  userAgent: string;
  allowedPorts: ReadonlySet<number> | 'any';
  logger: Logger;
  resolveHost: ResolveHost | undefined;
}

export const defaultMaxBytes = 5 * 1024 * 1024;

/** Brackets and case do not matter when comparing allow-listed hosts. */
export function normaliseHostForComparison(host: string): string {
  const lower = host.toLowerCase();
  return lower.startsWith('[') && lower.endsWith(']') ? lower.slice(1, -1) : lower;
}

/** Fills defaults once, so the fetch path never re-checks for undefined. */
export function resolveFetcherOptions(options: SafePageFetcherOptions): ResolvedFetcherOptions {
  return {
    allowPrivateHosts: new Set((options.allowPrivateHosts ?? []).map(normaliseHostForComparison)),
    connectTimeoutMs: options.connectTimeoutMs ?? 5_000,
    headersTimeoutMs: options.headersTimeoutMs ?? 10_000,
    bodyTimeoutMs: options.bodyTimeoutMs ?? 10_000,
    totalTimeoutMs: options.totalTimeoutMs ?? 20_000,
    maxBytes: options.maxBytes ?? defaultMaxBytes,
    maxRedirects: options.maxRedirects ?? 5,
    userAgent: options.userAgent ?? 'newsbrief/0.1 (+https://github.com/newsbrief)',
    allowedPorts:
      options.allowedPorts === 'any' ? 'any' : new Set(options.allowedPorts ?? [80, 443]),
    logger: options.logger ?? silentLogger,
    resolveHost: options.resolveHost,
  };
}
