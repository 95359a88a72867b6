import { describe, expect, it } from 'vitest';
import { probeFacts } from '../../src/facts/probe.js';
import { PROFILES } from '../../src/plan/profiles.js';
import { SimulatedHost } from '../../src/sim/sim-host.js';
import { fixture } from '../fixture.js';

/** The simulated host, but `nmcli -t -f all connection show …` answers with `answer`. */
function withProfileAnswer(answer: { exitCode: number; stdout: string; stderr: string }) {
  const sim = new SimulatedHost('centos-stream9');
  const run = sim.run.bind(sim);
  sim.run = async (argv, options) =>
    argv[0] === 'nmcli' && argv.includes('all') && argv.includes('show') ? answer : run(argv, options);
  return sim;
}

describe('probeFacts: the uplink profile, whole', () => {
  it('a real NM 1.42 profile: every setting kept; addresses, DNS and IPv6 derived from it', async () => {
    const sim = withProfileAnswer({
      exitCode: 0,
      stdout: fixture('generic/nm-1.42-lab/nmcli-t-f-all-con-show.rich.txt'),
      stderr: '',
    });
    const con = (await probeFacts(sim, PROFILES.el9)).uplink?.connection;
    expect(con?.profile?.['ipv4.routes']).toBe(
      '10.9.9.0/24 192.168.1.2 100, 10.8.0.0/16 192.168.1.3 mtu=1400 src=192.168.1.5 table=100',
    );
    expect(con?.ipv4).toEqual({
      method: 'manual',
      addresses: ['192.168.1.5/24', '192.168.1.6/24'],
      gateway: '192.168.1.1',
      dns: ['192.168.1.1'],
    });
    expect(con?.ipv6).toEqual({
      method: 'manual',
      addresses: ['fd00:1::5/64', 'fd00:1::6/64'],
      gateway: 'fd00:1::1',
      dns: ['fd00:1::1'],
    });
    expect(con?.controller).toBe('');
    expect(con?.profileError).toBeUndefined();
    expect(con?.profileDuplicates).toBeUndefined();
  });

  it('nmcli fails: the error is kept so the bridge step refuses instead of guessing', async () => {
    const sim = withProfileAnswer({
      exitCode: 10,
      stdout: '',
      stderr: 'Error: no such connection profile.\n',
    });
    const con = (await probeFacts(sim, PROFILES.el9)).uplink?.connection;
    expect(con?.profileError).toBe('Error: no such connection profile.');
    expect(con?.profile).toEqual({});
  });

  it('a port profile of NM ≥ 1.46 names its controller (connection.controller)', async () => {
    const text = fixture('generic/nm-1.42-lab/nmcli-t-f-all-con-show.static.txt').replace(
      'connection.slave-type:',
      'connection.slave-type:bridge\nconnection.controller:br9',
    );
    const sim = withProfileAnswer({ exitCode: 0, stdout: text, stderr: '' });
    expect((await probeFacts(sim, PROFILES.el9)).uplink?.connection?.controller).toBe('br9');
  });
});
