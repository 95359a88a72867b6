// --target: a plan (dry-run or export) for another release, shown against a fresh host of that release.
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { PROFILES, type ProfileId, profileLabel } from '../../src/plan/profiles.js';
import { cli, ensureBuilt } from './cli.js';

beforeAll(() => ensureBuilt(), 120_000);

const thisMachine = readFileSync('/etc/os-release', 'utf8').match(/^PRETTY_NAME="?([^"\n]+)/m)?.[1] ?? '';

describe('--dry-run --target', () => {
  it.each([
    [
      'centos7',
      'CentOS Linux 7 (Core)',
      '$ yum -y install qemu-kvm libvirt virt-install cockpit cockpit-machines',
    ],
    ['el8', 'CentOS Stream 8', '$ dnf -y module install virt'],
    ['el9', 'CentOS Stream 9', '$ dnf -y install qemu-kvm libvirt virt-install cockpit cockpit-machines'],
    ['el10', 'CentOS Stream 10', '$ systemctl enable --now virtqemud.socket'],
    ['fedora', 'Fedora Linux', '$ dnf -y install @virtualization'],
    ['debian', 'Debian GNU/Linux 12', 'apt-get install -y --no-install-recommends'],
    ['ubuntu', 'Ubuntu 24.04', 'apt-get install -y --no-install-recommends'],
  ] as const)(
    '%s: that release’s commands against a fresh host of it, not this machine',
    (id, system, command) => {
      const r = cli(['--dry-run', '--target', id]);
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
      const label = profileLabel(PROFILES[id as ProfileId]);
      expect(r.stdout.split('\n')[0]).toBe(
        `TARGET ${label} — the plan assumes a freshly installed host of that release; this machine is not looked at`,
      );
      expect(r.stdout).toContain(`· System: ${system}`);
      expect(r.stdout).toContain(command);
      if (!thisMachine.startsWith(system)) expect(r.stdout).not.toContain(thisMachine);
      // The CPU and the NIC are not known: no ticks for made-up facts, no bridge with made-up addresses.
      expect(r.stdout).not.toContain('VT-x found');
      expect(r.stdout).toContain('[7/9] Bridge (blocked)');
      expect(r.stdout).toContain('Left out of a --target plan');
      expect(r.stdout).not.toContain('nmcli');
      expect(r.stdout).not.toContain('192.168.1.20');
    },
  );

  it('the simulation’s sample ISO is not offered as if it were on the target', () => {
    const r = cli(['--dry-run', '--target', 'el9']);
    expect(r.stdout).not.toContain('CentOS-Stream-9-latest-x86_64-boot.iso');
    expect(r.stdout).toContain('[6/9] Installation ISO (nothing to do)');
  });

  it('an unknown profile is a usage error that lists the profiles', () => {
    const r = cli(['--dry-run', '--target', 'el11']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(
      'Unknown profile "el11". Profiles: centos7, el8, el9, el10, fedora, debian, ubuntu',
    );
    expect(r.stdout).toBe('');
  });

  it.each([[['--target', 'el9']], [['--yes', '--target', 'el9']], [['facts', '--target', 'el9']]])(
    '%j is refused: --target plans, it never runs or probes',
    (args) => {
      const r = cli(args);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain('--target only works with --dry-run or export.');
    },
  );
});

it('--target with --simulate is refused: one plans for a fresh host, the other looks at a simulated one', () => {
  const r = cli(['--dry-run', '--simulate=debian12', '--target', 'el9']);
  expect(r.code).toBe(2);
  expect(r.stderr).toBe(
    'kvm-wizard: --target plans for a fresh host of a release and --simulate looks at a simulated host: use one of the two.\n',
  );
  expect(r.stdout).toBe('');
});

describe('export --target', () => {
  it('centos7: a yum script whose header says it is for a fresh host and that Node cannot run there', () => {
    const r = cli(['export', '--target', 'centos7']);
    expect(r.code).toBe(0);
    const lines = r.stdout.split('\n');
    expect(lines[0]).toBe('#!/bin/bash');
    expect(lines[2]).toMatch(
      /^# TARGET CentOS 7 \(end of life\) — the plan assumes a freshly installed host/,
    );
    expect(lines[3]).toMatch(/^# CentOS 7 \(end of life\): Node\.js 20 does not run there\./);
    expect(r.stdout).toContain('\nyum -y install qemu-kvm libvirt virt-install cockpit cockpit-machines');
    expect(r.stdout).toContain('\nsystemctl enable --now libvirtd.service');
    expect(r.stdout).not.toMatch(/^nmcli /m);
    expect(r.stdout).not.toMatch(/^busctl /m);
  });
});
