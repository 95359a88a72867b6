// The uplink's whole profile → what the bridge and its port get, or the note that blocks the step.
import { describe, expect, it } from 'vitest';
import { parseNmcliProfile } from '../../src/facts/parse/nmcli-profile.js';
import type { Facts } from '../../src/facts/types.js';
import { carryOver, routeText } from '../../src/plan/bridge-carry.js';
import { CARRY_TABLE, carryRule } from '../../src/plan/bridge-carry-table.js';
import { planStep } from '../../src/plan/plan.js';
import { fixture } from '../fixture.js';
import { freshFacts, MAC, profileOf, UPLINK_UUID, uplinkOf } from './facts-builder.js';

const LAB = 'generic/nm-1.42-lab/nmcli-t-f-all-con-show';
const settingsOf = (name: string) => parseNmcliProfile(fixture(`${LAB}.${name}.txt`)).settings;
const STATIC = settingsOf('static');
const U = UPLINK_UUID;

/** el9 facts whose uplink profile is `settings` (its address fields as the probe derives them). */
function factsWith(
  settings: Record<string, string>,
  extra: Partial<NonNullable<Facts['uplink']>['connection']> = {},
) {
  const uplink = uplinkOf('el9');
  if (!uplink.connection) throw new Error('builder gives a connection');
  return freshFacts('el9', {
    uplink: { ...uplink, connection: { ...uplink.connection, profile: settings, ...extra } },
  });
}

describe('carryOver', () => {
  it('a profile with only default values carries nothing over (real NM 1.42 and newer NM outputs)', () => {
    expect(carryOver(STATIC, U)).toEqual({ bridge: [], port: [], notes: [] });
    const newer = parseNmcliProfile(fixture('generic/nm-upstream-tests/nmcli-terse-con-s-ethernet.txt'));
    expect(carryOver(newer.settings, U)).toEqual({ bridge: [], port: [], notes: [] });
  });

  it('the rich lab profile: routes, DNS, rules, zone, MTU on both, priority on both', () => {
    const carry = carryOver(settingsOf('rich'), U);
    if (!('bridge' in carry)) throw new Error(`blocked: ${carry.key}`);
    expect(carry.bridge).toEqual([
      'connection.autoconnect-priority',
      '5',
      'connection.zone',
      'internal',
      '802-3-ethernet.mtu',
      '9000',
      'ipv4.dns-search',
      'example.lan,b.example',
      'ipv4.dns-options',
      'ndots:2,timeout:3',
      'ipv4.dns-priority',
      '40',
      'ipv4.routes',
      '10.9.9.0/24 192.168.1.2 100, 10.8.0.0/16 192.168.1.3 mtu=1400 src=192.168.1.5 table=100',
      'ipv4.route-metric',
      '50',
      'ipv4.routing-rules',
      'priority 100 from 192.168.1.5 table 100',
      'ipv4.ignore-auto-dns',
      'yes',
      'ipv6.dns',
      'fd00:1::1',
      'ipv6.routes',
      'fd00:9::/64 fd00:1::2 10',
      'ipv6.ip6-privacy',
      '0',
      'ipv6.addr-gen-mode',
      'eui64',
    ]);
    expect(carry.port).toEqual(['connection.autoconnect-priority', '5', '802-3-ethernet.mtu', '9000']);
    expect(carry.notes).toEqual([
      {
        key: 'bridge.carry.routes',
        tone: 'info',
        params: {
          routes:
            '10.9.9.0/24 via 192.168.1.2 metric 100, 10.8.0.0/16 via 192.168.1.3 mtu=1400 src=192.168.1.5 table=100, fd00:9::/64 via fd00:1::2 metric 10',
        },
      },
      { key: 'bridge.carry.mtu', tone: 'info', params: { mtu: '9000' } },
      { key: 'bridge.carry.dnsSearch', tone: 'info', params: { domains: 'example.lan, b.example' } },
      { key: 'bridge.carry.zone', tone: 'info', params: { zone: 'internal' } },
      {
        key: 'bridge.carry.other',
        tone: 'info',
        params: {
          settings:
            'connection.autoconnect-priority 5; ipv4.dns-options ndots:2,timeout:3; ipv4.dns-priority 40; ipv4.route-metric 50; ipv4.routing-rules priority 100 from 192.168.1.5 table 100; ipv4.ignore-auto-dns yes; ipv6.dns fd00:1::1; ipv6.ip6-privacy 0; ipv6.addr-gen-mode eui64',
        },
      },
    ]);
  });

  it('DHCP with a client id and hostname: both go to the bridge', () => {
    const carry = carryOver(settingsOf('dhcp-client-id'), U);
    expect('bridge' in carry && carry.bridge).toEqual([
      'ipv4.dhcp-client-id',
      '01:52:54:00:12:34:56',
      'ipv4.dhcp-hostname',
      'kvmhost',
    ]);
  });

  it.each([
    [
      '802.1X (real lab profile)',
      settingsOf('8021x-multiline'),
      'bridge.carry.block.ieee8021x',
      '802-1x.eap',
      'peap',
    ],
    [
      'ipv4.dhcp-iaid',
      { ...STATIC, 'ipv4.dhcp-iaid': 'ifname' },
      'bridge.carry.block.perInterface',
      'ipv4.dhcp-iaid',
      'ifname',
    ],
    [
      'client id from the profile',
      { ...STATIC, 'ipv4.dhcp-client-id': 'stable' },
      'bridge.carry.block.perInterface',
      'ipv4.dhcp-client-id',
      'stable',
    ],
    [
      'ipv6 DUID from the profile',
      { ...STATIC, 'ipv6.dhcp-duid': 'stable-uuid' },
      'bridge.carry.block.perInterface',
      'ipv6.dhcp-duid',
      'stable-uuid',
    ],
    [
      'permissions',
      { ...STATIC, 'connection.permissions': 'user:alice' },
      'bridge.carry.block.permissions',
      'connection.permissions',
      'user:alice',
    ],
    [
      'multi-connect',
      { ...STATIC, 'connection.multi-connect': 'multiple' },
      'bridge.carry.block.notForBridge',
      'connection.multi-connect',
      'multiple',
    ],
    [
      'an unknown property set',
      { ...STATIC, 'link.tx-queue-length': '5000' },
      'bridge.carry.block.unknown',
      'link.tx-queue-length',
      '5000',
    ],
    [
      'an unknown setting (tc)',
      { ...STATIC, 'tc.qdiscs': 'root fq_codel' },
      'bridge.carry.block.unknown',
      'tc.qdiscs',
      'root fq_codel',
    ],
    [
      'a line break in a value',
      { ...STATIC, 'ipv4.dhcp-hostname': 'two\nlines' },
      'bridge.carry.hostile',
      'ipv4.dhcp-hostname',
      'two\\nlines',
    ],
  ] as const)('blocks: %s, naming the setting and its value', (_, settings, key, setting, value) => {
    expect(carryOver(settings, U)).toEqual({ key, tone: 'error', params: { setting, value, uuid: U } });
  });

  it('an unknown property at a default-looking value is left alone; " (default)" tails are not values', () => {
    const carry = carryOver(
      { ...STATIC, 'link.tx-queue-length': '-1', 'ipv4.dad-timeout': '-1 (default)' },
      U,
    );
    expect(carry).toEqual({ bridge: [], port: [], notes: [] });
  });

  it('a property printed twice blocks (the profile cannot be trusted)', () => {
    expect(carryOver(STATIC, U, ['ipv4.method'])).toEqual({
      key: 'bridge.carry.unreadable',
      tone: 'error',
      params: { setting: 'ipv4.method' },
    });
  });

  it('every property of the real NM 1.42 profile is in the table (none falls to "unknown")', () => {
    const missing = Object.keys({ ...STATIC, ...settingsOf('rich') }).filter((k) => !(k in CARRY_TABLE));
    expect(missing).toEqual([]);
    expect(carryRule('802-1x.identity')).toMatchObject({ kind: 'block', reason: 'ieee8021x' });
    expect(carryRule('ethtool.feature-tso')).toMatchObject({ kind: 'copy', to: 'port' });
    expect(carryRule('nosuch.thing')).toMatchObject({ kind: 'block', reason: 'unknown' });
  });

  it.each([
    ['10.9.9.0/24 192.168.1.2 100', '10.9.9.0/24 via 192.168.1.2 metric 100'],
    ['10.9.9.0/24 192.168.1.2', '10.9.9.0/24 via 192.168.1.2'],
    ['10.9.9.0/24', '10.9.9.0/24'],
    ['10.9.9.0/24 100 table=5', '10.9.9.0/24 metric 100 table=5'],
    ['fd00:9::/64 fd00:1::2 10', 'fd00:9::/64 via fd00:1::2 metric 10'],
  ])('routeText(%j)', (route, text) => {
    expect(routeText(route)).toBe(text);
  });
});

describe('planBridge with the whole profile', () => {
  it('copies the rich profile into the bridge and port commands, exactly', () => {
    const plan = planStep('bridge', factsWith(settingsOf('rich')), {}, profileOf('el9'));
    expect(plan.state).toBe('todo');
    const [bridge, port] = plan.commands.map((c) => c.argv);
    expect(bridge?.slice(0, 15)).toEqual([
      'nmcli',
      'connection',
      'add',
      'type',
      'bridge',
      'con-name',
      'br0',
      'ifname',
      'br0',
      'connection.autoconnect',
      'yes',
      'bridge.stp',
      'no',
      'ethernet.cloned-mac-address',
      MAC,
    ]);
    expect(bridge?.slice(15, 25)).toEqual([
      'ipv4.method',
      'manual',
      'ipv4.addresses',
      '192.168.1.20/24',
      'ipv4.gateway',
      '192.168.1.1',
      'ipv4.dns',
      '192.168.1.1',
      'ipv6.method',
      'auto',
    ]);
    expect(bridge?.slice(25, 31)).toEqual([
      'connection.autoconnect-priority',
      '5',
      'connection.zone',
      'internal',
      '802-3-ethernet.mtu',
      '9000',
    ]);
    expect(bridge).toContain(
      '10.9.9.0/24 192.168.1.2 100, 10.8.0.0/16 192.168.1.3 mtu=1400 src=192.168.1.5 table=100',
    );
    expect(port).toEqual([
      'nmcli',
      'connection',
      'add',
      'type',
      'ethernet',
      'con-name',
      'br0-port-enp1s0',
      'ifname',
      'enp1s0',
      'connection.autoconnect',
      'yes',
      'controller',
      'br0',
      'port-type',
      'bridge',
      'connection.autoconnect-priority',
      '5',
      '802-3-ethernet.mtu',
      '9000',
    ]);
    expect(plan.notes.map((n) => n.key)).toEqual([
      'bridge.uplink',
      'bridge.static',
      'bridge.carry.routes',
      'bridge.carry.mtu',
      'bridge.carry.dnsSearch',
      'bridge.carry.zone',
      'bridge.carry.other',
      'bridge.sshWarning',
    ]);
  });

  it('the default route keeps its metric (a bridge would get 425), unless the profile sets one', () => {
    const facts = factsWith(STATIC);
    const withMetric = {
      ...facts,
      uplink: { ...(facts.uplink as NonNullable<Facts['uplink']>), defaultRouteMetric: 100 },
    };
    const plan = planStep('bridge', withMetric, {}, profileOf('el9'));
    expect(plan.commands[0]?.argv.slice(-2)).toEqual(['ipv4.route-metric', '100']);
    expect(plan.notes).toContainEqual({
      key: 'bridge.carry.metric',
      tone: 'info',
      params: { metric: '100' },
    });
    const own = {
      ...withMetric,
      uplink: {
        ...withMetric.uplink,
        connection: { ...withMetric.uplink.connection, profile: { ...STATIC, 'ipv4.route-metric': '50' } },
      },
    };
    const argv = planStep('bridge', own as Facts, {}, profileOf('el9')).commands[0]?.argv ?? [];
    expect(argv.filter((a) => a === 'ipv4.route-metric')).toHaveLength(1);
    expect(argv.slice(-2)).toEqual(['ipv4.route-metric', '50']);
  });

  it('a DHCP uplink with extra static addresses (IPv4 and IPv6) keeps them on the bridge', () => {
    const uplink = uplinkOf('el9');
    if (!uplink.connection) throw new Error('builder gives a connection');
    const ipv4 = { method: 'auto' as const, addresses: ['10.1.1.5/24'], gateway: '', dns: [] };
    const ipv6 = { method: 'auto', addresses: ['fd00:1::5/64'], gateway: '', dns: [] };
    const facts = freshFacts('el9', {
      uplink: { ...uplink, connection: { ...uplink.connection, ipv4, ipv6 } },
    });
    const [add] = planStep('bridge', facts, {}, profileOf('el9')).commands;
    expect(add?.argv.slice(15)).toEqual([
      'ipv4.method',
      'auto',
      'ipv4.addresses',
      '10.1.1.5/24',
      'ipv6.method',
      'auto',
      'ipv6.addresses',
      'fd00:1::5/64',
    ]);
  });

  it('answers (or the form) with one address keep the uplink’s other static addresses', () => {
    const uplink = uplinkOf('el9');
    if (!uplink.connection) throw new Error('builder gives a connection');
    const ipv4 = { ...uplink.connection.ipv4, addresses: ['192.168.1.20/24', '192.168.1.21/24'] };
    const facts = freshFacts('el9', { uplink: { ...uplink, connection: { ...uplink.connection, ipv4 } } });
    const answers = {
      bridge: {
        name: 'br0',
        stp: false,
        rollbackTimeout: 90,
        ipv4: { method: 'manual' as const, address: '192.168.1.20/24', gateway: '192.168.1.1' },
      },
    };
    const [add] = planStep('bridge', facts, answers, profileOf('el9')).commands;
    expect(add?.argv.slice(15, 21)).toEqual([
      'ipv4.method',
      'manual',
      'ipv4.addresses',
      '192.168.1.20/24,192.168.1.21/24',
      'ipv4.gateway',
      '192.168.1.1',
    ]);
  });

  it.each([
    ['stable-privacy', 'auto', true],
    ['default', 'auto', true],
    ['eui64', 'auto', false],
    ['default-or-eui64', 'auto', false],
    ['stable-privacy', 'ignore', false],
  ])('addr-gen-mode %s with IPv6 %s: warned that the SLAAC address changes: %s', (mode, method, warned) => {
    const uplink = uplinkOf('el9');
    if (!uplink.connection) throw new Error('builder gives a connection');
    const ipv6 = { method, addresses: [], gateway: '', dns: [] };
    const profile = { ...STATIC, 'ipv6.method': method, 'ipv6.addr-gen-mode': mode };
    const facts = freshFacts('el9', {
      uplink: { ...uplink, connection: { ...uplink.connection, ipv6, profile } },
    });
    const keys = planStep('bridge', facts, {}, profileOf('el9')).notes.map((n) => n.key);
    expect(keys.includes('bridge.carry.slaac')).toBe(warned);
  });

  it('a static IPv6 uplink says so in the notes', () => {
    const uplink = uplinkOf('el9');
    if (!uplink.connection) throw new Error('builder gives a connection');
    const ipv6 = { method: 'manual', addresses: ['fd00:1::5/64'], gateway: 'fd00:1::1', dns: [] };
    const facts = freshFacts('el9', { uplink: { ...uplink, connection: { ...uplink.connection, ipv6 } } });
    expect(planStep('bridge', facts, {}, profileOf('el9')).notes).toContainEqual({
      key: 'bridge.carry.ipv6',
      tone: 'info',
      params: { addresses: 'fd00:1::5/64', gateway: 'fd00:1::1' },
    });
  });

  it('a setting that cannot be carried over blocks the step before any command', () => {
    const plan = planStep('bridge', factsWith({ ...STATIC, 'ipv4.dhcp-iaid': 'mac' }), {}, profileOf('el9'));
    expect(plan.state).toBe('blocked');
    expect(plan.commands).toEqual([]);
    expect(plan.guard).toBeUndefined();
    expect(plan.notes.at(-1)).toEqual({
      key: 'bridge.carry.block.perInterface',
      tone: 'error',
      params: { setting: 'ipv4.dhcp-iaid', value: 'mac', uuid: U },
    });
  });

  it('a profile nmcli could not read blocks, with nmcli’s words made visible', () => {
    const facts = factsWith({}, { profileError: 'Error: boom\u001b[2J' });
    const plan = planStep('bridge', facts, {}, profileOf('el9'));
    expect(plan.state).toBe('blocked');
    expect(plan.notes.at(-1)).toMatchObject({ key: 'bridge.carry.unreadableProbe', params: { uuid: U } });
    expect(String(plan.notes.at(-1)?.params?.output)).not.toContain('\u001b');
  });
});
