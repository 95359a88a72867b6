// The simulated host must print what the real tools print: compared with the captured outputs in test/fixtures,
// and read back through the same parsers probeFacts uses.
import { describe, expect, it } from 'vitest';
import { parseIpAddrJson } from '../../../src/facts/parse/ip-addr.js';
import { parseIpRouteJson } from '../../../src/facts/parse/ip-route.js';
import { parseNmcliConnections } from '../../../src/facts/parse/nmcli-connections.js';
import { parseNmcliDevices } from '../../../src/facts/parse/nmcli-devices.js';
import { parseNmcliFields } from '../../../src/facts/parse/nmcli-fields.js';
import { parseNmcliGeneral } from '../../../src/facts/parse/nmcli-general.js';
import { parseNmcliProfile } from '../../../src/facts/parse/nmcli-profile.js';
import { parseRpmQuery } from '../../../src/facts/parse/rpm.js';
import { parseSystemctlShow } from '../../../src/facts/parse/systemctl-show.js';
import { parseVirshNetList } from '../../../src/facts/parse/virsh-net-list.js';
import { parseVirtHostValidate } from '../../../src/facts/parse/virt-host-validate.js';
import { probeFacts } from '../../../src/facts/probe.js';
import type { DownloadRequest, Host, RunOptions, RunResult } from '../../../src/host/host.js';
import { PROFILES } from '../../../src/plan/profiles.js';
import { SIM_DHCP_LEASE } from '../../../src/sim/nmcli.js';
import { SimulatedHost } from '../../../src/sim/sim-host.js';
import { fixture } from '../../fixture.js';

const fixtureLines = (path: string) => fixture(path).split('\n').filter(Boolean);

async function run(host: SimulatedHost, ...argv: string[]): Promise<RunResult> {
  return host.run(argv);
}

/** A sim with libvirt installed and libvirtd running, driven through the same commands the plan runs. */
async function withLibvirtd(profile = 'centos-stream9'): Promise<SimulatedHost> {
  const host = new SimulatedHost(profile);
  expect((await run(host, 'dnf', '-y', 'install', 'libvirt')).exitCode).toBe(0);
  expect((await run(host, 'systemctl', 'enable', '--now', 'libvirtd.service')).exitCode).toBe(0);
  return host;
}

describe('virsh net-list --all', () => {
  it('an inactive default network: the fixture byte for byte, plus the blank line virsh prints after a command', async () => {
    const host = await withLibvirtd();
    const r = await run(host, 'virsh', 'net-list', '--all');
    expect(r.exitCode).toBe(0);
    // vsh.c prints "\n" after every command; the source of this fixture dropped it (compare the session-empty fixture).
    expect(r.stdout).toBe(`${fixture('generic/virsh-net-list-all.default-inactive.txt')}\n`);
  });

  it('after net-start and net-autostart: the RHEL 9 layout (State column narrows to "active")', async () => {
    const host = await withLibvirtd();
    expect((await run(host, 'virsh', 'net-start', 'default')).stdout).toBe('Network default started\n\n');
    expect((await run(host, 'virsh', 'net-autostart', 'default')).stdout).toBe(
      'Network default marked as autostarted\n\n',
    );
    expect((await run(host, 'virsh', 'net-list', '--all')).stdout).toBe(
      `${fixture('rhel9/virsh-net-list-all.doc.txt')}\n`,
    );
  });

  it('a second, longer network name widens the Name column', async () => {
    const host = await withLibvirtd();
    await run(host, 'virsh', 'net-start', 'default');
    await run(host, 'virsh', 'net-autostart', 'default');
    host.state.networks.push({ name: 'host-bridge', active: true, autostart: true });
    expect((await run(host, 'virsh', 'net-list', '--all')).stdout).toBe(
      `${fixture('generic/virsh-net-list-all.default-and-host-bridge.txt')}\n`,
    );
  });

  it('no network at all: exactly the empty-table fixture', async () => {
    const host = await withLibvirtd();
    host.state.networks = [];
    expect((await run(host, 'virsh', 'net-list', '--all')).stdout).toBe(
      fixture('generic/virsh-net-list.session-empty.txt'),
    );
  });

  it('start/autostart messages are the real ones', async () => {
    const host = await withLibvirtd();
    const start = await run(host, 'virsh', 'net-start', 'default');
    const auto = await run(host, 'virsh', 'net-autostart', 'default');
    const [startLine, , autoLine] = fixture('generic/virsh-net-start-autostart-messages.txt').split('\n');
    expect(start.stdout).toBe(`${startLine}\n\n`);
    expect(auto.stdout).toBe(`${autoLine}\n\n`);
  });

  it('without a running daemon virsh fails, so the probe leaves the networks unknown', async () => {
    const host = new SimulatedHost('centos-stream9');
    expect((await run(host, 'virsh', 'net-list', '--all')).exitCode).toBe(127);
    await run(host, 'dnf', '-y', 'install', 'libvirt');
    const r = await run(host, 'virsh', 'net-list', '--all');
    expect(r.exitCode).toBe(1);
    expect(r.stderr.split('\n')[0]).toBe('error: failed to connect to the hypervisor');
  });
});

describe('virt-host-validate qemu', () => {
  it('parses to the same checks as the RHEL 8 capture', async () => {
    const host = await withLibvirtd();
    const r = await run(host, 'virt-host-validate', 'qemu');
    expect(r.exitCode).toBe(0);
    expect(parseVirtHostValidate(r.stdout)).toEqual(
      parseVirtHostValidate(fixture('rhel8/virt-host-validate.warn-iommu-dmar-secure-guest.txt')),
    );
  });

  it('every line common with the Ubuntu capture is the same byte for byte ("%6s: Checking %-60s: ")', async () => {
    const host = await withLibvirtd();
    const simLines = (await run(host, 'virt-host-validate', 'qemu')).stdout.split('\n').filter(Boolean);
    const real = fixtureLines('ubuntu/virt-host-validate.pass-secure-guest-warn.txt');
    const common = simLines.filter((l) => !l.includes('IOMMU'));
    expect(common).toHaveLength(12);
    for (const line of common) expect(real).toContain(line);
  });

  it('no vmx/svm: hardware virtualization FAILs, no /dev/kvm lines, like the RHEL 8 capture', async () => {
    const host = await withLibvirtd();
    host.state.cpuFlag = undefined;
    const r = await run(host, 'virt-host-validate', 'qemu');
    expect(r.exitCode).toBe(1);
    const real = fixtureLines('rhel8/virt-host-validate.fail-no-hwvirt-bare-warn-line.txt');
    const simLines = r.stdout.split('\n').filter(Boolean);
    expect(simLines.filter((l) => !l.includes('IOMMU'))).toEqual(real.filter((l) => !l.includes('IOMMU')));
    expect(parseVirtHostValidate(r.stdout).map((l) => [l.check, l.status])).toEqual([
      ['for hardware virtualization', 'FAIL'],
      ['if device /dev/vhost-net exists', 'PASS'],
      ['if device /dev/net/tun exists', 'PASS'],
      ["for cgroup 'cpu' controller support", 'PASS'],
      ["for cgroup 'cpuacct' controller support", 'PASS'],
      ["for cgroup 'cpuset' controller support", 'PASS'],
      ["for cgroup 'memory' controller support", 'PASS'],
      ["for cgroup 'devices' controller support", 'PASS'],
      ["for cgroup 'blkio' controller support", 'PASS'],
      ['for device assignment IOMMU support', 'WARN'],
      ['for secure guest support', 'WARN'],
    ]);
  });

  it('kvm module not loaded: the two /dev/kvm checks FAIL with libvirt hints, exit 1', async () => {
    const host = await withLibvirtd();
    host.state.modules = new Set(['kvm']);
    const r = await run(host, 'virt-host-validate', 'qemu');
    expect(r.exitCode).toBe(1);
    expect(parseVirtHostValidate(r.stdout).filter((l) => l.status === 'FAIL')).toEqual([
      {
        driver: 'QEMU',
        check: 'if device /dev/kvm exists',
        status: 'FAIL',
        hint: "Check that the 'kvm-intel' or 'kvm-amd' modules are loaded & the BIOS has enabled virtualization",
      },
      {
        driver: 'QEMU',
        check: 'if device /dev/kvm is accessible',
        status: 'FAIL',
        hint: 'Check /dev/kvm is world writable or you are in a group that is allowed to access it',
      },
    ]);
  });
});

describe('systemctl enable --now', () => {
  const CREATED =
    /^Created symlink (\/etc\/systemd\/system\/[a-z-]+\.target\.wants\/(\S+)) → \/usr\/lib\/systemd\/system\/(\S+)\.$/;

  it('the pattern fits the real captures it is taken from', () => {
    const real = [
      ...fixtureLines('rocky9/systemctl-enable-libvirtd.txt'),
      ...fixtureLines('generic/systemctl-enable-now-virtqemud.service.gentoo-wiki.txt'),
      ...fixtureLines('generic/systemctl-enable-now-virtstoraged.socket.gentoo-wiki.txt'),
    ];
    expect(real).toHaveLength(15);
    for (const line of real) expect(line).toMatch(CREATED);
  });

  it('libvirtd.service and its socket: the lines of the Rocky 9 capture', async () => {
    const host = new SimulatedHost('centos-stream8');
    await run(host, 'dnf', '-y', 'module', 'install', 'virt');
    const r = await run(host, 'systemctl', 'enable', '--now', 'libvirtd.service', 'libvirtd.socket');
    expect(r.exitCode).toBe(0);
    expect(r.stdout.split('\n').filter(Boolean)).toEqual(
      fixtureLines('rocky9/systemctl-enable-libvirtd.txt').slice(0, 2),
    );
  });

  it('modular sockets: one line each in the captured format, same words as the Gentoo capture', async () => {
    const host = new SimulatedHost('centos-stream9');
    await run(host, 'dnf', '-y', 'install', 'libvirt');
    const units = ['virtstoraged.socket', 'virtstoraged-ro.socket', 'virtstoraged-admin.socket'];
    const r = await run(host, 'systemctl', 'enable', '--now', ...units);
    const lines = r.stdout.split('\n').filter(Boolean);
    expect(lines).toEqual(fixtureLines('generic/systemctl-enable-now-virtstoraged.socket.gentoo-wiki.txt'));
    for (const [i, line] of lines.entries()) {
      const m = CREATED.exec(line);
      expect([m?.[2], m?.[3]]).toEqual([units[i], units[i]]);
    }
  });

  it('a unit that does not exist fails like systemctl, and changes nothing', async () => {
    const host = new SimulatedHost('centos-stream9');
    const r = await run(host, 'systemctl', 'enable', '--now', 'cockpit.socket');
    expect(r).toEqual({
      exitCode: 1,
      stdout: '',
      stderr: 'Failed to enable unit: Unit file cockpit.socket does not exist.\n',
    });
    expect(host.state.units.has('cockpit.socket')).toBe(false);
  });
});

describe('outputs read back by the real parsers', () => {
  it('rpm -q: missing names on a fresh host, NEVRAs after dnf', async () => {
    const host = new SimulatedHost('centos-stream9');
    const names = PROFILES.el9.packages;
    const before = await run(host, 'rpm', '-q', ...names);
    expect(before.exitCode).toBe(5);
    expect(before.stdout.split('\n')[0]).toBe('package qemu-kvm is not installed');
    expect(parseRpmQuery(before.stdout, names)).toEqual(Object.fromEntries(names.map((n) => [n, false])));
    await run(host, 'dnf', '-y', 'install', 'qemu-kvm', 'cockpit-machines');
    const after = await run(host, 'rpm', '-q', ...names);
    expect(after.stdout.split('\n')[0]).toBe('qemu-kvm-9.1.0-15.el9.x86_64');
    expect(parseRpmQuery(after.stdout, names)).toEqual({
      'qemu-kvm': true,
      libvirt: false,
      'virt-install': false,
      cockpit: false,
      'cockpit-machines': true,
    });
  });

  it('systemctl show: one block per unit, missing units not-found', async () => {
    const host = new SimulatedHost('centos-stream9');
    const r = await run(
      host,
      'systemctl',
      'show',
      '-p',
      'Id,LoadState,ActiveState,UnitFileState',
      'NetworkManager.service',
      'cockpit.socket',
    );
    expect(r.stdout).toBe(
      'Id=NetworkManager.service\nLoadState=loaded\nActiveState=active\nUnitFileState=enabled\n\n' +
        'Id=cockpit.socket\nLoadState=not-found\nActiveState=inactive\nUnitFileState=\n',
    );
    expect(parseSystemctlShow(r.stdout)).toEqual({
      'NetworkManager.service': { enabled: 'enabled', active: 'active' },
      'cockpit.socket': { enabled: 'not-found', active: 'inactive' },
    });
  });

  it('nmcli -t general', async () => {
    for (const [profile, version] of [
      ['centos-stream8', '1.40.16'],
      ['centos-stream9', '1.48.10'],
      ['centos-stream10', '1.52.0'],
    ] as const) {
      const r = await run(new SimulatedHost(profile), 'nmcli', '-t', '-f', 'RUNNING,VERSION', 'general');
      expect(parseNmcliGeneral(r.stdout)).toEqual({ running: true, version });
    }
  });

  it('nmcli -t connection show: "System eth0" on EL8, types as terse nmcli prints them', async () => {
    const host = new SimulatedHost('centos-stream8');
    const r = await run(host, 'nmcli', '-t', '-f', 'NAME,UUID,TYPE,DEVICE', 'connection', 'show');
    expect(r.stdout).toBe(
      'System eth0:5fb06bd0-0bb0-7ffb-45f1-d6edd65f3e03:802-3-ethernet:eth0\n' +
        'lo:80baca5b-005f-4db6-a00d-a0324c520a75:loopback:lo\n',
    );
    expect(parseNmcliConnections(r.stdout)).toEqual([
      { name: 'System eth0', uuid: '5fb06bd0-0bb0-7ffb-45f1-d6edd65f3e03', type: 'ethernet', device: 'eth0' },
      { name: 'lo', uuid: '80baca5b-005f-4db6-a00d-a0324c520a75', type: 'loopback', device: 'lo' },
    ]);
  });

  it('nmcli -t device', async () => {
    const host = new SimulatedHost('centos-stream9');
    const r = await run(host, 'nmcli', '-t', '-f', 'DEVICE,TYPE,STATE,CONNECTION', 'device');
    expect(parseNmcliDevices(r.stdout)).toEqual([
      { device: 'lo', type: 'loopback', state: 'connected', connection: 'lo' },
      { device: 'enp1s0', type: 'ethernet', state: 'connected', connection: 'enp1s0' },
    ]);
  });

  it('nmcli -t -f all connection show uuid: the real NM 1.42 layout, every property in its order', async () => {
    const host = new SimulatedHost('centos-stream9');
    const r = await run(
      host,
      'nmcli',
      '-t',
      '-f',
      'all',
      'connection',
      'show',
      'uuid',
      'd1ce7368-eda2-34c4-a40a-f93122e9646f',
    );
    const real = parseNmcliProfile(fixture('generic/nm-1.42-lab/nmcli-t-f-all-con-show.static.txt'));
    const sim = parseNmcliProfile(r.stdout);
    expect(Object.keys(sim.settings)).toEqual(Object.keys(real.settings));
    expect(sim.duplicates).toEqual([]);
    expect(sim.settings['connection.uuid']).toBe('d1ce7368-eda2-34c4-a40a-f93122e9646f');
    expect(sim.settings['ipv4.addresses']).toBe('192.168.1.20/24');
  });

  it('nmcli -t connection show uuid: the fields probeFacts asks for', async () => {
    const host = new SimulatedHost('centos-stream9');
    const fields =
      'connection.uuid,connection.master,ipv4.method,ipv4.addresses,ipv4.gateway,ipv4.dns,ipv6.method';
    const r = await run(
      host,
      'nmcli',
      '-t',
      '-f',
      fields,
      'connection',
      'show',
      'uuid',
      'd1ce7368-eda2-34c4-a40a-f93122e9646f',
    );
    expect(parseNmcliFields(r.stdout)).toEqual({
      'connection.uuid': ['d1ce7368-eda2-34c4-a40a-f93122e9646f'],
      'connection.master': [],
      'ipv4.method': ['manual'],
      'ipv4.addresses': ['192.168.1.20/24'],
      'ipv4.gateway': ['192.168.1.1'],
      'ipv4.dns': ['192.168.1.1'],
      'ipv6.method': ['auto'],
    });
    const missing = await run(host, 'nmcli', '-t', '-f', fields, 'connection', 'show', 'uuid', 'nope');
    expect(missing.exitCode).toBe(10);
  });

  it('nmcli messages: add, up and delete print what NetworkManager prints', async () => {
    const host = new SimulatedHost('centos-stream9');
    const add = await run(
      host,
      'nmcli',
      'connection',
      'add',
      'type',
      'bridge',
      'con-name',
      'br0',
      'ifname',
      'br0',
    );
    expect(add.stdout).toMatch(/^Connection 'br0' \([0-9a-f-]{36}\) successfully added\.\n$/);
    const up = await run(host, 'nmcli', 'connection', 'up', 'br0');
    expect(up.stdout).toMatch(
      /^Connection successfully activated \(D-Bus active path: \/org\/freedesktop\/NetworkManager\/ActiveConnection\/\d+\)\n$/,
    );
    expect(fixture('generic/nmcli-con-up-plain.txt')).toMatch(
      /^Connection successfully activated \(D-Bus active path: \/org\/freedesktop\/NetworkManager\/ActiveConnection\/\d+\)\n$/,
    );
    const del = await run(
      host,
      'nmcli',
      'connection',
      'delete',
      'uuid',
      'd1ce7368-eda2-34c4-a40a-f93122e9646f',
    );
    expect(del.stdout).toBe(
      "Connection 'enp1s0' (d1ce7368-eda2-34c4-a40a-f93122e9646f) successfully deleted.\n",
    );
  });

  it('ip -j route / addr', async () => {
    const host = new SimulatedHost('centos-stream9');
    expect(parseIpRouteJson((await run(host, 'ip', '-j', 'route', 'show', 'default')).stdout)).toEqual({
      dev: 'enp1s0',
      gateway: '192.168.1.1',
      metric: 100,
    });
    expect(parseIpAddrJson((await run(host, 'ip', '-j', 'addr', 'show')).stdout)).toEqual([
      {
        ifname: 'lo',
        mac: '00:00:00:00:00:00',
        addresses: ['127.0.0.1/8'],
        state: 'UP',
        mtu: 1500,
        global: [],
      },
      {
        ifname: 'enp1s0',
        mac: '52:54:00:6b:3c:1d',
        addresses: ['192.168.1.20/24'],
        state: 'UP',
        mtu: 1500,
        global: [{ cidr: '192.168.1.20/24', dynamic: false }],
      },
    ]);
  });

  it('parseVirshNetList reads the sim at each stage', async () => {
    const host = await withLibvirtd();
    const list = async () => parseVirshNetList((await run(host, 'virsh', 'net-list', '--all')).stdout);
    expect(await list()).toEqual([{ name: 'default', active: false, autostart: false, persistent: true }]);
    await run(host, 'virsh', 'net-start', 'default');
    expect(await list()).toEqual([{ name: 'default', active: true, autostart: false, persistent: true }]);
  });
});

/** Records every probe command and its exit code, so a parser silently given an error text is caught. */
class RecordingHost implements Host {
  readonly simulated = true;
  readonly runs: Array<{ argv: string; exitCode: number }> = [];
  constructor(private readonly inner: SimulatedHost) {}
  async run(argv: readonly string[], options?: RunOptions): Promise<RunResult> {
    const r = await this.inner.run(argv, options);
    this.runs.push({ argv: argv.slice(0, 3).join(' '), exitCode: r.exitCode });
    return r;
  }
  readFile(path: string) {
    return this.inner.readFile(path);
  }
  exists(path: string) {
    return this.inner.exists(path);
  }
  listDir(path: string) {
    return this.inner.listDir(path);
  }
  fileSize(path: string) {
    return this.inner.fileSize(path);
  }
  readBytes(path: string, offset: number, length: number) {
    return this.inner.readBytes(path, offset, length);
  }
  isRoot() {
    return this.inner.isRoot();
  }
  download(request: DownloadRequest) {
    return this.inner.download(request);
  }
}

describe('probeFacts on the simulated host', () => {
  it('addresses of every interface but lo; Cockpit’s root rule only once Cockpit is installed', async () => {
    const sim = new SimulatedHost('centos-stream9');
    const before = await probeFacts(sim, PROFILES.el9);
    expect(before.ipv4Addresses).toEqual([{ iface: 'enp1s0', cidr: '192.168.1.20/24' }]);
    // Not installed: say nothing (Cockpit before 280, as on CentOS 7, lets root in).
    expect(before.cockpitLogin).toEqual({ rootRefused: false, adminGroup: 'wheel', admins: [] });
    await sim.run(['dnf', '-y', 'install', 'cockpit']);
    const after = await probeFacts(sim, PROFILES.el9);
    expect(after.cockpitLogin).toEqual({ rootRefused: true, adminGroup: 'wheel', admins: [] });
  });

  it.each([
    ['enforcing', '1', true],
    ['permissive (labels still matter: it can be switched to enforcing)', '0', true],
    ['off (no selinuxfs)', undefined, false],
  ] as const)('SELinux %s → selinuxEnabled %s', async (_what, enforce, enabled) => {
    const sim = new SimulatedHost('centos-stream9');
    if (enforce === undefined) sim.state.files.delete('/sys/fs/selinux/enforce');
    else sim.state.files.set('/sys/fs/selinux/enforce', enforce);
    expect((await probeFacts(sim, PROFILES.el9)).selinuxEnabled).toBe(enabled);
  });

  it('a fresh CentOS Stream 9: every source parses to the expected facts', async () => {
    const sim = new SimulatedHost('centos-stream9');
    const host = new RecordingHost(sim);
    const facts = await probeFacts(host, PROFILES.el9);
    expect(facts.os).toEqual({
      id: 'centos',
      idLike: ['rhel', 'fedora'],
      versionId: '9',
      name: 'CentOS Stream',
      prettyName: 'CentOS Stream 9',
    });
    expect(facts.cpu).toEqual({
      vendor: 'intel',
      flag: 'vmx',
      model: 'Intel(R) Xeon(R) Silver 4214 CPU @ 2.20GHz',
      count: 4,
    });
    expect([facts.devKvm, facts.kvmModules, facts.isRoot, facts.selinuxEnabled]).toEqual([
      true,
      ['kvm', 'kvm_intel'],
      true,
      true,
    ]);
    expect(facts.packages).toEqual({
      'qemu-kvm': false,
      libvirt: false,
      'virt-install': false,
      cockpit: false,
      'cockpit-machines': false,
    });
    expect(facts.units['NetworkManager.service']).toEqual({ enabled: 'enabled', active: 'active' });
    expect(facts.units['firewalld.service']).toEqual({ enabled: 'enabled', active: 'active' });
    expect(facts.units['libvirtd.service']).toEqual({ enabled: 'not-found', active: 'inactive' });
    expect(facts.libvirtNetworks).toBeUndefined();
    expect([facts.nm.running, facts.nm.version]).toEqual([true, '1.48.10']);
    expect(facts.nm.connections.map((c) => [c.name, c.type, c.device])).toEqual([
      ['enp1s0', 'ethernet', 'enp1s0'],
      ['lo', 'loopback', 'lo'],
    ]);
    const { profile, ...connection } = facts.uplink?.connection ?? {};
    expect(profile?.['ipv4.addresses']).toBe('192.168.1.20/24');
    expect(profile?.['ipv6.method']).toBe('auto');
    expect({ ...facts.uplink, connection }).toEqual({
      interface: 'enp1s0',
      mac: '52:54:00:6B:3C:1D',
      liveAddresses: ['192.168.1.20/24'],
      gateway: '192.168.1.1',
      defaultRouteMetric: 100,
      // The working state the bridge must keep: the default route, the MTU and the profile's DNS.
      state: {
        addresses: [{ cidr: '192.168.1.20/24', dynamic: false }],
        routes: [
          {
            family: 4,
            dst: 'default',
            gateway: '192.168.1.1',
            dev: 'enp1s0',
            metric: 100,
            protocol: 'static',
          },
        ],
        mtu: 1500,
        dns: ['192.168.1.1'],
      },
      connection: {
        uuid: 'd1ce7368-eda2-34c4-a40a-f93122e9646f',
        name: 'enp1s0',
        type: 'ethernet',
        controller: '',
        ipv4: {
          method: 'manual',
          addresses: ['192.168.1.20/24'],
          gateway: '192.168.1.1',
          dns: ['192.168.1.1'],
        },
        ipv6: { method: 'auto', addresses: [], gateway: '', dns: [] },
      },
    });
    expect(facts.firewall).toEqual({ kind: 'firewalld', cockpitAllowed: false });
    expect(facts.hasVirtHostValidate).toBe(false);
    expect(facts.isos).toEqual([
      {
        path: '/var/lib/libvirt/images/CentOS-Stream-9-latest-x86_64-boot.iso',
        sizeBytes: 1_212_153_856,
        volumeId: 'CentOS-Stream-9-BaseOS-x86_64',
      },
    ]);
    expect(facts.memoryMiB).toBe(15776);

    const byCommand = Object.fromEntries(host.runs.map((r) => [r.argv, r.exitCode]));
    expect(byCommand['rpm -q qemu-kvm']).toBe(5);
    expect(byCommand['systemctl show -p']).toBe(0);
    expect(byCommand['virsh net-list --all']).toBe(127);
    expect(byCommand['nmcli -t -f']).toBe(0);
    expect(byCommand['ip -j route']).toBe(0);
    expect(byCommand['ip -j addr']).toBe(0);
    expect(byCommand['firewall-cmd --query-service=cockpit']).toBe(1);
  });

  it('after the wizard: libvirt answers, the default network is listed, the uplink is the bridge', async () => {
    const sim = new SimulatedHost('centos-stream8');
    for (const argv of [
      ['dnf', '-y', 'module', 'install', 'virt'],
      ['systemctl', 'enable', '--now', 'libvirtd.service'],
      ['virsh', 'net-start', 'default'],
      ['virsh', 'net-autostart', 'default'],
      ['firewall-cmd', '--permanent', '--add-service=cockpit'],
      [
        'nmcli',
        'connection',
        'add',
        'type',
        'bridge',
        'con-name',
        'br0',
        'ifname',
        'br0',
        'ipv4.method',
        'auto',
      ],
      [
        'nmcli',
        'connection',
        'add',
        'type',
        'ethernet',
        'con-name',
        'br0-port-eth0',
        'ifname',
        'eth0',
        'master',
        'br0',
        'slave-type',
        'bridge',
      ],
      ['nmcli', 'connection', 'up', 'br0-port-eth0'],
      ['nmcli', 'connection', 'delete', 'uuid', '5fb06bd0-0bb0-7ffb-45f1-d6edd65f3e03'],
    ]) {
      expect((await sim.run(argv)).exitCode).toBe(0);
    }
    const facts = await probeFacts(sim, PROFILES.el8);
    expect(facts.libvirtNetworks).toEqual([
      { name: 'default', active: true, autostart: true, persistent: true },
    ]);
    expect(facts.units['libvirtd.service']).toEqual({ enabled: 'enabled', active: 'active' });
    expect(facts.firewall).toEqual({ kind: 'firewalld', cockpitAllowed: true });
    expect(facts.uplink?.interface).toBe('br0');
    // The card was static and the bridge asks DHCP: it has the simulated server's lease, not the old address.
    expect(facts.uplink?.liveAddresses).toEqual([SIM_DHCP_LEASE]);
    expect(facts.uplink?.connection?.type).toBe('bridge');
    expect(facts.nm.connections.map((c) => [c.name, c.type, c.device])).toEqual([
      ['lo', 'loopback', 'lo'],
      ['br0', 'bridge', 'br0'],
      ['br0-port-eth0', 'ethernet', 'eth0'],
    ]);
  });
});
