import { isIPv4, isIPv6 } from 'node:net';

/**
 * Which IP addresses newsbrief refuses to connect to. Pure functions, no I/O: the fetcher and
 * the feed reader both use them on every literal host and every DNS answer.
 *
 * IPv4 is a deny list of special-purpose ranges (RFC 6890 and successors). IPv6 is an allow
 * list: only global unicast 2000::/3 is reachable, minus its special blocks; transition forms
 * that carry an IPv4 address (mapped, NAT64, 6to4) are judged by the embedded IPv4 address.
 */

/** [first octets as a 32-bit network, prefix length]. */
const blockedIpv4Ranges: readonly (readonly [string, number])[] = [
  ['0.0.0.0', 8], // "this network", unspecified
  ['10.0.0.0', 8], // private
  ['100.64.0.0', 10], // carrier-grade NAT
  ['127.0.0.0', 8], // loopback
  ['169.254.0.0', 16], // link-local, cloud metadata 169.254.169.254
  ['172.16.0.0', 12], // private
  ['192.0.0.0', 24], // IETF protocol assignments (incl. some metadata endpoints)
  ['192.0.2.0', 24], // documentation TEST-NET-1
  ['192.88.99.0', 24], // 6to4 relay anycast (deprecated)
  ['192.168.0.0', 16], // private
  ['198.18.0.0', 15], // benchmarking
  ['198.51.100.0', 24], // documentation TEST-NET-2
  ['203.0.113.0', 24], // documentation TEST-NET-3
  ['224.0.0.0', 4], // multicast
  ['240.0.0.0', 4], // reserved, incl. broadcast 255.255.255.255
];

const blockedIpv4Networks = blockedIpv4Ranges.map(([network, prefix]) => ({
  network: parseIpv4(network) ?? 0,
  mask: prefix === 0 ? 0 : (~0 << (32 - prefix)) >>> 0,
}));

/** Host names that point at the machine itself or at cloud instance metadata. */
const blockedHostNames = new Set([
  'localhost',
  'metadata',
  'metadata.google.internal',
  'metadata.goog',
  'instance-data',
  'instance-data.ec2.internal',
]);

/** Suffixes of names that only resolve inside a private network. */
const blockedHostSuffixes = ['.localhost', '.internal', '.local', '.home.arpa', '.localdomain'];

/** Parses dotted-quad IPv4 into an unsigned 32-bit number; undefined if it is not one. */
export function parseIpv4(text: string): number | undefined {
  if (!isIPv4(text)) return undefined;
  const octets = text.split('.').map(Number);
  return octets.reduce((value, octet) => ((value << 8) | octet) >>> 0, 0);
}

/** Parses any textual IPv6 form (::, embedded IPv4, zone id) into eight 16-bit groups. */
export function parseIpv6(text: string): number[] | undefined {
  const withoutZone = text.split('%')[0] ?? '';
  if (!isIPv6(withoutZone)) return undefined;
  let address = withoutZone.toLowerCase();
  const lastColon = address.lastIndexOf(':');
  const tail = address.slice(lastColon + 1);
  if (tail.includes('.')) {
    const embedded = parseIpv4(tail);
    if (embedded === undefined) return undefined;
    const high = (embedded >>> 16).toString(16);
    const low = (embedded & 0xffff).toString(16);
    address = `${address.slice(0, lastColon + 1)}${high}:${low}`;
  }
  const [head = '', rest] = address.split('::');
  const headGroups = head === '' ? [] : head.split(':');
  const restGroups = rest === undefined || rest === '' ? [] : rest.split(':');
  const missing = 8 - headGroups.length - restGroups.length;
  if (rest === undefined && missing !== 0) return undefined;
  const groups = [
    ...headGroups,
    ...Array<string>(rest === undefined ? 0 : missing).fill('0'),
    ...restGroups,
  ];
  return groups.length === 8 ? groups.map((group) => Number.parseInt(group, 16)) : undefined;
}

function isBlockedIpv4(address: number): boolean {
  return blockedIpv4Networks.some(({ network, mask }) => (address & mask) >>> 0 === network);
}

function ipv4From(high: number, low: number): number {
  return ((high << 16) | low) >>> 0;
}

function isBlockedIpv6(groups: readonly number[]): boolean {
  const [g0 = 0, g1 = 0, g2 = 0, g3 = 0, g4 = 0, g5 = 0, g6 = 0, g7 = 0] = groups;
  const firstFiveZero = g0 === 0 && g1 === 0 && g2 === 0 && g3 === 0 && g4 === 0;
  // ::ffff:a.b.c.d (IPv4-mapped) and ::ffff:0:a.b.c.d (IPv4-translated): judge the IPv4 inside.
  if (firstFiveZero && g5 === 0xffff) return isBlockedIpv4(ipv4From(g6, g7));
  if (g0 === 0 && g1 === 0 && g2 === 0 && g3 === 0 && g4 === 0xffff && g5 === 0) {
    return isBlockedIpv4(ipv4From(g6, g7));
  }
  // NAT64 well-known prefix 64:ff9b::/96 carries the IPv4 destination in the last 32 bits.
  if (g0 === 0x64 && g1 === 0xff9b && g2 === 0 && g3 === 0 && g4 === 0 && g5 === 0) {
    return isBlockedIpv4(ipv4From(g6, g7));
  }
  // 6to4 2002:AABB:CCDD::/48 carries the IPv4 address in groups 1 and 2.
  if (g0 === 0x2002) return isBlockedIpv4(ipv4From(g1, g2));
  // Outside global unicast 2000::/3: ::, ::1, IPv4-compatible, 64:ff9b:1::/48, 100::/64,
  // unique-local fc00::/7, link-local fe80::/10, site-local fec0::/10, multicast ff00::/8.
  if ((g0 & 0xe000) !== 0x2000) return true;
  // Teredo 2001::/32 hides an obfuscated IPv4 address; documentation 2001:db8::/32.
  if (g0 === 0x2001 && (g1 === 0 || g1 === 0xdb8)) return true;
  // Documentation 3fff::/20 (RFC 9637).
  if ((g0 & 0xfff0) === 0x3ff0) return true;
  return false;
}

/**
 * True when newsbrief must not connect to this IP address (IPv4 or IPv6 text, as given by
 * DNS or a normalised URL host without brackets). Anything that does not parse is blocked.
 */
export function isBlockedAddress(ip: string): boolean {
  const text = ip.startsWith('[') && ip.endsWith(']') ? ip.slice(1, -1) : ip;
  const ipv4 = parseIpv4(text);
  if (ipv4 !== undefined) return isBlockedIpv4(ipv4);
  const ipv6 = parseIpv6(text);
  if (ipv6 !== undefined) return isBlockedIpv6(ipv6);
  return true;
}

/**
 * True when a host name (not an IP literal) names the local machine, cloud metadata or a
 * private-only zone, so it is refused before any DNS lookup.
 */
export function isBlockedHostName(hostName: string): boolean {
  const name = hostName.toLowerCase().replace(/\.$/, '');
  if (name === '' || blockedHostNames.has(name)) return true;
  return blockedHostSuffixes.some((suffix) => name.endsWith(suffix));
}
