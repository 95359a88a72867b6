import { describe, expect, it } from 'vitest';
import { parseIpRouteJson } from '../../../src/facts/parse/ip-route.js';
import { fixture } from '../../fixture.js';

describe('parseIpRouteJson', () => {
  it('netplan test dump: two default routes, the lower metric (100 on enp0s31f6) wins over wlan0 (600)', () => {
    expect(parseIpRouteJson(fixture('ubuntu/ip-d-j-route-table-all.ipv4.netplan-test.txt'))).toEqual({
      dev: 'enp0s31f6',
      gateway: '192.168.178.1',
      metric: 100,
    });
  });

  it('order does not matter; a missing metric counts as 0; no gateway gives ""', () => {
    const text = JSON.stringify([
      { dst: 'default', gateway: '10.0.0.1', dev: 'eth1', metric: 50 },
      { dst: 'default', dev: 'ppp0' },
    ]);
    expect(parseIpRouteJson(text)).toEqual({ dev: 'ppp0', gateway: '', metric: 0 });
  });

  it('no default route, empty output or garbage', () => {
    expect(parseIpRouteJson('[]\n')).toBeUndefined();
    expect(parseIpRouteJson('')).toBeUndefined();
    expect(parseIpRouteJson('Error: ...')).toBeUndefined();
    expect(parseIpRouteJson(JSON.stringify([{ dst: '10.10.0.0/24', dev: 'wg0' }]))).toBeUndefined();
  });
});
