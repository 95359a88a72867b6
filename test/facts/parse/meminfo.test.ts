import { describe, expect, it } from 'vitest';
import { parseMeminfo } from '../../../src/facts/parse/meminfo.js';
import { fixture } from '../../fixture.js';

describe('parseMeminfo', () => {
  it('Debian 12 /proc/meminfo: kB → MiB, rounded down', () => {
    // MemTotal 24684084 kB, MemAvailable 24346428 kB
    expect(parseMeminfo(fixture('generic/proc-meminfo.debian12.txt'))).toEqual({
      totalMiB: 24105,
      availableMiB: 23775,
    });
  });

  it('pre-3.14 kernels without MemAvailable: MemFree + Buffers + Cached', () => {
    const text =
      'MemTotal:        1922680 kB\nMemFree:          102400 kB\nBuffers:           51200 kB\nCached:           512000 kB\n';
    expect(parseMeminfo(text)).toEqual({ totalMiB: 1877, availableMiB: 650 });
    expect(parseMeminfo('')).toEqual({ totalMiB: 0, availableMiB: 0 });
  });
});
