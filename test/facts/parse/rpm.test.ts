import { describe, expect, it } from 'vitest';
import { parseRpmQuery } from '../../../src/facts/parse/rpm.js';
import { fixture } from '../../fixture.js';

const NAMES = ['qemu-kvm', 'libvirt', 'virt-manager', 'libvirt-client', 'virt-install'];

describe('parseRpmQuery', () => {
  it('CentOS 6, ja_JP: four NEVRAs and one missing package (message ends with "。")', () => {
    expect(parseRpmQuery(fixture('centos6/rpm-q-virt-pkgs.ja_JP-locale.txt'), NAMES)).toEqual({
      'qemu-kvm': true,
      libvirt: true,
      'virt-manager': true,
      'libvirt-client': true,
      'virt-install': false,
    });
  });

  it('RHEL 10, ja_JP: only libvirt-client installed, which must not count as libvirt', () => {
    expect(parseRpmQuery(fixture('rhel10/rpm-q-virt-pkgs.ja_JP-locale-mixed.txt'), NAMES)).toEqual({
      'qemu-kvm': false,
      libvirt: false,
      'virt-manager': false,
      'libvirt-client': true,
      'virt-install': false,
    });
  });

  it('matches by name, not by order (English message from rpm lib/query.c)', () => {
    const text = 'package libvirt is not installed\nlibvirt-client-11.5.0-4.2.el10_1.x86_64\n';
    expect(parseRpmQuery(text, ['libvirt-client', 'libvirt', 'cockpit'])).toEqual({
      'libvirt-client': true,
      libvirt: false,
      cockpit: false,
    });
  });
});
