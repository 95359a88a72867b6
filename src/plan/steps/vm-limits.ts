import type { Facts } from '../../facts/types.js';
import type { MessageKey, MessageParams } from '../../i18n/messages.js';

/** A VM value this host cannot give: a name already taken, more CPUs, memory or disk than it has. */
export interface VmLimitIssue {
  path: 'name' | 'vcpus' | 'memoryMiB' | 'diskGiB';
  /** The plan's sentence ("vm.vcpus is 8, but this host has 4 CPUs."); for a taken name, the form's words. */
  key: MessageKey;
  /** The form's words beside the field ("more than this host's 4 CPUs"). */
  fieldKey: MessageKey;
  /** Both messages' parameters. */
  params: MessageParams;
}

/**
 * The one check of a VM's values against this host, for the plan (which blocks on them) and the form (which
 * shows them beside their fields), in field order. A value left out (the form before it is filled) is not checked.
 */
export function vmLimitIssues(
  vm: { name?: string; vcpus?: number; memoryMiB?: number; diskGiB?: number },
  facts: Facts,
): VmLimitIssue[] {
  const issues: VmLimitIssue[] = [];
  const { name, vcpus, memoryMiB, diskGiB } = vm;
  if (name !== undefined && facts.vms?.includes(name))
    issues.push({ path: 'name', key: 'vm.nameTaken', fieldKey: 'vm.nameTaken', params: { name } });
  const cpus = facts.cpu.count;
  if (vcpus !== undefined && vcpus > cpus)
    issues.push({ path: 'vcpus', key: 'vm.tooManyCpus', fieldKey: 'vm.formCpus', params: { vcpus, cpus } });
  const free = facts.memoryAvailableMiB;
  if (memoryMiB !== undefined && memoryMiB > free) {
    const params = { memory: memoryMiB, free };
    issues.push({ path: 'memoryMiB', key: 'vm.tooMuchMemory', fieldKey: 'vm.formMemory', params });
  }
  const freeGiB = Math.floor(facts.imagesFreeBytes / 1024 ** 3);
  if (diskGiB !== undefined && diskGiB > freeGiB) {
    const params = { disk: diskGiB, free: freeGiB };
    issues.push({ path: 'diskGiB', key: 'vm.tooMuchDisk', fieldKey: 'vm.formDisk', params });
  }
  return issues;
}
