// Check-it-yourself commands run through the Host seam; whatever they print reaches the screen harmless and bounded.
import { describe, expect, it } from 'vitest';
import type { Host, RunOptions, RunResult } from '../../src/host/host.js';
import { RealHost } from '../../src/host/real-host.js';
import { hasControlChars } from '../../src/i18n/visible.js';
import { STEP_IDS } from '../../src/plan/types.js';
import { MAX_LINES, runTryIt, TRY_IT } from '../../src/run/try-it.js';
import { SimulatedHost } from '../../src/sim/sim-host.js';

/** A host whose every command prints `out` (the seam is all runTryIt may use). */
function printing(
  out: Partial<RunResult>,
  seen: Array<{ argv: readonly string[]; options?: RunOptions }> = [],
) {
  return {
    simulated: false,
    run: async (argv: readonly string[], options?: RunOptions) => {
      seen.push({ argv, options });
      return { exitCode: 0, stdout: '', stderr: '', ...out };
    },
  } as unknown as Host;
}

describe('runTryIt', () => {
  it('every step has commands, each read-only (no command of the plan: no install, enable, add or up)', () => {
    for (const id of STEP_IDS) {
      expect(TRY_IT[id].length, id).toBeGreaterThan(0);
      for (const c of TRY_IT[id])
        expect(c.argv.join(' ')).toMatch(
          /^(grep -Ec|lsmod|virsh (net-)?list --all|nmcli connection show|bridge link|ls \/var\/lib\/libvirt\/images$)/,
        );
    }
  });

  it('runs the argv, with a timeout, and filters like the pipe it shows (lsmod | grep kvm)', async () => {
    const seen: Array<{ argv: readonly string[]; options?: RunOptions }> = [];
    const host = printing({ stdout: 'Module   Size  Used by\nkvm_intel  1  0\nxfs  2  1\n' }, seen);
    const [cpu, mods] = await runTryIt(host, 'host');
    expect(seen.map((s) => s.argv)).toEqual([['grep', '-Ec', 'vmx|svm', '/proc/cpuinfo'], ['lsmod']]);
    expect(seen.every((s) => (s.options?.timeoutMs ?? 0) > 0)).toBe(true);
    expect(cpu?.shown).toBe("grep -Ec 'vmx|svm' /proc/cpuinfo");
    expect(mods).toEqual({ shown: 'lsmod | grep kvm', lines: ['kvm_intel  1  0'], more: 0, exitCode: 0 });
  });

  it('grep finding nothing is exit 1 with no lines, as the shell would show', async () => {
    const [, mods] = await runTryIt(printing({ stdout: 'Module  Size  Used by\nxfs 1 0\n' }), 'host');
    expect(mods).toMatchObject({ lines: [], exitCode: 1 });
  });

  it('control characters are written out, tabs expanded, long lines cut, long output bounded', async () => {
    const hostile = `\u001b[2J\u001b]0;pwned\u0007evil\u202ename\tx\n${'y'.repeat(5000)}\n${'z\n'.repeat(500)}`;
    const [out] = await runTryIt(printing({ stdout: hostile }), 'network');
    // The tab becomes spaces to the next 8-column stop (counted on the raw line).
    expect(out?.lines[0]).toBe('\\e[2J\\e]0;pwned\\x07evil\\u202ename x');
    expect(out?.lines[1]?.length).toBeLessThanOrEqual(200);
    expect(out?.lines).toHaveLength(MAX_LINES);
    expect(out?.more).toBe(502 - MAX_LINES);
    for (const l of out?.lines ?? []) expect(hasControlChars(l), l).toBe(false);
  });

  it('a missing command says so, as the shell does', async () => {
    const [out] = await runTryIt(printing({ exitCode: 127, notFound: true, stderr: '' }), 'packages');
    expect(out).toEqual({
      shown: 'virsh list --all',
      lines: ['bash: virsh: command not found'],
      more: 0,
      exitCode: 127,
    });
  });

  it('on the simulated host: real layouts, and the state the steps left', async () => {
    const host = new SimulatedHost('centos-stream9');
    const [cpu, mods] = await runTryIt(host, 'host');
    expect(cpu?.lines).toEqual(['4']);
    expect(mods?.lines).toEqual([
      'kvm_intel             245760  0',
      'kvm                   745472  1 kvm_intel',
      'irqbypass              16384  1 kvm',
    ]);
    const [vms] = await runTryIt(host, 'packages');
    expect(vms?.lines).toEqual(['bash: virsh: command not found']);
  });

  it('on this machine (a real host): grep reads the real /proc/cpuinfo and prints a count', async () => {
    const [cpu] = await runTryIt(new RealHost(), 'host');
    expect(cpu?.lines).toHaveLength(1);
    expect(cpu?.lines[0]).toMatch(/^\d+$/);
  });
});
