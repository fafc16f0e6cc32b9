import { lookup } from 'node:dns/promises';
import { isIP } from 'node:net';
import type { LookupFunction } from 'node:net';
import { isBlockedAddress, isBlockedHostName } from './address-policy.ts';
import { hostNotFoundError, privateAddressError } from './fetch-errors.ts';
import type { ResolveHost, ResolvedAddress, ResolvedFetcherOptions } from './options.ts';
import { normaliseHostForComparison } from './options.ts';

/** node:dns lookup of every A and AAAA answer, in the resolver's order. */
export const resolveWithSystemDns: ResolveHost = async (hostName) => {
  const answers = await lookup(hostName, { all: true, verbatim: true });
  return answers.map(({ address, family }) => ({ address, family: family === 6 ? 6 : 4 }));
};

/** A URL host the fetcher has vetted; `addresses` is empty for literal IPs (no DNS needed). */
export interface CheckedHost {
  hostName: string;
  addresses: ResolvedAddress[];
}

/**
 * Vets the host of a URL before any connection: a literal IP is checked as written
 * (undici never calls the DNS hook for those); a name is refused if it is a known
 * private/metadata name or if ANY of its DNS answers is a blocked address, so a name with
 * one public and one private record cannot slip through on the second connect attempt.
 */
export async function checkHost(
  url: URL,
  options: Pick<ResolvedFetcherOptions, 'allowPrivateHosts' | 'resolveHost'>,
): Promise<CheckedHost> {
  const hostName = normaliseHostForComparison(url.hostname);
  const allowPrivate = options.allowPrivateHosts.has(hostName);
  if (isIP(hostName) !== 0) {
    if (!allowPrivate && isBlockedAddress(hostName)) {
      throw privateAddressError(url.href, hostName, [hostName]);
    }
    return { hostName, addresses: [] };
  }
  if (!allowPrivate && isBlockedHostName(hostName)) {
    throw privateAddressError(url.href, hostName, []);
  }
  let addresses: ResolvedAddress[];
  try {
    addresses = await (options.resolveHost ?? resolveWithSystemDns)(hostName);
  } catch (error) {
    throw hostNotFoundError(url.href, hostName, error);
  }
  if (addresses.length === 0) throw hostNotFoundError(url.href, hostName, undefined);
  const blocked = addresses.filter(({ address }) => isBlockedAddress(address));
  if (!allowPrivate && blocked.length > 0) {
    throw privateAddressError(
      url.href,
      hostName,
      addresses.map(({ address }) => address),
    );
  }
  return { hostName, addresses };
}

/**
 * A `lookup` for undici's connector that answers only from addresses already vetted by
 * `checkHost`, so the socket connects to exactly what was checked and a second DNS answer
 * (DNS rebinding) can never be used. Unknown names fail closed.
 */
export function createPinnedLookup(pinned: ReadonlyMap<string, ResolvedAddress[]>): LookupFunction {
  return (hostName, lookupOptions, callback) => {
    const family: unknown = lookupOptions.family;
    const wantedFamily =
      family === 4 || family === 'IPv4' ? 4 : family === 6 || family === 'IPv6' ? 6 : 0;
    const addresses = (pinned.get(normaliseHostForComparison(hostName)) ?? []).filter(
      ({ family }) => wantedFamily === 0 || family === wantedFamily,
    );
    const first = addresses[0];
    if (first === undefined) {
      const error = Object.assign(new Error(`host ${hostName} was not vetted before connecting`), {
        code: 'ENOTFOUND',
      });
      callback(error, '', 4);
      return;
    }
    // Node's happy-eyeballs connect asks for every address; plain connects ask for one.
    if (lookupOptions.all === true) {
      (callback as unknown as (error: null, addresses: ResolvedAddress[]) => void)(null, addresses);
      return;
    }
    callback(null, first.address, first.family);
  };
}
