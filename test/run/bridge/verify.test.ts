import { describe, expect, it } from 'vitest';
import { carriedChecks } from '../../../src/run/bridge/verify.js';

const want = {
  ipv4: true,
  addresses: ['192.168.1.5/24'],
  prefixes: ['2001:db8:1::/64'],
  routes: [{ family: 4 as const, dst: '10.9.9.0/24', gateway: '192.168.1.2', metric: 100 }],
  mtu: 9000,
  dns: ['192.168.1.1', '2001:db8:1::53'],
};
const route = (metric: number, protocol = 'static') => ({
  family: 4 as const,
  dst: '10.9.9.0/24',
  gateway: '192.168.1.2',
  dev: 'br0',
  metric,
  protocol,
});

describe('carriedChecks: what "the same" means', () => {
  it('another protocol is the same route; another metric is not', () => {
    const now = {
      addresses: [
        { cidr: '192.168.1.5/24', dynamic: false },
        { cidr: '2001:db8:1:0:5054:ff:fe12:3456/64', dynamic: true },
      ],
      mtu: 9000,
      dns: ['192.168.1.1', '2001:db8:1::53'],
    };
    expect(carriedChecks(want, { ...now, routes: [route(100, 'dhcp')] }).every((c) => c.ok)).toBe(true);
    const moved = carriedChecks(want, { ...now, routes: [route(425)] });
    expect(moved.find((c) => c.name === 'routes')).toMatchObject({
      ok: false,
      missing: ['10.9.9.0/24 via 192.168.1.2 metric 100'],
      found: '10.9.9.0/24 via 192.168.1.2 metric 425',
    });
  });

  it('a SLAAC prefix needs some address in it; none is named by its prefix', () => {
    const checks = carriedChecks(want, {
      addresses: [{ cidr: '192.168.1.5/24', dynamic: false }],
      routes: [route(100)],
      mtu: 9000,
      dns: want.dns,
    });
    expect(checks.find((c) => c.name === 'addresses')).toMatchObject({
      ok: false,
      missing: ['2001:db8:1::/64'],
    });
  });

  it('edited IPv4 settings: the bridge’s own IPv4 DNS servers are not "more than before"', () => {
    const edited = { ...want, ipv4: false, addresses: [], routes: [], dns: ['2001:db8:1::53'] };
    const now = { addresses: [], routes: [], mtu: 9000, dns: ['10.0.0.53', '2001:db8:1::53'] };
    expect(carriedChecks({ ...edited, prefixes: [] }, now).find((c) => c.name === 'dns')?.ok).toBe(true);
    expect(
      carriedChecks({ ...edited, prefixes: [], ipv4: true }, now).find((c) => c.name === 'dns')?.ok,
    ).toBe(false);
  });

  it('nothing read before (no routes, MTU, DNS): nothing of that is compared', () => {
    expect(carriedChecks({ ipv4: true, addresses: [], prefixes: [] }, { addresses: [] })).toEqual([]);
  });
});
