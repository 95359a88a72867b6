import { describe, expect, it } from 'vitest';
import { parseOsRelease } from '../../src/facts/parse/os-release.js';
import { detectProfile, PROFILES, type ProfileId } from '../../src/plan/profiles.js';
import { fixture } from '../fixture.js';

describe('detectProfile on the real os-release files', () => {
  it.each([
    ['centos-stream8/os-release.txt', 'el8'],
    ['centos-stream9/os-release.txt', 'el9'],
    ['centos8/os-release.txt', 'el8'],
    ['rhel9/os-release.txt', 'el9'],
    ['rocky9/os-release.txt', 'el9'],
    ['alma9/os-release.txt', 'el9'],
    ['fedora/os-release.f38-container.txt', 'fedora'],
    ['debian/os-release.13.txt', 'debian'],
    ['ubuntu/os-release.22.04.txt', 'ubuntu'],
    ['ubuntu/os-release.24.04.txt', 'ubuntu'],
  ] as const)('%s → %s', (file, id) => {
    expect(detectProfile(parseOsRelease(fixture(file)))).toBe(id);
  });
});

const os = (id: string, versionId: string, idLike: string[] = []) => ({
  id,
  idLike,
  versionId,
  name: id,
  prettyName: id,
});

describe('detectProfile on other systems', () => {
  it.each([
    ['arch', '', [], undefined],
    ['opensuse-leap', '15.6', ['suse', 'opensuse'], undefined],
    ['alpine', '3.20.0', [], undefined],
    ['', '', [], undefined],
    ['centos', '6', ['rhel', 'fedora'], undefined],
    ['rhel', '11', ['fedora'], undefined],
    ['centos', '7', ['rhel', 'fedora'], 'centos7'],
    ['ol', '8.10', ['fedora'], 'el8'],
    ['centos', '10', ['rhel', 'fedora'], 'el10'],
    ['almalinux', '10.0', ['rhel', 'centos', 'fedora'], 'el10'],
    ['linuxmint', '22', ['ubuntu', 'debian'], 'ubuntu'],
    ['raspbian', '12', ['debian'], 'debian'],
  ] as const)('%s %s (like %j) → %s', (id, versionId, idLike, expected) => {
    expect(detectProfile(os(id, versionId, [...idLike]))).toBe(expected);
  });
});

describe('PROFILES', () => {
  it('each profile is filed under its own id', () => {
    for (const [key, profile] of Object.entries(PROFILES)) expect(profile.id).toBe(key as ProfileId);
  });

  it('only EL8 uses the virt module; EL9/10 use the modular daemons', () => {
    expect(PROFILES.el8.virtModule).toBe('virt');
    expect(PROFILES.el9.virtModule).toBeUndefined();
    expect(PROFILES.el10.virtModule).toBeUndefined();
    expect([PROFILES.el8.modularLibvirt, PROFILES.el9.modularLibvirt, PROFILES.el10.modularLibvirt]).toEqual([
      false,
      true,
      true,
    ]);
  });
});
