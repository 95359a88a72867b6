import { describe, expect, it } from 'vitest';
import { osVariantFromVolumeId, VOLUME_ID_RULES } from '../../src/iso/volume-id.js';

describe('osVariantFromVolumeId', () => {
  it.each([
    ['CentOS-Stream-9-BaseOS-x86_64', 'centos-stream9'],
    ['CentOS-Stream-10-BaseOS-x86_64', 'centos-stream10'],
    ['CentOS-Stream-8-x86_64-dvd', 'centos-stream8'],
    ['CentOS 7 x86_64', 'centos7.0'],
    ['RHEL-9-4-0-BaseOS-x86_64', 'rhel9.4'],
    ['RHEL-10-0-BaseOS-x86_64', 'rhel10.0'],
    ['RHEL-8-10-0-BaseOS-x86_64', 'rhel8.10'],
    ['Rocky-9-6-x86_64-dvd', 'rocky9'],
    ['Rocky-10-1-x86_64-dvd', 'rocky10'],
    ['Rocky-8-10-x86_64-dvd1', 'rocky8'],
    ['AlmaLinux-9-6-x86_64-dvd', 'almalinux9'],
    ['Ubuntu-Server 24.04.3 LTS amd64', 'ubuntu24.04'],
    ['Ubuntu-Server 24.04 LTS amd64', 'ubuntu24.04'],
    ['Ubuntu-Server 18.04.6 LTS amd64', 'ubuntu18.04'],
    ['Ubuntu 18.04.6 LTS amd64', 'ubuntu18.04'],
    ['Ubuntu 24.04.3 LTS amd64', 'ubuntu24.04'],
    ['Debian 12.11.0 amd64 n', 'debian12'],
    ['Debian 13.1.0 amd64 n', 'debian13'],
    // Upper-cased by a strict remastering tool, and padded.
    ['ROCKY-9-6-X86_64-DVD  ', 'rocky9'],
  ])('%j → %s', (volumeId, variant) => {
    expect(osVariantFromVolumeId(volumeId)).toBe(variant);
  });

  it.each(['KVMWIZ_TEST', '', 'CDROM', 'Win11_24H2_English_x64', 'Ubuntu'])('%j → undefined', (volumeId) => {
    expect(osVariantFromVolumeId(volumeId)).toBeUndefined();
  });

  it('every rule recognises its own documented example', () => {
    for (const rule of VOLUME_ID_RULES) {
      expect(rule.pattern.test(rule.example), rule.example).toBe(true);
      expect(osVariantFromVolumeId(rule.example)).toMatch(/^[a-z][a-z0-9.-]*\d$/);
    }
  });
});
