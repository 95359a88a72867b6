import { describe, expect, it } from 'vitest';
import { describeFinal } from '../../../src/facts/bridge-status.js';
import { probeLinkState } from '../../../src/facts/link-state.js';
import { parseIpAddrJson } from '../../../src/facts/parse/ip-addr.js';
import { carriedState } from '../../../src/plan/steps/bridge-expect.js';
import type { BridgeExpectation } from '../../../src/plan/types.js';
import { applyBridge, type BridgeJob } from '../../../src/run/bridge/apply.js';
import { fixture } from '../../fixture.js';
import { CP, fail, fakeIo, goodBridge, makeWorld, ok, type World, WorldHost } from './fake-world.js';

const UUID = '0ac22162-f419-4d86-aa7b-e2ca852283bf';
const COMMANDS = [
  ['nmcli', 'connection', 'add', 'type', 'bridge', 'con-name', 'br0', 'ifname', 'br0'],
  ['nmcli', 'connection', 'add', 'type', 'ethernet', 'con-name', 'br0-port-enp0s3', 'ifname', 'enp0s3'],
  ['nmcli', 'connection', 'up', 'br0-port-enp0s3'],
  ['nmcli', 'connection', 'delete', 'uuid', UUID],
];
const NM = 'org.freedesktop.NetworkManager /org/freedesktop/NetworkManager org.freedesktop.NetworkManager';

/** The expectation as the plan makes it: from the lab uplink's state, probed through the same fake host. */
async function expectation(): Promise<BridgeExpectation> {
  const before = new WorldHost(makeWorld(), []);
  const link = parseIpAddrJson((await before.run(['ip', '-j', 'addr', 'show'])).stdout).find(
    (l) => l.ifname === 'enp0s3',
  );
  if (!link) throw new Error('no enp0s3 in the fixture');
  const state = await probeLinkState(before, link);
  const uplink = { interface: 'enp0s3', mac: '', liveAddresses: [], gateway: '192.168.1.1', state };
  return {
    bridge: 'br0',
    port: 'enp0s3',
    address: '192.168.1.5/24',
    gateway: '192.168.1.1',
    carried: carriedState(uplink, true),
    profile: UUID,
    portProfile: 'br0-port-enp0s3',
  };
}

async function run(over: Partial<World> = {}, confirmAt = 0) {
  const job: BridgeJob = {
    id: 'job1',
    create: ['busctl', 'call', ...NM.split(' '), 'CheckpointCreate', 'aouu', '0', '90', '6'],
    commands: COMMANDS,
    rollbackTimeout: 90,
    expect: await expectation(),
    verifyWindowMs: 30_000,
  };
  const host = new WorldHost(
    makeWorld(over),
    COMMANDS.map((c) => c.join(' ')),
  );
  const { io, applyIo, start } = fakeIo(confirmAt);
  const final = await applyBridge(host, job, applyIo);
  return { final, host, io, elapsed: io.time - start, phases: io.reports.map((r) => r.phase) };
}

const rollbackCall = `busctl call ${NM} CheckpointRollback o ${CP}`;
const destroyCall = `busctl call ${NM} CheckpointDestroy o ${CP}`;

describe('applyBridge: the whole cycle through a fake host and a fake clock', () => {
  it('everything carried over and confirmed: committed, after checking every check and gateway', async () => {
    const { final, host, phases } = await run();
    expect(phases).toEqual(['applying', 'verified', 'committed']);
    expect(final.phase).toBe('committed');
    if (final.phase !== 'committed') return;
    expect(final.checks.map((c) => `${c.name}:${c.ok}`)).toEqual([
      'bridge-active:true',
      'port-attached:true',
      'address:true',
      'default-route:true',
      'addresses:true',
      'routes:true',
      'mtu:true',
      'dns:true',
      'gateway:true',
      'gateway:true',
      'gateway:true',
      'gateway:true',
    ]);
    // The default gateway first, then the static routes' next hops (IPv4 and IPv6).
    expect(final.checks.filter((c) => c.name === 'gateway').map((c) => c.expected)).toEqual([
      '192.168.1.1',
      '192.168.1.2',
      '2001:db8:1::2',
      '2001:db8:1::1',
    ]);
    expect(host.calls).toContain(destroyCall);
    expect(host.calls).not.toContain(rollbackCall);
  });

  it('a pending checkpoint with a timeout: refused before anything is made', async () => {
    const { final, host } = await run({
      stale: [{ path: '/org/freedesktop/NetworkManager/Checkpoint/3', timeout: 90 }],
    });
    expect(final).toMatchObject({ phase: 'refused', reason: 'bridge.reason.stale' });
    expect(host.calls.some((c) => c.includes('CheckpointCreate') || c.startsWith('nmcli connection'))).toBe(
      false,
    );
  });

  it('a pending checkpoint made with timeout 0: refused, naming the exact commands that end it', async () => {
    const path = '/org/freedesktop/NetworkManager/Checkpoint/3';
    const { final, host } = await run({ stale: [{ path, timeout: 0 }] });
    expect(final).toMatchObject({
      phase: 'refused',
      reason: 'bridge.reason.staleForever',
      params: {
        path,
        rollback: `busctl call ${NM} CheckpointRollback o ${path}`,
        destroy: `busctl call ${NM} CheckpointDestroy o ${path}`,
      },
    });
    expect(host.calls.some((c) => c.includes('CheckpointCreate'))).toBe(false);
  });

  it('the checkpoint cannot be made: refused with busctl’s own error, nothing run', async () => {
    const { final, host } = await run({
      create: fail(fixture('lab-nm142/busctl-CheckpointCreate.pending.stderr.txt')),
    });
    expect(final).toMatchObject({
      phase: 'refused',
      reason: 'bridge.reason.checkpoint',
      params: {
        output:
          "Call failed: device 'lo' is already included in checkpoint /org/freedesktop/NetworkManager/Checkpoint/1",
      },
    });
    expect(host.calls.some((c) => c.startsWith('nmcli connection'))).toBe(false);
  });

  it('a command fails: rolled back, the reason is the command and its Error line, not nmcli’s Hint', async () => {
    const hint = fixture('lab-nm142/nmcli-connection-up.activation-failed-hint.stderr.txt');
    const { final, host } = await run({ command: (i) => (i === 2 ? fail(hint, 4) : ok()) });
    expect(final).toMatchObject({
      phase: 'rolled-back',
      reason: 'bridge.reason.command',
      params: {
        command: 'nmcli connection up br0-port-enp0s3',
        code: 4,
        output:
          'Error: Connection activation failed: IP configuration could not be reserved (no available address, timeout, etc.)',
      },
    });
    expect(host.calls).toContain(rollbackCall);
    // The old profile is not deleted after a failed step.
    expect(host.calls).not.toContain(COMMANDS[3]?.join(' '));
  });

  it('verification fails on the real br0 of the lab (routes dropped, metric 425): the missing routes are named', async () => {
    const after = {
      ...goodBridge(),
      routes4: fixture('lab-nm142/ip-j-route-show-table-main.br0-routes-dropped.txt'),
    };
    const { final, host, elapsed } = await run({ after });
    expect(final).toMatchObject({
      phase: 'rolled-back',
      reason: 'bridge.reason.verify',
      params: { check: 'routes' },
    });
    if (final.phase !== 'rolled-back') return;
    expect(String(final.params?.missing).split('; ')).toEqual([
      'default via 192.168.1.1 metric 100',
      '10.8.0.0/16 via 192.168.1.2 metric 50',
      '10.9.9.0/24 via 192.168.1.2 metric 100',
      '192.168.1.0/24 metric 100',
    ]);
    expect(describeFinal(final)[0]).toContain(
      'missing: default via 192.168.1.1 metric 100; 10.8.0.0/16 via 192.168.1.2',
    );
    // It kept looking for the whole verification window (a DHCP lease can be slow), then rolled back.
    expect(elapsed).toBeGreaterThanOrEqual(30_000);
    expect(host.calls).toContain(rollbackCall);
    expect(host.calls).not.toContain(destroyCall);
  });

  it('an address missing on the bridge', async () => {
    const after = goodBridge();
    const br0 = after.addr.find((l) => l.ifname === 'br0') as { addr_info: Array<{ local: string }> };
    br0.addr_info = br0.addr_info.filter((a) => a.local !== '192.168.1.6');
    const { final } = await run({ after });
    expect(final).toMatchObject({
      reason: 'bridge.reason.verify',
      params: { check: 'addresses', missing: '192.168.1.6/24' },
    });
  });

  it('the MTU differs; the gateways behind it are "not checked", not "no answer"', async () => {
    const after = goodBridge();
    const br0 = after.addr.find((l) => l.ifname === 'br0') as { mtu: number };
    br0.mtu = 1500;
    const { final, host } = await run({ after });
    expect(final).toMatchObject({
      phase: 'rolled-back',
      params: { check: 'mtu', expected: '9000', found: '1500' },
    });
    if (final.phase !== 'rolled-back') return;
    expect(final.checks?.filter((c) => c.name === 'gateway').map((c) => c.found)).toEqual([
      'not checked',
      'not checked',
      'not checked',
      'not checked',
    ]);
    expect(host.calls.some((c) => c.startsWith('ping') && c.includes('-I br0'))).toBe(false);
  });

  it('DNS must be equal: a server missing, or one more than before', async () => {
    const missing = await run({
      after: { ...goodBridge(), dns: 'IP4.DNS[1]:192.168.1.1\nIP4.DNS[2]:192.168.1.3\n' },
    });
    expect(missing.final).toMatchObject({
      params: { check: 'dns', missing: '2001:db8:1::53; 2001:db8:1::54' },
    });
    const extra = await run({
      after: { ...goodBridge(), dns: `${goodBridge().dns}IP4.DNS[2]:8.8.8.8\n` },
    });
    expect(extra.final).toMatchObject({
      phase: 'rolled-back',
      params: { check: 'dns', found: '192.168.1.1, 192.168.1.3, 8.8.8.8, 2001:db8:1::53, 2001:db8:1::54' },
    });
  });

  it('a static route’s gateway that answered before but not after: rolled back, naming it', async () => {
    const { final } = await run({ answers: (gw, iface) => !(gw === '192.168.1.2' && iface === 'br0') });
    expect(final).toMatchObject({
      phase: 'rolled-back',
      params: { check: 'gateway', expected: '192.168.1.2', found: 'no answer' },
    });
  });

  it('a route’s gateway that did not answer before the change is not required after it', async () => {
    const { final, io } = await run({ answers: (gw) => gw !== '2001:db8:1::2' });
    expect(final.phase).toBe('committed');
    expect(io.log).toContain(
      '# gateway 2001:db8:1::2 does not answer before the change either: not checked after it',
    );
  });

  it('no confirmation: rolled back by the applier just before NetworkManager’s own deadline', async () => {
    const { final, elapsed, host } = await run({}, Number.POSITIVE_INFINITY);
    expect(final).toMatchObject({ phase: 'rolled-back', reason: 'bridge.reason.noConfirm' });
    expect(elapsed).toBeGreaterThanOrEqual(88_000);
    expect(elapsed).toBeLessThan(90_000);
    expect(host.calls).not.toContain(destroyCall);
  });

  it('a confirmation that comes after the applier’s own rollback is not a commit', async () => {
    const { final, host } = await run({}, 89_500);
    expect(final).toMatchObject({ phase: 'rolled-back', reason: 'bridge.reason.noConfirm' });
    expect(host.calls).not.toContain(destroyCall);
  });

  it('confirmed, but NetworkManager had already rolled back (Destroy: does not exist): reported as rolled back', async () => {
    const { final, host } = await run({
      commit: fail(
        fixture('lab-nm142/busctl-CheckpointDestroy.after-nm-rollback.stderr.txt').replace('/2 ', '/7 '),
      ),
    });
    expect(final).toMatchObject({ phase: 'rolled-back', reason: 'bridge.reason.lateCommit' });
    // Nothing to roll back any more.
    expect(host.calls).not.toContain(rollbackCall);
  });

  it('the commit fails otherwise: the applier rolls back at once, with CheckpointDestroy’s error as the reason', async () => {
    const { final, host } = await run({ commit: fail('Call failed: Connection timed out') });
    expect(final).toMatchObject({
      phase: 'rolled-back',
      reason: 'bridge.reason.commitFailed',
      params: { output: 'Call failed: Connection timed out' },
    });
    expect(host.calls.indexOf(rollbackCall)).toBeGreaterThan(host.calls.indexOf(destroyCall));
  });

  it('the rollback call fails: loud, the original reason kept, the exact commands to finish by hand', async () => {
    const hint = fixture('lab-nm142/nmcli-connection-up.activation-failed-hint.stderr.txt');
    const { final } = await run({
      command: (i) => (i === 2 ? fail(hint, 4) : ok()),
      rollback: fail('Call failed: Connection timed out'),
    });
    expect(final).toMatchObject({
      phase: 'rollback-failed',
      reason: 'bridge.reason.command',
      params: { command: 'nmcli connection up br0-port-enp0s3', code: 4 },
      rollback: {
        reason: 'bridge.reason.rollbackCall',
        params: { output: 'Call failed: Connection timed out' },
      },
    });
    if (final.phase !== 'rollback-failed') return;
    expect(final.manual).toEqual([
      `busctl call ${NM} CheckpointRollback o ${CP}`,
      'nmcli device status',
      'nmcli connection delete id br0-port-enp0s3',
      'nmcli connection delete id br0',
      `nmcli connection up uuid ${UUID}`,
    ]);
    const text = describeFinal(final);
    expect(text[0]).toContain('ROLLBACK FAILED');
    expect(text[0]).toContain('nmcli connection up br0-port-enp0s3');
    expect(text[0]).toContain('Call failed: Connection timed out');
    expect(text.at(-1)).toBe(`  nmcli connection up uuid ${UUID}`);
  });

  it('the rollback answers with a failed device (lab: result 3): a failed rollback for that device, named', async () => {
    const { final } = await run({
      after: { ...goodBridge(), dns: 'IP4.DNS[1]:10.0.0.1\n' },
      rollback: ok(fixture('lab-nm142/busctl-CheckpointRollback.device-failed.txt')),
      deviceNames: { '/org/freedesktop/NetworkManager/Devices/6': 'vx1' },
    });
    expect(final).toMatchObject({
      phase: 'rollback-failed',
      params: { check: 'dns' },
      rollback: { reason: 'bridge.reason.rollbackDevices', params: { devices: 'vx1 (3)' } },
    });
  });

  it('a rollback of a checkpoint NetworkManager already rolled back counts as rolled back', async () => {
    const { final } = await run({
      after: { ...goodBridge(), dns: '' },
      rollback: fail(`Call failed: checkpoint ${CP} does not exist`),
    });
    expect(final).toMatchObject({ phase: 'rolled-back', params: { check: 'dns' } });
  });
});
