import { describe, expect, it } from 'vitest';
import { SimulatedHost } from '../../src/sim/sim-host.js';

/**
 * rpm and dpkg commit one package at a time: a Ctrl-C before the transaction installs nothing, and the wizard
 * (which reads what changed from the host) must not then say the packages were installed.
 */
const installed = async (host: SimulatedHost, name: string) =>
  (await host.run(['rpm', '-q', name])).exitCode === 0;

async function stoppedAfter(profile: string, argv: string[], lines: number) {
  const host = new SimulatedHost(profile, 5);
  const stop = new AbortController();
  let seen = 0;
  const result = await host.run(argv, {
    signal: stop.signal,
    onLine: () => {
      seen++;
      if (seen === lines) stop.abort();
    },
  });
  return { host, result };
}

describe('the simulated package install, stopped midway', () => {
  it('dnf stopped while downloading installs nothing', async () => {
    const { host, result } = await stoppedAfter(
      'centos-stream9',
      ['dnf', '-y', 'install', 'qemu-kvm', 'libvirt'],
      3,
    );
    expect(result.canceled).toBe(true);
    expect(await installed(host, 'qemu-kvm')).toBe(false);
    expect(await installed(host, 'libvirt')).toBe(false);
  });

  it('dnf run to the end installs every package', async () => {
    const host = new SimulatedHost('centos-stream9', 1);
    const result = await host.run(['dnf', '-y', 'install', 'qemu-kvm', 'libvirt']);
    expect(result.exitCode).toBe(0);
    expect(await installed(host, 'qemu-kvm')).toBe(true);
    expect(await installed(host, 'libvirt')).toBe(true);
  });

  it('apt-get stopped after its first "Setting up" keeps just that package', async () => {
    const argv = ['apt-get', 'install', '-y', 'qemu-system-x86', 'libvirt-daemon-system'];
    const { host } = await stoppedAfter('debian12', argv, 9);
    const dpkg = async (n: string) => (await host.run(['dpkg-query', '-W', n])).exitCode === 0;
    expect(await dpkg('qemu-system-x86')).toBe(true);
    expect(await dpkg('libvirt-daemon-system')).toBe(false);
  });
});

describe('the simulated ISO download, stopped midway', () => {
  it('stops at the Ctrl-C like the real one: not ok, said canceled, and no ISO there', async () => {
    const host = new SimulatedHost('centos-stream9', 1);
    const stop = new AbortController();
    let progress = 0;
    const dest = '/var/lib/libvirt/images/a.iso';
    const outcome = await host.download(
      { url: 'https://example.org/a.iso', dest },
      {
        signal: stop.signal,
        onProgress: () => {
          progress++;
          if (progress === 3) stop.abort();
        },
      },
    );
    expect(outcome.ok).toBe(false);
    expect(progress).toBe(3);
    expect(outcome.ok ? '' : outcome.message).toMatch(/cancel|stopp/i);
    expect((await host.run(['test', '-e', dest])).exitCode).not.toBe(0);
  });
});
