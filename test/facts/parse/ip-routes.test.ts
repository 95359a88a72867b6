import { describe, expect, it } from 'vitest';
import { parseIpRoutes, routeText } from '../../../src/facts/parse/ip-routes.js';
import { fixture } from '../../fixture.js';

describe('parseIpRoutes', () => {
  it('the lab uplink: default, two static routes via a second router, one prefix route per address', () => {
    const routes = parseIpRoutes(fixture('lab-nm142/ip-j-route-show-table-main.static-two-routes.txt'), 4);
    expect(routes.map(routeText)).toEqual([
      'default via 192.168.1.1 metric 100',
      '10.8.0.0/16 via 192.168.1.2 metric 50',
      '10.9.9.0/24 via 192.168.1.2 metric 100',
      '192.168.1.0/24 metric 100',
      '192.168.1.0/24 metric 100',
    ]);
    expect(routes[1]).toEqual({
      family: 4,
      dst: '10.8.0.0/16',
      gateway: '192.168.1.2',
      dev: 'enp0s3',
      metric: 50,
      protocol: 'static',
    });
  });

  it('IPv6: every route has a metric; link-local fe80::/64 is listed like any other', () => {
    const routes = parseIpRoutes(fixture('lab-nm142/ip-j-6-route-show-table-main.static-route.txt'), 6);
    expect(routes.map((r) => `${r.family} ${routeText(r)} ${r.protocol}`)).toEqual([
      '6 2001:db8:1::/64 metric 100 kernel',
      '6 2001:db8:9::/48 via 2001:db8:1::2 metric 100 static',
      '6 fe80::/64 metric 1024 kernel',
      '6 default via 2001:db8:1::1 metric 100 static',
    ]);
  });

  it('br0 made without the routes: only NM’s bridge metric 425 and no static routes', () => {
    const routes = parseIpRoutes(fixture('lab-nm142/ip-j-route-show-table-main.br0-routes-dropped.txt'), 4);
    expect(routes.every((r) => r.dev === 'br0' && r.metric === 425)).toBe(true);
    expect(routes.some((r) => r.dst === '10.9.9.0/24')).toBe(false);
  });

  it('no metric means 0; other tables, non-unicast and device-less (multipath, blackhole) routes are left out', () => {
    const text = JSON.stringify([
      { dst: '0.0.0.0/0', gateway: '10.0.0.1', dev: 'eth0' },
      { dst: '10.1.0.0/16', dev: 'eth0', table: 'local', type: 'local' },
      { dst: '10.2.0.0/16', dev: 'eth0', table: '100' },
      { dst: '10.3.0.0/16', type: 'blackhole' },
      { dst: '10.4.0.0/16', nexthops: [{ gateway: '10.0.0.2', dev: 'eth0' }] },
      { dst: '::/0', gateway: 'fe80::1', dev: 'eth0', metric: 1024 },
    ]);
    expect(parseIpRoutes(text, 4)).toEqual([
      { family: 4, dst: 'default', gateway: '10.0.0.1', dev: 'eth0', metric: 0, protocol: '' },
      { family: 4, dst: 'default', gateway: 'fe80::1', dev: 'eth0', metric: 1024, protocol: '' },
    ]);
  });

  it('empty, garbage, an error message or the wrong shape give []', () => {
    expect(parseIpRoutes('', 4)).toEqual([]);
    expect(parseIpRoutes('RTNETLINK answers: Operation not supported', 6)).toEqual([]);
    expect(parseIpRoutes('{"dst":"default"}', 4)).toEqual([]);
    expect(parseIpRoutes('[{"dst":1}]', 4)).toEqual([]);
  });
});
