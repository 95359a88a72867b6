// The summary's way to a new VM's installer: the exact SSH tunnel to its VNC port, from what virsh says.
import { describe, expect, it } from 'vitest';
import { parseVncDisplay } from '../../src/facts/probe.js';
import { PROFILES } from '../../src/plan/profiles.js';
import { note } from '../../src/plan/types.js';
import { nextSteps } from '../../src/present/text.js';
import type { StepResult } from '../../src/run/session.js';
import { probe } from '../../src/run/session.js';
import { SimulatedHost } from '../../src/sim/sim-host.js';

/** As after the packages, services and network steps, with one VM defined. */
function hostWithVm(): SimulatedHost {
  const sim = new SimulatedHost();
  for (const p of ['qemu-kvm', 'libvirt', 'virt-install']) sim.state.installed.add(p);
  sim.state.units.set('libvirtd.service', { enabled: 'enabled', active: 'active' });
  sim.state.networks.push({ name: 'default', active: true, autostart: true });
  sim.state.vms.push('other', 'vm1');
  return sim;
}

const vmDone = (name: string): StepResult =>
  ({
    id: 'vm',
    outcome: 'done',
    plan: { id: 'vm', state: 'todo', notes: [note('vm.reach', 'info', { name })], commands: [] },
  }) as unknown as StepResult;

describe('virsh vncdisplay', () => {
  it('reads the display of 127.0.0.1:0, :1 and [::1]:2; an error or a silly number is none', () => {
    expect(parseVncDisplay('127.0.0.1:0\n\n')).toBe(0);
    expect(parseVncDisplay(':1\n')).toBe(1);
    expect(parseVncDisplay('[::1]:2\n\n')).toBe(2);
    for (const text of [
      '',
      'error: Requested operation is not valid: domain is not running',
      ':99999',
      'x:1a',
    ])
      expect(parseVncDisplay(text), text).toBeUndefined();
  });

  it('the probe asks virsh for every defined VM (on the simulated host: display = its place in the list)', async () => {
    const facts = await probe(hostWithVm(), PROFILES.el9, {});
    expect(facts.vncDisplays).toEqual({ other: 0, vm1: 1 });
  });
});

describe('the summary after the VM step', () => {
  it('names the tunnel to the VM’s own port, at the address the SSH session uses', async () => {
    const facts = await probe(hostWithVm(), PROFILES.el9, {});
    const text = nextSteps([vmDone('vm1')], {
      ...facts,
      ssh: {
        clientAddress: '192.168.1.50',
        clientPort: 50000,
        localAddress: '192.168.1.20',
        localPort: 22,
        multiplexer: 'none',
      },
    });
    expect(text).toContain('ssh -L 5901:127.0.0.1:5901 root@192.168.1.20');
    expect(text).toContain('localhost:5901');
    expect(text.length).toBeLessThanOrEqual(2 * 80);
  });

  it('without a display from virsh (SPICE, a stopped VM) only the general way is said, no made-up port', async () => {
    const facts = await probe(hostWithVm(), PROFILES.el9, {});
    const text = nextSteps([vmDone('vm9')], facts);
    expect(text).toContain('virsh domdisplay vm9');
    expect(text).not.toContain('ssh -L');
  });
});
