// The learn-more pages' commands on the simulated host print what the real tools print (test/fixtures).
import { describe, expect, it } from 'vitest';
import { SimulatedHost } from '../../../src/sim/sim-host.js';
import { fixture } from '../../fixture.js';

const lines = (text: string) => text.split('\n').filter(Boolean);
/** A line's layout: every number the same, so two hosts' outputs compare by columns. */
const layout = (line: string) => line.replace(/\d+/g, 'N');

describe('check-it-yourself commands on the simulated host', () => {
  it('lsmod | grep kvm: the Intel fixture byte for byte', async () => {
    const host = new SimulatedHost('centos-stream9');
    const r = await host.run(['lsmod']);
    expect(r.exitCode).toBe(0);
    expect(r.stdout.split('\n')[0]).toBe('Module                  Size  Used by');
    expect(lines(r.stdout).filter((l) => l.includes('kvm'))).toEqual(
      lines(fixture('generic/lsmod-grep-kvm.intel.txt')),
    );
  });

  it('lsmod on an AMD host: the kvm_amd line as in the fixture, kvm used by it', async () => {
    const host = new SimulatedHost('centos-stream9');
    host.state.modules = new Set(['kvm', 'kvm_amd']);
    const got = lines((await host.run(['lsmod'])).stdout).filter((l) => l.includes('kvm'));
    const [amd, kvm] = lines(fixture('generic/lsmod-grep-kvm.amd.txt'));
    expect(got[0]).toBe(amd);
    expect(layout(got[1] ?? '')).toBe(layout(kvm ?? ''));
  });

  it('lsmod without the modules: only the header (grep finds nothing)', async () => {
    const host = new SimulatedHost('centos-stream9');
    host.state.modules.clear();
    expect(lines((await host.run(['lsmod'])).stdout).filter((l) => l.includes('kvm'))).toEqual([]);
  });

  it("grep -Ec 'vmx|svm' /proc/cpuinfo counts the flags lines: 4 CPUs, then 0 without the flag", async () => {
    const host = new SimulatedHost('centos-stream9');
    expect(await host.run(['grep', '-Ec', 'vmx|svm', '/proc/cpuinfo'])).toMatchObject({
      exitCode: 0,
      stdout: '4\n',
    });
    host.state.files.set(
      '/proc/cpuinfo',
      (host.state.files.get('/proc/cpuinfo') ?? '').replaceAll(' vmx', ''),
    );
    expect(await host.run(['grep', '-Ec', 'vmx|svm', '/proc/cpuinfo'])).toMatchObject({
      exitCode: 1,
      stdout: '0\n',
    });
  });

  it('bridge link: nothing before the bridge, then the port in the fixture layout', async () => {
    const host = new SimulatedHost('centos-stream9');
    expect(await host.run(['bridge', 'link'])).toMatchObject({ exitCode: 0, stdout: '' });
    const nic = host.state.links.find((l) => l.ifname === 'enp1s0');
    if (nic) nic.master = 'br0';
    const [got = ''] = lines((await host.run(['bridge', 'link'])).stdout);
    // The fixture's ports are veths (IF@PEER, cost 2); a virtio NIC prints IF: and, with no speed, cost 100.
    const [real = ''] = lines(fixture('generic/bridge-link.br0-two-veth-ports.iproute2-6.1.txt'));
    expect(layout(got)).toBe(layout(real.replace('enp1s0@lan0', 'enp1s0')));
    expect(got).toBe(
      '2: enp1s0: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 master br0 state forwarding priority 32 cost 100 ',
    );
  });

  it('nmcli connection show (no -t): the EL9 fixture byte for byte from the same profiles', async () => {
    const host = new SimulatedHost('centos-stream9');
    const base = host.state.connections[0];
    if (!base) throw new Error('no uplink');
    const con = (name: string, uuid: string, type: string) => ({
      ...base,
      name,
      uuid,
      type,
      ifname: name,
      active: true,
    });
    host.state.connections = [
      con('enp5s0', 'cbcc99e1-c051-4a56-8f64-5dcbbe94786d', '802-3-ethernet'),
      con('br0', '6b5e075d-259a-4b74-a9bb-a3796fe4dc39', 'bridge'),
      con('lo', 'd57311b9-a8a3-46af-be55-6c12b932bbd8', 'loopback'),
      con('virbr0', '45af469e-626d-4a55-9e70-10cc4f7ee379', 'bridge'),
    ];
    const r = await host.run(['nmcli', 'connection', 'show']);
    expect(r.stdout).toBe(fixture('el9/nmcli-con-show.br0-lo-virbr0.txt'));
    // The terse form the probe parses is unchanged.
    expect(
      (await host.run(['nmcli', '-t', '-f', 'NAME,UUID,TYPE,DEVICE', 'connection', 'show'])).stdout,
    ).toContain('enp5s0:cbcc99e1-c051-4a56-8f64-5dcbbe94786d:802-3-ethernet:enp5s0');
  });
});
