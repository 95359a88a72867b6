import { describe, expect, it } from 'vitest';
import { vmLimitIssues } from '../../src/plan/steps/vm-limits.js';
import { freshFacts } from './facts-builder.js';

const GiB = 1024 ** 3;
const host = freshFacts('el9', {
  cpu: { ...freshFacts('el9').cpu, count: 4 },
  memoryAvailableMiB: 4096,
  imagesFreeBytes: 30 * GiB + 1,
  vms: ['web'],
});

describe('vmLimitIssues: the one check of a VM against the host (plan and form)', () => {
  it('values that fit, up to the limits themselves, raise nothing', () => {
    expect(vmLimitIssues({ name: 'db', vcpus: 4, memoryMiB: 4096, diskGiB: 30 }, host)).toEqual([]);
  });

  it('every value over its limit, in field order, with the plan’s and the form’s words', () => {
    expect(vmLimitIssues({ name: 'web', vcpus: 5, memoryMiB: 4097, diskGiB: 31 }, host)).toEqual([
      { path: 'name', key: 'vm.nameTaken', fieldKey: 'vm.nameTaken', params: { name: 'web' } },
      { path: 'vcpus', key: 'vm.tooManyCpus', fieldKey: 'vm.formCpus', params: { vcpus: 5, cpus: 4 } },
      {
        path: 'memoryMiB',
        key: 'vm.tooMuchMemory',
        fieldKey: 'vm.formMemory',
        params: { memory: 4097, free: 4096 },
      },
      { path: 'diskGiB', key: 'vm.tooMuchDisk', fieldKey: 'vm.formDisk', params: { disk: 31, free: 30 } },
    ]);
  });

  it('a value left out (a form not filled yet) is not checked', () => {
    expect(vmLimitIssues({}, host)).toEqual([]);
    expect(vmLimitIssues({ vcpus: 99 }, host).map((i) => i.path)).toEqual(['vcpus']);
  });
});
