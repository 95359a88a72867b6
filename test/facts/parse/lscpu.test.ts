import { describe, expect, it } from 'vitest';
import { parseLscpu } from '../../../src/facts/parse/lscpu.js';
import { fixture } from '../../fixture.js';

describe('parseLscpu', () => {
  it('old flat layout with a wrapped Flags column (Ubuntu, Xeon E5-2690 v3)', () => {
    expect(parseLscpu(fixture('ubuntu/lscpu.vt-x.xeon-e5-2690v3.txt'))).toEqual({
      virtualization: 'VT-x',
      vendor: 'GenuineIntel',
      cpus: 24,
    });
  });

  it('new indented layout; labels stay English, only decimals are localised (fr)', () => {
    expect(parseLscpu(fixture('generic/lscpu.vt-x.new-format.fr-locale-decimal-comma.excerpt.txt'))).toEqual({
      virtualization: 'VT-x',
      vendor: 'GenuineIntel',
      cpus: 8,
    });
  });

  it('KVM guest: "Virtualization type: full" is not the Virtualization feature', () => {
    expect(parseLscpu(fixture('generic/lscpu.amd-epyc-kvm-guest-no-svm.debian12.txt'))).toEqual({
      vendor: 'AuthenticAMD',
      cpus: 2,
    });
  });

  it('AMD-V (no real capture found; format as util-linux prints it)', () => {
    expect(parseLscpu('Vendor ID:           AuthenticAMD\nVirtualization:      AMD-V\n')).toEqual({
      virtualization: 'AMD-V',
      vendor: 'AuthenticAMD',
    });
    expect(parseLscpu('')).toEqual({});
  });
});
