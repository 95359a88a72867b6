import { describe, expect, it } from 'vitest';
import { inIpv6Network, ipv6Network } from '../../src/net/ipv6.js';

describe('ipv6Network', () => {
  it('masks an address to its prefix, in one canonical spelling', () => {
    expect(ipv6Network('2001:9e8:a19f:1c00:7011:2d1:951:ad03/64')).toBe('2001:9e8:a19f:1c00::/64');
    expect(ipv6Network('2001:9e8:a19f:1c00::/64')).toBe('2001:9e8:a19f:1c00::/64');
    expect(ipv6Network('2001:db8:1::5/56')).toBe('2001:db8:1::/56');
    expect(ipv6Network('2001:db8:1:ff::5/56')).toBe('2001:db8:1::/56');
    expect(ipv6Network('2001:db8:1:1ff::5/56')).toBe('2001:db8:1:100::/56');
    expect(ipv6Network('1:2:3:4:5:6:7:8/128')).toBe('1:2:3:4:5:6:7:8/128');
  });

  it('is undefined for what is not IPv6 with a prefix length', () => {
    for (const bad of [
      '192.168.1.5/24',
      'zz::1/64',
      '1::2::3/64',
      '2001:db8::/129',
      '2001:db8::',
      '1:2:3:4:5:6:7:8:9/64',
    ])
      expect(ipv6Network(bad), bad).toBeUndefined();
  });

  it('inIpv6Network: the same /64 whatever the interface identifier', () => {
    expect(inIpv6Network('2001:db8:1::abcd/64', '2001:db8:1::/64')).toBe(true);
    expect(inIpv6Network('2001:db8:1:0:a00:27ff:fe12:3456/64', '2001:db8:1::/64')).toBe(true);
    expect(inIpv6Network('2001:db8:2::abcd/64', '2001:db8:1::/64')).toBe(false);
    expect(inIpv6Network('192.168.1.5/24', '2001:db8:1::/64')).toBe(false);
  });
});
