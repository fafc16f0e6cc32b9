import { redirectLoopError, tooManyRedirectsError } from './fetch-errors.ts';

const redirectStatuses = new Set([301, 302, 303, 307, 308]);

/** The raw Location of a redirect response, or undefined when the response is final. */
export function redirectLocation(status: number, location: string | undefined): string | undefined {
  if (!redirectStatuses.has(status)) return undefined;
  return location === undefined || location.trim() === '' ? undefined : location;
}

/**
 * Remembers every URL visited during one fetch. Redirects are followed by hand (never by
 * undici) so each hop's URL and host go through the same checks as the first one.
 */
export interface RedirectTracker {
  /** Records the next hop; throws when the chain is too long or comes back to a visited URL. */
  follow(nextUrl: URL): void;
  readonly chain: readonly string[];
}

export function createRedirectTracker(startUrl: URL, maxRedirects: number): RedirectTracker {
  const chain = [startUrl.href];
  const visited = new Set(chain);
  return {
    chain,
    follow(nextUrl) {
      const href = nextUrl.href;
      if (visited.has(href)) throw redirectLoopError(startUrl.href, [...chain, href]);
      if (chain.length > maxRedirects) throw tooManyRedirectsError(startUrl.href, [...chain, href]);
      visited.add(href);
      chain.push(href);
    },
  };
}
