// A whole wizard run against the simulated host, through Session: probe → plan → execute → re-probe → verify,
// then a second run that must change nothing.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseOsRelease } from '../../../src/facts/parse/os-release.js';
import { planStep } from '../../../src/plan/plan.js';
import { detectProfile, PROFILES } from '../../../src/plan/profiles.js';
import type { StepId } from '../../../src/plan/types.js';
import type { CommandEvents } from '../../../src/run/execute.js';
import { Session } from '../../../src/run/session.js';
import { Transcript } from '../../../src/run/transcript.js';
import { SimulatedHost } from '../../../src/sim/sim-host.js';

const STEPS: StepId[] = ['host', 'packages', 'validate', 'services', 'network', 'iso', 'bridge'];

const dir = mkdtempSync(join(tmpdir(), 'kvm-wizard-sim-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function sessionFor(simProfile: string, name: string): Promise<Session> {
  const host = new SimulatedHost(simProfile);
  const id = detectProfile(parseOsRelease((await host.readFile('/etc/os-release')) ?? ''));
  if (!id) throw new Error(`no profile for ${simProfile}`);
  const session = new Session(host, PROFILES[id], {}, new Transcript(join(dir, name)));
  await session.probe();
  return session;
}

/** Like --yes: keep the bridge once every check passed. */
const events = (phases: string[]): CommandEvents => ({
  onBridgeStatus: (status, confirm) => {
    phases.push(status.phase);
    if (status.phase === 'verified') confirm();
  },
});

async function runAll(session: Session, phases: string[] = []) {
  const outcomes: Record<string, string> = {};
  for (const id of STEPS) {
    const r = await session.runStep(id, events(phases));
    outcomes[id] = r.outcome;
    if (r.outcome === 'failed') outcomes[`${id}.failure`] = JSON.stringify(r.failure);
  }
  return outcomes;
}

/** The commands of the transcript ("$ …" lines), in order. */
const commandsIn = (text: string) =>
  text
    .split('\n')
    .filter((l) => l.startsWith('$ '))
    .map((l) => l.slice(2));

const FIRST_PASS = {
  host: 'already',
  packages: 'done',
  validate: 'done',
  services: 'done',
  network: 'done',
  iso: 'skipped',
  bridge: 'done',
};
// virt-host-validate is read-only and runs every time ('check'), so its step says done, not already.
const SECOND_PASS = {
  host: 'already',
  packages: 'already',
  validate: 'done',
  services: 'already',
  network: 'already',
  iso: 'skipped',
  bridge: 'already',
};

const MODULAR =
  'virtqemud.socket virtqemud-ro.socket virtqemud-admin.socket virtnetworkd.socket virtnetworkd-ro.socket ' +
  'virtnetworkd-admin.socket virtnodedevd.socket virtnodedevd-ro.socket virtnodedevd-admin.socket ' +
  'virtnwfilterd.socket virtnwfilterd-ro.socket virtnwfilterd-admin.socket virtsecretd.socket ' +
  'virtsecretd-ro.socket virtsecretd-admin.socket virtstoraged.socket virtstoraged-ro.socket virtstoraged-admin.socket';

const CASES = [
  {
    sim: 'centos-stream9',
    packages: [
      'dnf -y install qemu-kvm libvirt virt-install cockpit cockpit-machines /usr/bin/virt-host-validate',
    ],
    libvirt: `systemctl enable --now ${MODULAR}`,
    nic: 'enp1s0',
    oldProfile: 'd1ce7368-eda2-34c4-a40a-f93122e9646f',
    words: 'controller br0 port-type bridge',
  },
  {
    sim: 'centos-stream8',
    packages: [
      'dnf -y module install virt',
      'dnf -y install virt-install cockpit cockpit-machines /usr/bin/virt-host-validate',
    ],
    libvirt: 'systemctl enable --now libvirtd.service',
    nic: 'eth0',
    oldProfile: '5fb06bd0-0bb0-7ffb-45f1-d6edd65f3e03',
    words: 'master br0 slave-type bridge',
  },
  {
    sim: 'centos-stream10',
    packages: [
      'dnf -y install qemu-kvm libvirt virt-install cockpit cockpit-machines /usr/bin/virt-host-validate',
    ],
    libvirt: `systemctl enable --now ${MODULAR}`,
    nic: 'enp1s0',
    oldProfile: 'd1ce7368-eda2-34c4-a40a-f93122e9646f',
    words: 'controller br0 port-type bridge',
  },
];

describe.each(CASES)('$sim: full lifecycle', (c) => {
  it('first pass does every step, a second pass finds everything already so', async () => {
    const session = await sessionFor(c.sim, c.sim);
    const phases: string[] = [];
    expect(await runAll(session, phases)).toEqual(FIRST_PASS);
    expect(phases).toEqual(['applying', 'verified', 'committed']);

    const first = readFileSync(session.transcript.path, 'utf8');
    const ran = commandsIn(first);
    // The plain steps, in order, exactly; the bridge commands are checked as a set of lines below.
    expect(ran.slice(0, c.packages.length + 5)).toEqual([
      ...c.packages,
      'virt-host-validate qemu',
      c.libvirt,
      'systemctl enable --now cockpit.socket',
      'firewall-cmd --add-service=cockpit',
      'firewall-cmd --permanent --add-service=cockpit',
    ]);
    expect(ran).toContain('virsh net-start default');
    expect(ran).toContain('virsh net-autostart default');
    expect(ran).not.toContain('virsh net-define /usr/share/libvirt/networks/default.xml');
    expect(ran).toContain(
      `nmcli connection add type ethernet con-name br0-port-${c.nic} ifname ${c.nic} connection.autoconnect yes ${c.words}`,
    );
    expect(ran).toContain(`nmcli connection up br0-port-${c.nic}`);
    expect(ran).toContain(`nmcli connection delete uuid ${c.oldProfile}`);

    // The host is what the plan said it would be.
    const f = session.facts;
    expect(f.uplink?.interface).toBe('br0');
    expect(f.uplink?.liveAddresses).toEqual(['192.168.1.20/24']);
    expect(f.uplink?.mac).toBe('52:54:00:6B:3C:1D');
    expect(f.libvirtNetworks).toEqual([{ name: 'default', active: true, autostart: true, persistent: true }]);
    expect(f.nm.checkpoints).toEqual([]);

    const second = await runAll(session);
    expect(second).toEqual(SECOND_PASS);
    const again = commandsIn(readFileSync(session.transcript.path, 'utf8').slice(first.length));
    expect(again).toEqual(['virt-host-validate qemu']);
  });
});

/** A VM host without nested virtualization: no vmx flag, no kvm_intel, no /dev/kvm. */
function hideVirtualization(host: SimulatedHost): void {
  const cpuinfo = host.state.files.get('/proc/cpuinfo') ?? '';
  host.state.files.set('/proc/cpuinfo', cpuinfo.replaceAll(' vmx ', ' '));
  host.state.cpuFlag = undefined;
  host.state.modules = new Set(['kvm']);
}

describe('blocked and failed steps on the simulated host', () => {
  it('a CPU without vmx blocks the host step, and validate fails on the missing hardware virtualization', async () => {
    const session = await sessionFor('centos-stream9', 'novmx');
    hideVirtualization(session.host as SimulatedHost);
    await session.probe();
    expect((await session.runStep('host')).outcome).toBe('blocked');
    expect((await session.runStep('packages')).outcome).toBe('done');
    const validate = await session.runStep('validate');
    expect(validate.outcome).toBe('failed');
    expect(validate.validate?.filter((l) => l.status === 'FAIL').map((l) => l.check)).toEqual([
      'for hardware virtualization',
    ]);
  });

  it('with allowNoVirt the same host passes host and validate', async () => {
    const session = await sessionFor('centos-stream9', 'allownovirt');
    hideVirtualization(session.host as SimulatedHost);
    session.answers = { host: { allowNoVirt: true } };
    await session.probe();
    expect((await session.runStep('host')).outcome).toBe('already');
    expect((await session.runStep('packages')).outcome).toBe('done');
    expect((await session.runStep('validate')).outcome).toBe('done');
  });

  it('the kvm module not loaded: host step runs modprobe and verifies /dev/kvm', async () => {
    const session = await sessionFor('centos-stream8', 'modprobe');
    const host = session.host as SimulatedHost;
    host.state.modules = new Set(['kvm']);
    await session.probe();
    expect(
      planStep('host', session.facts, session.answers, session.profile).commands.map((c) => c.argv),
    ).toEqual([['modprobe', 'kvm_intel']]);
    expect((await session.runStep('host')).outcome).toBe('done');
    expect(session.facts.devKvm).toBe(true);
  });

  it('a command that fails stops the step with its exit code and error text', async () => {
    const session = await sessionFor('centos-stream9', 'fail');
    // Without the packages step the services step is blocked (prerequisites.ts), so install them, then lose
    // one unit file behind the wizard's back: enabling it fails like systemctl does.
    expect((await session.runStep('services')).outcome).toBe('blocked');
    expect((await session.runStep('packages')).outcome).toBe('done');
    (session.host as SimulatedHost).state.units.delete('virtqemud.socket');
    await session.probe();
    const r = await session.runStep('services');
    expect(r.outcome).toBe('failed');
    expect(r.failure?.exitCode).toBe(1);
    expect(r.failure?.command?.argv.slice(0, 4)).toEqual([
      'systemctl',
      'enable',
      '--now',
      'virtqemud.socket',
    ]);
    expect(r.failure?.tail).toEqual(['Failed to enable unit: Unit file virtqemud.socket does not exist.']);
  });

  it('an ISO named in the answers is checked on the host', async () => {
    const session = await sessionFor('centos-stream9', 'iso');
    session.answers = { iso: { path: '/var/lib/libvirt/images/CentOS-Stream-9-latest-x86_64-boot.iso' } };
    await session.probe();
    expect((await session.runStep('iso')).outcome).toBe('already');
    session.answers = { iso: { path: '/srv/none.iso' } };
    await session.probe();
    expect((await session.runStep('iso')).outcome).toBe('blocked');
  });
});

describe('simulated download: the SHA-256 is really compared', () => {
  const url = 'https://mirror.example.org/x.iso';
  const dest = '/var/lib/libvirt/images/x.iso';

  it('a SHA-256 that does not match fails as the real download does, and leaves no ISO', async () => {
    const sim = new SimulatedHost('centos-stream9');
    const got = await sim.download({ url, dest, sha256: 'A'.repeat(64) });
    expect(got.ok).toBe(false);
    if (!got.ok)
      expect(got.message).toMatch(
        /^SHA-256 of x\.iso does not match: expected a{64}, got [0-9a-f]{64}; the download was deleted$/,
      );
    expect(await sim.fileSize(dest)).toBeUndefined();
  });

  it('the mirror’s own checksum file matches: the ISO is there, with the SHA-256 it has', async () => {
    const sim = new SimulatedHost('centos-stream9');
    const got = await sim.download({ url, dest, checksumUrl: 'https://mirror.example.org/SHA256SUMS' });
    expect(got).toEqual({ ok: true, sha256: expect.stringMatching(/^[0-9a-f]{64}$/) });
    // The same bytes hash the same: giving that SHA-256 by hand passes too.
    const again = await new SimulatedHost('centos-stream9').download({
      url,
      dest,
      sha256: got.ok ? got.sha256 : '',
    });
    expect(again.ok).toBe(true);
    expect(await sim.fileSize(dest)).toBeGreaterThan(0);
  });
});
