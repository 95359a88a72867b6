import { describe, expect, it } from 'vitest';
import { probeFacts } from '../../src/facts/probe.js';
import { PROFILES } from '../../src/plan/profiles.js';
import { SimulatedHost } from '../../src/sim/sim-host.js';
import { fixture } from '../fixture.js';

describe('probeFacts: CPU', () => {
  it('takes the flag from lscpu when the cpuinfo flags line lacks it (cross-check)', async () => {
    const sim = new SimulatedHost('centos-stream9');
    sim.state.files.set('/proc/cpuinfo', 'processor\t: 0\nvendor_id\t: GenuineIntel\nflags\t\t: fpu vme\n');
    const run = sim.run.bind(sim);
    // lscpu on a real VT-x host (fixture), answered through the same seam.
    sim.run = async (argv, options) =>
      argv[0] === 'lscpu'
        ? { exitCode: 0, stdout: fixture('ubuntu/lscpu.vt-x.xeon-e5-2690v3.txt'), stderr: '' }
        : run(argv, options);
    const facts = await probeFacts(sim, PROFILES.el9);
    expect(facts.cpu.flag).toBe('vmx');
    expect(facts.cpu.vendor).toBe('intel');
  });

  it('no flag anywhere: none (the host step then explains the BIOS/UEFI setting)', async () => {
    const sim = new SimulatedHost('centos-stream9');
    sim.state.files.set(
      '/proc/cpuinfo',
      fixture('generic/proc-cpuinfo.amd-epyc-kvm-guest-no-svm.debian12.txt'),
    );
    const facts = await probeFacts(sim, PROFILES.el9);
    expect(facts.cpu.flag).toBeUndefined();
  });
});
