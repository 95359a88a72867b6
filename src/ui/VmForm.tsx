import { fieldIssues, wholeNumber } from '../answers/field-issues.js';
import { type VmAnswers, vmAnswers } from '../answers/schema.js';
import type { Facts } from '../facts/types.js';
import { t } from '../i18n/messages.js';
import { visible } from '../i18n/visible.js';
import type { Graphics, VmSettings } from '../plan/steps/vm.js';
import { vmLimitIssues } from '../plan/steps/vm-limits.js';
import { Form } from './Form.js';
import { byField, type FieldOption, type FieldSpec, type FormCheck } from './form-fields.js';

type Key = 'name' | 'osVariant' | 'vcpus' | 'memoryMiB' | 'diskGiB' | 'network' | 'graphics';
type Values = Record<Key, string>;
const KEYS: readonly string[] = ['name', 'osVariant', 'vcpus', 'memoryMiB', 'diskGiB', 'network', 'graphics'];

/**
 * The fields: the OS first (as virt-manager asks it), a searchable list of the host's osinfo ids when
 * osinfo-query answered, else typed; sizes; network and console are toggles.
 */
function fieldsFor(
  facts: Facts,
  isoVariant: string | undefined,
  graphics: readonly Graphics[],
): ReadonlyArray<FieldSpec<Key>> {
  const os = facts.osVariants;
  return [
    { key: 'name', label: 'vm.field.name' },
    {
      key: 'osVariant',
      label: 'vm.field.osVariant',
      // osinfo ids come from the host: shown with their control characters written out.
      ...(os ? { search: osOptions(facts, os, isoVariant) } : {}),
    },
    { key: 'vcpus', label: 'vm.field.vcpus' },
    { key: 'memoryMiB', label: 'vm.field.memoryMiB' },
    { key: 'diskGiB', label: 'vm.field.diskGiB' },
    {
      key: 'network',
      label: 'vm.field.network',
      choices: [
        { value: 'bridge', label: t('vm.network.bridge') },
        { value: 'nat', label: t('vm.network.nat') },
      ],
    },
    {
      key: 'graphics',
      label: 'vm.field.graphics',
      // Only what this host's QEMU has: no SPICE on EL9 and later.
      choices: graphics.map((g) => ({ value: g, label: t(`vm.graphics.${g}`) })),
    },
  ];
}

/**
 * The host's osinfo ids, the one that matches the chosen ISO first (said so: the likely choice), then
 * "detect from the ISO", then the rest in osinfo's order.
 */
function osOptions(facts: Facts, os: readonly string[], isoVariant: string | undefined): FieldOption[] {
  const match = isoVariant !== undefined && os.includes(isoVariant) ? isoVariant : undefined;
  const first = match ? [{ ...osOption(facts, match), detail: t('vm.osMatchesIso') }] : [];
  return [
    ...first,
    { value: '', label: t('vm.osDetect') },
    ...os.filter((id) => id !== match).map((id) => osOption(facts, id)),
  ];
}

/** An osinfo id with its name ("centos-stream9  CentOS Stream 9"), both searched. */
function osOption(facts: Facts, id: string) {
  const names = facts.osNames ?? {};
  const name = Object.hasOwn(names, id) ? names[id] : undefined;
  return { value: id, label: visible(name ?? id) };
}

function parse(v: Values, facts: Facts, initialVariant: string) {
  const candidate = {
    name: v.name.trim(),
    vcpus: wholeNumber(v.vcpus),
    memoryMiB: wholeNumber(v.memoryMiB),
    diskGiB: wholeNumber(v.diskGiB),
    network: v.network,
    ...(v.osVariant.trim() ? { osVariant: v.osVariant.trim() } : {}),
    graphics: v.graphics,
  };
  const parsed = vmAnswers.safeParse(candidate);
  const issues = parsed.success ? [] : fieldIssues(parsed.error);
  // What the schema cannot know: this host's CPUs, free memory and disk, the names taken. Checked for every
  // value the schema let through, so all problems show at once.
  const wrong = new Set(issues.map((i) => i.path.split('.')[0]));
  const checkable = Object.fromEntries(
    (['name', 'vcpus', 'memoryMiB', 'diskGiB'] as const)
      .filter((k) => !wrong.has(k))
      .map((k) => [k, candidate[k]]),
  );
  for (const i of vmLimitIssues(checkable, facts))
    issues.push({ path: i.path, message: t(i.fieldKey, i.params) });
  const variant = v.osVariant.trim();
  // A typed id this host's osinfo does not know: virt-install would refuse it. (The prefilled one may come from
  // the catalogue; the plan says what happens to it.)
  if (
    facts.osVariants &&
    variant &&
    variant !== initialVariant &&
    !facts.osVariants.includes(variant) &&
    !wrong.has('osVariant')
  )
    issues.push({ path: 'osVariant', message: t('vm.form.unknownVariant') });
  const check: FormCheck<Key> = byField(issues, (path) => {
    const first = path.split('.')[0] ?? '';
    return KEYS.includes(first) ? (first as Key) : undefined;
  });
  const ok = parsed.success && issues.length === 0;
  return { check, answers: ok ? parsed.data : undefined };
}

/** The first VM's form, prefilled with sizes that fit this host; the schema and the host's limits check it. */
export function VmForm({
  initial,
  facts,
  graphics,
  onDone,
  onCancel,
  columns,
  rows,
}: {
  initial: VmSettings;
  facts: Facts;
  /** The consoles this host's QEMU offers (graphicsChoices). */
  graphics: readonly Graphics[];
  onDone: (answers: VmAnswers) => void;
  onCancel: () => void;
  /** The window's width and the rows the form may use (it scrolls within them). */
  columns?: number;
  rows?: number;
}) {
  const initialVariant = initial.osVariant ?? '';
  return (
    <Form
      columns={columns}
      rows={rows}
      fields={fieldsFor(facts, initial.isoOsVariant, graphics)}
      initial={{
        name: initial.name,
        osVariant: initialVariant,
        vcpus: String(initial.vcpus),
        memoryMiB: String(initial.memoryMiB),
        diskGiB: String(initial.diskGiB),
        network: initial.network,
        // An answers file's spice where QEMU has none: the form offers (and saves) what this host has.
        graphics: graphics.includes(initial.graphics) ? initial.graphics : 'vnc',
      }}
      onCancel={onCancel}
      check={(v) => parse(v, facts, initialVariant).check}
      onSubmit={(v) => {
        const { answers } = parse(v, facts, initialVariant);
        if (answers) onDone(answers);
      }}
    />
  );
}
