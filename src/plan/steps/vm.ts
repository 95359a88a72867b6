import type { VmAnswers } from '../../answers/schema.js';
import type { Facts } from '../../facts/types.js';
import { loadCatalog } from '../../iso/catalog.js';
import { osVariantFromVolumeId } from '../../iso/volume-id.js';
import { cmd } from '../command.js';
import { type Profile, profileLabel } from '../profiles.js';
import { type Note, note, type PlanContext, type StepPlan } from '../types.js';
import { isoPath } from './iso.js';
import { vmLimitIssues } from './vm-limits.js';

export interface VmSettings {
  name: string;
  vcpus: number;
  memoryMiB: number;
  diskGiB: number;
  network: 'bridge' | 'nat';
  bridge: string;
  /** undefined: let virt-install detect it from the ISO. */
  osVariant?: string;
  /** The OS the chosen ISO holds (osinfo-detect, its catalogue entry, its volume id): the form lists it first. */
  isoOsVariant?: string;
  graphics: Graphics;
  iso?: string;
}

export type Graphics = 'vnc' | 'spice';

/** The consoles this host's QEMU can give a VM: SPICE only where it is built in (not EL9 and later). */
export function graphicsChoices(profile: Profile): readonly Graphics[] {
  return profile.spice ? ['vnc', 'spice'] : ['vnc'];
}

/** The console a VM plan's virt-install gives (`--graphics vnc,…`), or undefined when it runs none. */
export function plannedGraphics(plan: StepPlan): Graphics | undefined {
  const argv = plan.commands.find((c) => c.argv[0] === 'virt-install')?.argv ?? [];
  const value = argv[argv.indexOf('--graphics') + 1]?.split(',')[0];
  return argv.includes('--graphics') && (value === 'vnc' || value === 'spice') ? value : undefined;
}

/** The VM form's values: the answers where given, else sizes that fit this host. */
export function vmSettings(facts: Facts, answers: PlanContext['answers']): VmSettings {
  const a: Partial<VmAnswers> = answers.vm ?? {};
  // The bridge the host already sits on, whatever its name; else the one the bridge step makes.
  const up = facts.uplink;
  const bridge = answers.bridge?.name ?? (up?.connection?.type === 'bridge' ? up.interface : 'br0');
  const iso = isoPath(answers.iso);
  const volumeId = facts.isos.find((i) => i.path === iso)?.volumeId;
  const detected = volumeId ? osVariantFromVolumeId(volumeId) : undefined;
  const catalogued =
    answers.iso && 'catalog' in answers.iso
      ? loadCatalog().find((e) => e.id === (answers.iso as { catalog: string }).catalog)?.osVariant
      : undefined;
  // Most trusted first: the user's choice, osinfo-detect on the file, the catalogue, the volume id.
  const isoOsVariant = facts.isoVariant ?? catalogued ?? detected;
  const osVariant = a.osVariant ?? isoOsVariant;
  return {
    name: a.name ?? 'vm1',
    vcpus: a.vcpus ?? Math.min(2, facts.cpu.count),
    // Half of what is free, in 256 MiB steps, at most 2 GiB: enough for an installer, leaves the host room.
    memoryMiB:
      a.memoryMiB ?? Math.max(256, Math.min(2048, Math.floor(facts.memoryAvailableMiB / 2 / 256) * 256)),
    diskGiB: a.diskGiB ?? Math.max(1, Math.min(20, Math.floor((facts.imagesFreeBytes / 1024 ** 3) * 0.8))),
    network: a.network ?? (bridgeActive(facts, bridge) ? 'bridge' : 'nat'),
    bridge,
    ...(osVariant ? { osVariant } : {}),
    ...(isoOsVariant ? { isoOsVariant } : {}),
    graphics: a.graphics ?? 'vnc',
    ...(iso ? { iso } : {}),
  };
}

function bridgeActive(facts: Facts, name: string): boolean {
  return facts.nm.connections.some((c) => c.name === name && c.type === 'bridge' && c.device === name);
}

/** Step 8: the first VM, on the bridge when there is one, virtio everywhere, reachable from Cockpit's console. */
export function planVm({ facts, answers, profile }: PlanContext): StepPlan {
  const s = vmSettings(facts, answers);
  const blocked = (n: Note): StepPlan => ({ id: 'vm', state: 'blocked', notes: [n], commands: [] });
  const limits = vmLimitIssues(s, facts);
  // A VM of that name is already there: this step has nothing to do (it looks again after virt-install).
  if (limits.some((i) => i.path === 'name')) {
    return {
      id: 'vm',
      state: 'already',
      notes: [note('vm.exists', 'ok', { name: s.name }), note('vm.reach', 'info', { name: s.name })],
      commands: [],
    };
  }
  // An answers file asking for SPICE where QEMU has none: virt-install would fail ("spice graphics are not
  // supported with this QEMU"). Named here, with the fix, before anything runs.
  if (!graphicsChoices(profile).includes(s.graphics))
    return blocked(note('vm.noSpice', 'error', { profile: profileLabel(profile) }));
  if (!s.iso) return { id: 'vm', state: 'skip', notes: [note('vm.noIso', 'warn')], commands: [] };
  // The name is free here, so the first issue is the first of CPUs, memory and disk that does not fit.
  const [limit] = limits;
  if (limit) return blocked(note(limit.key, 'error', limit.params));
  // What earlier steps provide (virt-install, libvirt, the ISO, the network) is checked in prerequisites.ts.

  const notes: Note[] = [
    note('vm.summary', 'info', { name: s.name, vcpus: s.vcpus, memory: s.memoryMiB, disk: s.diskGiB }),
    note(s.network === 'bridge' ? 'vm.onBridge' : 'vm.onNat', 'info', { bridge: s.bridge }),
  ];
  // A catalogue or URL ISO that the ISO step has not downloaded yet (it runs first in a whole run).
  if (!facts.isos.some((i) => i.path === s.iso)) notes.push(note('vm.isoNotYet', 'warn', { iso: s.iso }));
  // More than 80 % of what is free: it starts, but the host (and any other VM) is left short.
  if (s.memoryMiB > facts.memoryAvailableMiB * 0.8)
    notes.push(note('vm.memoryTight', 'warn', { memory: s.memoryMiB, free: facts.memoryAvailableMiB }));
  // virt-install's package is "virt-install" on EL and Fedora, "virtinst" on Debian and Ubuntu.
  if (['virt-install', 'virtinst'].some((p) => facts.packages[p] === false))
    notes.push(note('vm.notInstalled', 'warn'));
  // Only an id this host's osinfo-db is known to have: virt-install rejects any other ("Unknown OS name"),
  // and without osinfo-query (Debian/Ubuntu: libosinfo-bin is not pulled in) the list cannot be checked.
  const knownVariant = s.osVariant !== undefined && facts.osVariants?.includes(s.osVariant) === true;
  if (s.osVariant && !knownVariant) {
    const key = facts.osVariants ? 'vm.unknownVariant' : 'vm.uncheckedVariant';
    notes.push(note(key, 'warn', { variant: s.osVariant }));
  }
  // No /dev/kvm, or no vmx/svm (emulation accepted in the host step; a /dev/kvm without them, e.g. from
  // kvm_pvm, makes QEMU abort): QEMU's TCG runs the guest, slowly but honestly.
  const emulated = !facts.devKvm || !facts.cpu.flag;
  if (emulated) notes.push(note('vm.emulated', 'warn'));

  const argv = [
    'virt-install',
    '--connect',
    'qemu:///system',
    '--name',
    s.name,
    '--memory',
    String(s.memoryMiB),
    '--vcpus',
    String(s.vcpus),
    '--disk',
    `size=${s.diskGiB},bus=virtio`,
    '--network',
    s.network === 'bridge' ? `bridge=${s.bridge},model=virtio` : 'network=default,model=virtio',
    '--cdrom',
    s.iso,
    ...(knownVariant ? ['--os-variant', s.osVariant as string] : ['--osinfo', 'detect=on,require=off']),
    '--graphics',
    `${s.graphics},listen=127.0.0.1`,
    ...(emulated ? ['--virt-type', 'qemu'] : []),
    '--noautoconsole',
  ];
  return {
    id: 'vm',
    state: 'todo',
    notes,
    commands: [
      {
        ...cmd(argv, 'why.virtInstall', { name: s.name }),
        // A VM of that name exists (the probe's own list): virt-install would fail on it.
        unless: { argv: ['virsh', '--connect', 'qemu:///system', 'list', '--all', '--name'], line: s.name },
      },
      {
        ...cmd(['virsh', '--connect', 'qemu:///system', 'list', '--all'], 'why.virshList'),
        showOutput: true,
      },
    ],
  };
}
