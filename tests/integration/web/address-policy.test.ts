import { describe, expect, it } from 'vitest';
import {
  isBlockedAddress,
  isBlockedHostName,
  parseIpv6,
} from '../../../src/adapters/web/safe-fetch/address-policy.ts';

// Pure unit tests; they live beside the fetcher's integration tests because this folder is
// where the safe-fetch tests are kept.
describe('isBlockedAddress', () => {
  it.each([
    ['127.0.0.1', 'loopback'],
    ['127.255.255.254', 'loopback range'],
    ['10.0.0.1', 'private 10/8'],
    ['172.16.0.1', 'private 172.16/12 start'],
    ['172.31.255.255', 'private 172.16/12 end'],
    ['192.168.1.1', 'private 192.168/16'],
    ['100.64.0.1', 'CGNAT start'],
    ['100.127.255.255', 'CGNAT end'],
    ['169.254.169.254', 'cloud metadata'],
    ['169.254.0.1', 'link-local'],
    ['0.0.0.0', 'unspecified'],
    ['0.1.2.3', 'this network'],
    ['255.255.255.255', 'broadcast'],
    ['240.0.0.1', 'reserved'],
    ['224.0.0.251', 'multicast'],
    ['239.255.255.250', 'multicast SSDP'],
    ['198.18.0.1', 'benchmark'],
    ['198.19.255.255', 'benchmark end'],
    ['192.0.0.170', 'IETF assignments'],
    ['192.0.2.1', 'TEST-NET-1'],
    ['::1', 'IPv6 loopback'],
    ['::', 'IPv6 unspecified'],
    ['[::1]', 'bracketed IPv6 loopback'],
    ['fc00::1', 'unique local fc00'],
    ['fd12:3456:789a::1', 'unique local fd'],
    ['fe80::1', 'link-local'],
    ['fe80::1%eth0', 'link-local with zone'],
    ['febf::1', 'link-local end'],
    ['fec0::1', 'site-local'],
    ['ff02::1', 'multicast'],
    ['::ffff:127.0.0.1', 'IPv4-mapped loopback, dotted'],
    ['::ffff:7f00:1', 'IPv4-mapped loopback, hex'],
    ['::ffff:a9fe:a9fe', 'IPv4-mapped metadata'],
    ['::ffff:10.1.2.3', 'IPv4-mapped private'],
    ['0:0:0:0:0:ffff:7f00:0001', 'IPv4-mapped, uncompressed'],
    ['::ffff:0:127.0.0.1', 'IPv4-translated loopback'],
    ['::127.0.0.1', 'IPv4-compatible (deprecated)'],
    ['64:ff9b::127.0.0.1', 'NAT64 loopback'],
    ['64:ff9b::a9fe:a9fe', 'NAT64 metadata'],
    ['64:ff9b:1::1', 'local-use NAT64'],
    ['2002:7f00:1::', '6to4 loopback'],
    ['2002:c0a8:101::1', '6to4 192.168.1.1'],
    ['2001:db8::1', 'documentation'],
    ['2001:0:4136:e378:8000:63bf:3fff:fdd2', 'Teredo'],
    ['100::1', 'discard-only'],
    ['fd00:ec2::254', 'AWS IPv6 metadata (unique local)'],
    ['not-an-ip', 'unparsable fails closed'],
    ['1.2.3', 'short IPv4 fails closed'],
    ['', 'empty fails closed'],
  ])('blocks %s (%s)', (address) => {
    expect(isBlockedAddress(address)).toBe(true);
  });

  it.each([
    ['93.184.215.14', 'public IPv4'],
    ['8.8.8.8', 'public DNS'],
    ['172.15.255.255', 'just below 172.16/12'],
    ['172.32.0.1', 'just above 172.16/12'],
    ['100.63.255.255', 'just below CGNAT'],
    ['100.128.0.0', 'just above CGNAT'],
    ['198.17.255.255', 'just below benchmark'],
    ['223.255.255.255', 'just below multicast'],
    ['2606:4700:4700::1111', 'public IPv6'],
    ['2a00:1450:4001:80b::200e', 'public IPv6 Google'],
    ['::ffff:8.8.8.8', 'IPv4-mapped public'],
    ['64:ff9b::808:808', 'NAT64 public'],
    ['2002:808:808::1', '6to4 public'],
  ])('allows %s (%s)', (address) => {
    expect(isBlockedAddress(address)).toBe(false);
  });
});

describe('parseIpv6', () => {
  it('expands compressed forms and embedded IPv4', () => {
    expect(parseIpv6('::ffff:127.0.0.1')).toEqual([0, 0, 0, 0, 0, 0xffff, 0x7f00, 1]);
    expect(parseIpv6('2001:db8::1')).toEqual([0x2001, 0xdb8, 0, 0, 0, 0, 0, 1]);
    expect(parseIpv6('1::')).toEqual([1, 0, 0, 0, 0, 0, 0, 0]);
    expect(parseIpv6('127.0.0.1')).toBeUndefined();
  });
});

describe('isBlockedHostName', () => {
  it.each([
    'localhost',
    'LOCALHOST.',
    'app.localhost',
    'metadata.google.internal',
    'metadata',
    'printer.local',
    'db.internal',
  ])('blocks %s', (name) => {
    expect(isBlockedHostName(name)).toBe(true);
  });

  it.each(['example.com', 'localhost.example.com', 'internal.example.org'])('allows %s', (name) => {
    expect(isBlockedHostName(name)).toBe(false);
  });
});
