import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { alreadySo, HELPERS } from '../../src/export/shell.js';
import type { AlreadySo } from '../../src/plan/command.js';
import { simPlans } from './sim-plans.js';

/**
 * The script's "already so" tests against the real virsh, on libvirt's built-in test driver (no daemon): its
 * fresh state has the network "default" active but not started at boot, and one VM, "test".
 */
function answers(u: AlreadySo | undefined): string {
  if (!u) throw new Error('no "already so" test');
  // The VM test names its connection; here it is the test driver's.
  const argv = u.argv.map((w) => (w === 'qemu:///system' ? 'test:///default' : w));
  const script = [...HELPERS, `if ${alreadySo({ ...u, argv })}; then echo yes; else echo no; fi`].join('\n');
  return execFileSync('bash', ['-c', script], {
    encoding: 'utf8',
    env: { PATH: process.env.PATH ?? '', LIBVIRT_DEFAULT_URI: 'test:///default' },
  }).trim();
}

describe('"already so" tests, run by the real virsh', () => {
  it('the network step: started is so, autostart is not', async () => {
    const network = (await simPlans({ sim: 'centos-stream9' })).find((p) => p.id === 'network');
    const test = (verb: string) => network?.commands.find((c) => c.argv[1] === verb)?.unless;
    expect(answers(test('net-start'))).toBe('yes');
    expect(answers(test('net-autostart'))).toBe('no');
  });

  it('the VM step: a VM of that name exists, or not', async () => {
    const vmTest = async (name: string) => {
      const plans = await simPlans({ sim: 'centos-stream9' }, {
        iso: { path: '/x.iso' },
        vm: { name, network: 'nat' },
      } as never);
      const vm = plans.find((p) => p.id === 'vm');
      expect(vm?.state).toBe('todo');
      return answers(vm?.commands[0]?.unless);
    };
    expect(await vmTest('test')).toBe('yes');
    expect(await vmTest('vm1')).toBe('no');
  });
});
