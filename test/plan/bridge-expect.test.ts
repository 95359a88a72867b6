import { describe, expect, it } from 'vitest';
import { type LinkState, probeLinkState } from '../../src/facts/link-state.js';
import { parseIpAddrJson } from '../../src/facts/parse/ip-addr.js';
import { parseIpRoutes } from '../../src/facts/parse/ip-routes.js';
import type { Uplink } from '../../src/facts/types.js';
import { en } from '../../src/i18n/en.js';
import { t } from '../../src/i18n/messages.js';
import { planStep } from '../../src/plan/plan.js';
import { PROFILES } from '../../src/plan/profiles.js';
import { carriedState } from '../../src/plan/steps/bridge-expect.js';
import { fixture } from '../fixture.js';
import { freshFacts, uplinkOf } from './facts-builder.js';

/** The lab uplink's state before the change (NetworkManager 1.42, test/fixtures/lab-nm142). */
function labState(): LinkState {
  const link = parseIpAddrJson(fixture('lab-nm142/ip-j-addr-show.static-ipv6-mtu9000.txt')).find(
    (l) => l.ifname === 'enp0s3',
  );
  return {
    addresses: link?.global ?? [],
    routes: [
      ...parseIpRoutes(fixture('lab-nm142/ip-j-route-show-table-main.static-two-routes.txt'), 4),
      ...parseIpRoutes(fixture('lab-nm142/ip-j-6-route-show-table-main.static-route.txt'), 6),
    ],
    mtu: link?.mtu ?? 0,
    dns: ['192.168.1.1', '2001:db8:1::53'],
  };
}

const uplink = (state?: LinkState): Uplink => ({
  interface: 'enp0s3',
  mac: '',
  liveAddresses: [],
  gateway: '192.168.1.1',
  ...(state ? { state } : {}),
});

describe('carriedState: what the bridge must have that the uplink had', () => {
  it('every address and route, once each; fe80::/64 left out; the MTU and DNS', () => {
    expect(carriedState(uplink(labState()), true)).toEqual({
      ipv4: true,
      addresses: ['192.168.1.5/24', '192.168.1.6/24', '2001:db8:1::5/64'],
      prefixes: [],
      routes: [
        { family: 4, dst: 'default', gateway: '192.168.1.1', metric: 100 },
        { family: 4, dst: '10.8.0.0/16', gateway: '192.168.1.2', metric: 50 },
        { family: 4, dst: '10.9.9.0/24', gateway: '192.168.1.2', metric: 100 },
        { family: 4, dst: '192.168.1.0/24', metric: 100 },
        { family: 6, dst: '2001:db8:1::/64', metric: 100 },
        { family: 6, dst: '2001:db8:9::/48', gateway: '2001:db8:1::2', metric: 100 },
        { family: 6, dst: 'default', gateway: '2001:db8:1::1', metric: 100 },
      ],
      mtu: 9000,
      dns: ['192.168.1.1', '2001:db8:1::53'],
    });
  });

  it('IPv4 settings changed by the user: only IPv6 and the MTU are expected to survive', () => {
    const carried = carriedState(uplink(labState()), false);
    expect(carried?.addresses).toEqual(['2001:db8:1::5/64']);
    expect(carried?.routes?.every((r) => r.family === 6)).toBe(true);
    expect(carried?.dns).toEqual(['2001:db8:1::53']);
    expect(carried?.mtu).toBe(9000);
  });

  it('SLAAC and privacy addresses (netplan dump) become their prefix; a DHCPv4 lease stays exact', () => {
    const wlan = parseIpAddrJson(fixture('ubuntu/ip-d-j-addr.netplan-test.txt')).find(
      (l) => l.ifname === 'wlan0',
    );
    const carried = carriedState(uplink({ addresses: wlan?.global ?? [] }), true);
    expect(carried).toEqual({
      ipv4: true,
      addresses: ['192.168.178.142/24'],
      prefixes: ['2001:9e8:a19f:1c00::/64'],
    });
  });

  it('nothing known about the uplink: nothing carried (older facts, or a probe that failed)', () => {
    expect(carriedState(uplink(), true)).toBeUndefined();
  });
});

describe('planBridge: the expectation handed to the applier', () => {
  it('carries the probed state, the old profile and the port profile', async () => {
    const base = freshFacts('el9');
    const up = uplinkOf('el9');
    const facts = { ...base, uplink: { ...up, state: labState() } };
    const plan = planStep('bridge', facts, {}, PROFILES.el9);
    expect(plan.state).toBe('todo');
    expect(plan.guard?.expect).toMatchObject({
      bridge: 'br0',
      port: up.interface,
      profile: up.connection?.uuid,
      portProfile: `br0-port-${up.interface}`,
      carried: { mtu: 9000, addresses: ['192.168.1.5/24', '192.168.1.6/24', '2001:db8:1::5/64'] },
    });
  });

  it('the never-expiring checkpoint note gives both exact busctl commands', () => {
    const path = '/org/freedesktop/NetworkManager/Checkpoint/3';
    const base = freshFacts('el9');
    const plan = planStep(
      'bridge',
      { ...base, nm: { ...base.nm, checkpoints: [path], neverExpiring: [path] } },
      {},
      PROFILES.el9,
    );
    const n = plan.notes.find((x) => x.key === 'bridge.staleCheckpointForever');
    const text = n ? t(n.key, n.params) : '';
    const nm =
      'org.freedesktop.NetworkManager /org/freedesktop/NetworkManager org.freedesktop.NetworkManager';
    expect(text).toContain(`busctl call ${nm} CheckpointRollback o ${path}`);
    expect(text).toContain(`busctl call ${nm} CheckpointDestroy o ${path}`);
    expect(text).not.toContain(en['bridge.staleCheckpoint'].slice(0, 30));
  });
});

describe('probeLinkState', () => {
  it('a kernel without IPv6 (ip -6 fails) still gives the IPv4 routes; nmcli failing gives no DNS to compare', async () => {
    const link = parseIpAddrJson(fixture('lab-nm142/ip-j-addr-show.static-ipv6-mtu9000.txt')).find(
      (l) => l.ifname === 'enp0s3',
    );
    if (!link) throw new Error('fixture');
    const host = {
      run: async (argv: readonly string[]) =>
        argv.includes('-6')
          ? { exitCode: 2, stdout: '', stderr: 'RTNETLINK answers: Operation not supported' }
          : argv[0] === 'ip'
            ? {
                exitCode: 0,
                stdout: fixture('lab-nm142/ip-j-route-show-table-main.static-two-routes.txt'),
                stderr: '',
              }
            : { exitCode: 8, stdout: '', stderr: 'Error: NetworkManager is not running.' },
    } as unknown as Parameters<typeof probeLinkState>[0];
    const state = await probeLinkState(host, link);
    expect(state.routes?.length).toBe(5);
    expect(state.dns).toBeUndefined();
    expect(state.mtu).toBe(9000);
  });
});
