import { issuesOf } from '../answers/load.js';
import { type VmAnswers, vmAnswers } from '../answers/schema.js';
import type { Facts } from '../facts/types.js';
import { t } from '../i18n/messages.js';
import type { VmSettings } from '../plan/steps/vm.js';
import { vmLimitIssues } from '../plan/steps/vm-limits.js';
import { Form, labelled } from './Form.js';

const FIELDS = [
  { key: 'name', label: 'vm.field.name' },
  { key: 'vcpus', label: 'vm.field.vcpus' },
  { key: 'memoryMiB', label: 'vm.field.memoryMiB' },
  { key: 'diskGiB', label: 'vm.field.diskGiB' },
  { key: 'network', label: 'vm.field.network' },
  { key: 'osVariant', label: 'vm.field.osVariant' },
] as const;

/** The first VM's form, prefilled with sizes that fit this host; the schema and the host's limits check it. */
export function VmForm({
  initial,
  facts,
  onDone,
  onCancel,
}: {
  initial: VmSettings;
  facts: Facts;
  onDone: (answers: VmAnswers) => void;
  onCancel: () => void;
}) {
  return (
    <Form
      fields={FIELDS}
      initial={{
        name: initial.name,
        vcpus: String(initial.vcpus),
        memoryMiB: String(initial.memoryMiB),
        diskGiB: String(initial.diskGiB),
        network: initial.network,
        osVariant: initial.osVariant ?? '',
      }}
      onCancel={onCancel}
      onSubmit={(v) => {
        const parsed = vmAnswers.safeParse({
          name: v.name.trim(),
          vcpus: Number(v.vcpus),
          memoryMiB: Number(v.memoryMiB),
          diskGiB: Number(v.diskGiB),
          network: v.network.trim(),
          ...(v.osVariant.trim() ? { osVariant: v.osVariant.trim() } : {}),
          graphics: initial.graphics,
        });
        if (!parsed.success) return labelled(issuesOf(parsed.error), FIELDS, (path) => path.split('.')[0]);
        const limits = hostLimits(parsed.data, facts);
        if (limits.length) return limits;
        onDone(parsed.data);
        return undefined;
      }}
    />
  );
}

/** What the schema cannot know: this host's CPUs, free memory and disk, and the names already taken. */
function hostLimits(a: VmAnswers, facts: Facts): string[] {
  const issues = vmLimitIssues(a, facts).map((i) => ({ path: i.path, message: t(i.fieldKey, i.params) }));
  return labelled(issues, FIELDS, (path) => path);
}
