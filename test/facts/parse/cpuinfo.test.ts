import { describe, expect, it } from 'vitest';
import { parseCpuinfo } from '../../../src/facts/parse/cpuinfo.js';
import { fixture } from '../../fixture.js';

describe('parseCpuinfo', () => {
  it('a lone flags line with spaces before the colon: vendor falls back on vmx', () => {
    expect(parseCpuinfo(fixture('generic/proc-cpuinfo-flags.vmx.txt'))).toEqual({
      vendor: 'intel',
      flag: 'vmx',
      model: '',
      count: 1,
    });
  });

  it('a full /proc/cpuinfo with tabs: AMD guest without svm (no nested virtualization)', () => {
    expect(parseCpuinfo(fixture('generic/proc-cpuinfo.amd-epyc-kvm-guest-no-svm.debian12.txt'))).toEqual({
      vendor: 'amd',
      model: 'AMD EPYC',
      count: 2,
    });
  });

  it('matches vmx/svm as whole words only, and maps vendor ids', () => {
    expect(parseCpuinfo('flags\t\t: fpu vmxnet svm_lock\n').flag).toBeUndefined();
    expect(parseCpuinfo('vendor_id\t: AuthenticAMD\nflags\t\t: fpu svm lm\n')).toEqual({
      vendor: 'amd',
      flag: 'svm',
      model: '',
      count: 1,
    });
    expect(parseCpuinfo('vendor_id\t: HygonGenuine\nflags\t\t: svm\n').vendor).toBe('other');
    expect(parseCpuinfo('flags\t\t: svm\n').vendor).toBe('amd');
    expect(parseCpuinfo('').vendor).toBe('other');
  });
});
