// SPICE only where the host's QEMU has it: RHEL 9 and later removed it ("spice graphics are not supported with
// this QEMU"). The plan names an answers file's spice there, the simulated virt-install fails like the real one,
// and the summary's console hint follows the graphics the VM got.
import { describe, expect, it } from 'vitest';
import { answersSchema } from '../../src/answers/schema.js';
import type { Facts } from '../../src/facts/types.js';
import { t } from '../../src/i18n/messages.js';
import { planStep } from '../../src/plan/plan.js';
import { PROFILES, type ProfileId } from '../../src/plan/profiles.js';
import { graphicsChoices } from '../../src/plan/steps/vm.js';
import type { StepPlan } from '../../src/plan/types.js';
import { nextSteps } from '../../src/present/text.js';
import type { StepResult } from '../../src/run/session.js';
import { SimulatedHost } from '../../src/sim/sim-host.js';
import { allInstalled, freshFacts, type Release } from './facts-builder.js';

const ISO = '/var/lib/libvirt/images/CentOS-Stream-9-latest-x86_64-boot.iso';
const withGraphics = (graphics: string) =>
  answersSchema.parse({ iso: { path: ISO }, vm: { name: 'vm1', graphics, network: 'nat' } });
/** After the packages, services and network steps, the ISO there. */
const ready = (release: Release): Facts =>
  freshFacts(release, {
    ...allInstalled(release),
    isos: [{ path: ISO, volumeId: 'CentOS-Stream-9-BaseOS-x86_64', sizeBytes: 1_212_153_856 }],
    vms: [],
    libvirtNetworks: [{ name: 'default', active: true, autostart: true, persistent: true }],
  });
const planVm = (release: Release, graphics: string) =>
  planStep('vm', ready(release), withGraphics(graphics), PROFILES[release]);
const graphicsArg = (p: StepPlan) => {
  const argv = p.commands[0]?.argv ?? [];
  return argv[argv.indexOf('--graphics') + 1];
};

describe('which consoles a host offers', () => {
  it.each([
    ['el8', ['vnc', 'spice']],
    ['el9', ['vnc']],
    ['el10', ['vnc']],
    ['fedora', ['vnc', 'spice']],
    ['debian', ['vnc', 'spice']],
    ['ubuntu', ['vnc', 'spice']],
  ] as const)('%s: %j', (id: ProfileId, choices) => {
    expect(graphicsChoices(PROFILES[id])).toEqual(choices);
  });
});

describe('the VM plan with spice in the answers', () => {
  it('EL9: blocked before anything runs, naming the release, the error and the fix (vnc)', () => {
    const p = planVm('el9', 'spice');
    expect(p.state).toBe('blocked');
    expect(p.commands).toEqual([]);
    const says = p.notes.map((n) => t(n.key, n.params));
    expect(says).toHaveLength(1);
    expect(says[0]).toContain('Enterprise Linux 9');
    expect(says[0]).toContain('spice graphics are not supported with this QEMU');
    expect(says[0]).toContain('vm.graphics to vnc');
  });

  it('EL9 with vnc, EL8 with spice: virt-install gets what was asked', () => {
    expect(planVm('el9', 'vnc').state).toBe('todo');
    expect(graphicsArg(planVm('el9', 'vnc'))).toBe('vnc,listen=127.0.0.1');
    expect(planVm('el8', 'spice').state).toBe('todo');
    expect(graphicsArg(planVm('el8', 'spice'))).toBe('spice,listen=127.0.0.1');
  });
});

describe('the simulated virt-install', () => {
  /** The simulated host after the packages and services steps. */
  const host = (name: string) => {
    const sim = new SimulatedHost(name);
    for (const p of ['qemu-kvm', 'libvirt', 'virt-install']) sim.state.installed.add(p);
    sim.state.units.set('libvirtd.service', { enabled: 'enabled', active: 'active' });
    return sim;
  };
  const install = (sim: SimulatedHost, graphics: string) =>
    sim.run(['virt-install', '--name', 'vm1', '--cdrom', ISO, '--graphics', `${graphics},listen=127.0.0.1`]);

  it('CentOS Stream 9: spice fails as on the real host, and no VM is made; vnc works', async () => {
    const sim = host('centos-stream9');
    const r = await install(sim, 'spice');
    expect(r.exitCode).toBe(1);
    expect(r.stderr).toContain(
      'ERROR    unsupported configuration: spice graphics are not supported with this QEMU',
    );
    expect(sim.state.vms).toEqual([]);
    expect((await install(sim, 'vnc')).exitCode).toBe(0);
    expect(sim.state.vms).toEqual(['vm1']);
  });

  it('CentOS Stream 8: spice works, and the VM has no VNC display', async () => {
    const sim = host('centos-stream8');
    expect((await install(sim, 'spice')).exitCode).toBe(0);
    const display = await sim.run(['virsh', '--connect', 'qemu:///system', 'vncdisplay', 'vm1']);
    expect(display.exitCode).toBe(1);
    expect(display.stderr).toContain('Is this domain using VNC?');
  });
});

describe('the summary’s console hint', () => {
  const done = (plan: StepPlan): StepResult => ({ id: 'vm', outcome: 'done', plan }) as unknown as StepResult;

  it('a SPICE VM: its SPICE address and remote-viewer, no VNC tunnel (even with a display known)', () => {
    const text = nextSteps([done(planVm('el8', 'spice'))], { ...ready('el8'), vncDisplays: { vm1: 0 } });
    expect(text).toContain('virsh domdisplay vm1');
    expect(text).toContain('remote-viewer spice://');
    expect(text).not.toContain('VNC');
    expect(text).not.toContain('5900');
  });

  it('a VNC VM: the tunnel to its VNC port', () => {
    const text = nextSteps([done(planVm('el8', 'vnc'))], { ...ready('el8'), vncDisplays: { vm1: 0 } });
    expect(text).toContain('ssh -L 5900:127.0.0.1:5900');
    expect(text).not.toContain('spice');
  });
});
