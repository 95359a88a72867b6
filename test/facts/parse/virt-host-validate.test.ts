import { describe, expect, it } from 'vitest';
import { parseVirtHostValidate } from '../../../src/facts/parse/virt-host-validate.js';
import type { ValidateLine } from '../../../src/facts/types.js';
import { fixture } from '../../fixture.js';

const notPass = (lines: ValidateLine[]) => lines.filter((line) => line.status !== 'PASS');
const NO_HWVIRT = 'Only emulated CPUs are available, performance will be significantly limited';
const SECURE_GUEST: ValidateLine = {
  driver: 'QEMU',
  check: 'for secure guest support',
  status: 'WARN',
  hint: 'Unknown if this platform has Secure Guest support',
};

describe('parseVirtHostValidate', () => {
  it('AMD host, old libvirt with mount-point lines: IVRS warning and LXC fuse failure', () => {
    const lines = parseVirtHostValidate(
      fixture('generic/virt-host-validate.warn-iommu-ivrs-lxc-fuse-fail.txt'),
    );
    expect(lines).toHaveLength(38);
    expect(lines.filter((l) => l.driver === 'QEMU')).toHaveLength(18);
    expect(lines.filter((l) => l.driver === 'LXC')).toHaveLength(20);
    expect(lines[0]).toEqual({ driver: 'QEMU', check: 'for hardware virtualization', status: 'PASS' });
    expect(lines[1]).toEqual({ driver: 'QEMU', check: 'if device /dev/kvm exists', status: 'PASS' });
    expect(lines[18]).toEqual({ driver: 'LXC', check: 'for Linux >= 2.6.26', status: 'PASS' });
    expect(notPass(lines)).toEqual([
      {
        driver: 'QEMU',
        check: 'for device assignment IOMMU support',
        status: 'WARN',
        hint: 'No ACPI IVRS table found, IOMMU either disabled in BIOS or not supported by this hardware platform',
      },
      {
        driver: 'LXC',
        check: 'if device /sys/fs/fuse/connections exists',
        status: 'FAIL',
        hint: "Load the 'fuse' module to enable /proc/ overrides",
      },
    ]);
  });

  it('very old libvirt: no hardware virtualization is only a WARN, and no /dev/kvm lines', () => {
    const lines = parseVirtHostValidate(
      fixture('generic/virt-host-validate-qemu.warn-emulated-cpus-old-libvirt.txt'),
    );
    expect(lines).toHaveLength(16);
    expect(lines.some((l) => l.check.includes('/dev/kvm'))).toBe(false);
    expect(lines[4]).toEqual({
      driver: 'QEMU',
      check: "for cgroup 'memory' controller mount-point",
      status: 'PASS',
    });
    expect(notPass(lines)).toEqual([
      { driver: 'QEMU', check: 'for hardware virtualization', status: 'WARN', hint: NO_HWVIRT },
      {
        driver: 'QEMU',
        check: 'for device assignment IOMMU support',
        status: 'WARN',
        hint: 'Unknown if this platform has IOMMU support',
      },
    ]);
  });

  it('collapsed whitespace on one line (CentOS 7 notes)', () => {
    expect(parseVirtHostValidate(fixture('centos7/virt-host-validate.fail-devkvm-oneline.txt'))).toEqual([
      {
        driver: 'QEMU',
        check: 'if device /dev/kvm exists',
        status: 'FAIL',
        hint: "Check that the 'kvm-intel' or 'kvm-amd' modules are loaded & the BIOS has enabled virtualization",
      },
    ]);
  });

  it('EL8 without hardware virtualization: FAIL, no /dev/kvm lines, a bare WARN line (driver "")', () => {
    const lines = parseVirtHostValidate(
      fixture('rhel8/virt-host-validate.fail-no-hwvirt-bare-warn-line.txt'),
    );
    expect(lines).toHaveLength(11);
    expect(lines.some((l) => l.check.includes('/dev/kvm'))).toBe(false);
    expect(notPass(lines)).toEqual([
      { driver: 'QEMU', check: 'for hardware virtualization', status: 'FAIL', hint: NO_HWVIRT },
      { driver: '', check: '', status: 'WARN', hint: 'Unknown if this platform has IOMMU support' },
      SECURE_GUEST,
    ]);
  });

  it('EL8 with a misaligned line: DMAR warning and secure guest', () => {
    const lines = parseVirtHostValidate(fixture('rhel8/virt-host-validate.warn-iommu-dmar-secure-guest.txt'));
    expect(lines).toHaveLength(13);
    expect(lines[8]).toEqual({
      driver: 'QEMU',
      check: "for cgroup 'memory' controller support",
      status: 'PASS',
    });
    expect(notPass(lines)).toEqual([
      {
        driver: 'QEMU',
        check: 'for device assignment IOMMU support',
        status: 'WARN',
        hint: 'No ACPI DMAR table found, IOMMU either disabled in BIOS or not supported by this hardware platform',
      },
      SECURE_GUEST,
    ]);
  });

  it('Ubuntu: all PASS but secure guest', () => {
    const lines = parseVirtHostValidate(fixture('ubuntu/virt-host-validate.pass-secure-guest-warn.txt'));
    expect(lines).toHaveLength(29);
    expect(lines[12]).toEqual({ driver: 'QEMU', check: 'if IOMMU is enabled by kernel', status: 'PASS' });
    expect(lines[26]).toEqual({
      driver: 'LXC',
      check: "for cgroup 'freezer' controller support",
      status: 'PASS',
    });
    expect(notPass(lines)).toEqual([SECURE_GUEST]);
  });

  it('Ubuntu cgroup v2: only WARN/FAIL lines', () => {
    expect(
      parseVirtHostValidate(fixture('ubuntu/virt-host-validate.warn-fail-lines-only.cgroup-v2.txt')),
    ).toEqual([
      {
        driver: 'QEMU',
        check: 'if IOMMU is enabled by kernel',
        status: 'WARN',
        hint: 'IOMMU appears to be disabled in kernel. Add intel_iommu=on to kernel cmdline arguments',
      },
      SECURE_GUEST,
      {
        driver: 'LXC',
        check: "for cgroup 'devices' controller support",
        status: 'FAIL',
        hint: "Enable 'devices' in kernel Kconfig file or mount/enable cgroup controller in your system",
      },
      {
        driver: 'LXC',
        check: "for cgroup 'freezer' controller support",
        status: 'FAIL',
        hint: "Enable 'freezer' in kernel Kconfig file or mount/enable cgroup controller in your system",
      },
    ]);
  });

  it('RHEL 9 doc excerpt (x86): "[...]" lines skipped, no leading spaces', () => {
    expect(
      parseVirtHostValidate(fixture('rhel9/virt-host-validate.doc-excerpt-x86-warn-iommu-kernel.txt')),
    ).toEqual([
      { driver: 'QEMU', check: 'for device assignment IOMMU support', status: 'PASS' },
      {
        driver: 'QEMU',
        check: 'if IOMMU is enabled by kernel',
        status: 'WARN',
        hint: 'IOMMU appears to be disabled in kernel. Add intel_iommu=on to kernel cmdline arguments',
      },
      { driver: 'LXC', check: 'for Linux >= 2.6.26', status: 'PASS' },
      { driver: 'LXC', check: "for cgroup 'blkio' controller mount-point", status: 'PASS' },
      {
        driver: 'LXC',
        check: 'if device /sys/fs/fuse/connections exists',
        status: 'FAIL',
        hint: "Load the 'fuse' module to enable /proc/ overrides",
      },
    ]);
  });

  it('RHEL 9 doc excerpt (aarch64)', () => {
    expect(
      parseVirtHostValidate(fixture('rhel9/virt-host-validate.doc-excerpt-aarch64-warn-iommu-unknown.txt')),
    ).toEqual([
      { driver: 'QEMU', check: 'if device /dev/vhost-net exists', status: 'PASS' },
      { driver: 'QEMU', check: 'if device /dev/net/tun exists', status: 'PASS' },
      { driver: 'QEMU', check: "for cgroup 'memory' controller support", status: 'PASS' },
      { driver: 'QEMU', check: "for cgroup 'memory' controller mount-point", status: 'PASS' },
      { driver: 'QEMU', check: "for cgroup 'blkio' controller support", status: 'PASS' },
      { driver: 'QEMU', check: "for cgroup 'blkio' controller mount-point", status: 'PASS' },
      {
        driver: 'QEMU',
        check: 'if IOMMU is enabled by kernel',
        status: 'WARN',
        hint: 'Unknown if this platform has IOMMU support',
      },
    ]);
  });

  it('RHEL 9 doc, collapsed: no space before the colon', () => {
    expect(parseVirtHostValidate(fixture('rhel9/virt-host-validate.doc-fail-no-hwvirt-oneline.txt'))).toEqual(
      [{ driver: 'QEMU', check: 'for hardware virtualization', status: 'FAIL', hint: NO_HWVIRT }],
    );
  });

  it('strips ANSI colours as printed on a TTY, and reads NOTE', () => {
    const esc = String.fromCharCode(27);
    const tty =
      `  QEMU: Checking for hardware virtualization${' '.repeat(33)}: ${esc}[32mPASS${esc}[0m\n` +
      `  QEMU: Checking for secure guest support${' '.repeat(36)}: ${esc}[33mNOTE (Unknown if this platform has Secure Guest support)${esc}[0m\n`;
    expect(parseVirtHostValidate(tty)).toEqual([
      { driver: 'QEMU', check: 'for hardware virtualization', status: 'PASS' },
      { ...SECURE_GUEST, status: 'NOTE' },
    ]);
  });
});
