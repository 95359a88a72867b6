import type { MessageKey, MessageParams } from '../i18n/messages.js';
import { vmSettings } from './steps/vm.js';
import { type Note, note, type PlanContext, type StepId, type StepPlan } from './types.js';

/**
 * What a step needs that an earlier step provides, and how the facts show it is there. A need that is not
 * met blocks the step with its reason, unless the step that provides it comes before in this run and has not
 * run yet (`pending`: --dry-run and export plan every step from the same facts; a run plans each step after
 * the ones before it ran, so nothing is pending there). So `--only vm` without virt-install is blocked, not
 * run into "command not found", and every need it lacks is named at once.
 */
interface Need {
  /** The step that provides it. */
  from: StepId;
  met: (ctx: PlanContext) => boolean;
  /** Why the step cannot run without it, and how to get it. */
  blocked: MessageKey;
  /**
   * Said when `from` comes before in this run. Absent where that is plain from the steps' own notes (the
   * packages step lists what it installs; validate and vm say "not installed yet").
   */
  pending?: MessageKey;
  params?: (ctx: PlanContext) => MessageParams;
}

const libvirtAnswers = ({ facts }: PlanContext) => facts.libvirtNetworks !== undefined;
const libvirt = (step: StepId): Need => ({
  from: 'services',
  met: libvirtAnswers,
  blocked: 'prereq.libvirt',
  params: () => ({ step }),
});
const missingPackages = ({ facts, profile }: PlanContext) =>
  profile.packages.filter((p) => !facts.packages[p]);

const NEEDS: Partial<Record<StepId, readonly Need[]>> = {
  validate: [
    { from: 'packages', met: ({ facts }) => facts.hasVirtHostValidate, blocked: 'prereq.virtHostValidate' },
  ],
  services: [
    {
      from: 'packages',
      met: (ctx) => missingPackages(ctx).length === 0,
      blocked: 'prereq.packages',
      params: (ctx) => ({ list: missingPackages(ctx).join(' ') }),
    },
  ],
  network: [libvirt('network')],
  vm: [
    {
      from: 'packages',
      // virt-install's package is "virt-install" on EL and Fedora, "virtinst" on Debian and Ubuntu.
      met: ({ facts }) => ['virt-install', 'virtinst'].every((p) => facts.packages[p] !== false),
      blocked: 'prereq.virtInstall',
    },
    libvirt('vm'),
    {
      from: 'iso',
      // No ISO chosen at all is the VM step's own note ("No ISO chosen"), not this one.
      met: ({ facts, answers }) => {
        const iso = vmSettings(facts, answers).iso;
        return iso === undefined || facts.isos.some((i) => i.path === iso);
      },
      blocked: 'prereq.iso',
      params: ({ facts, answers }) => ({ iso: vmSettings(facts, answers).iso ?? '' }),
    },
    {
      from: 'network',
      met: ({ facts, answers }) => {
        if (vmSettings(facts, answers).network !== 'nat' || !facts.libvirtNetworks) return true;
        return facts.libvirtNetworks.some((n) => n.name === 'default' && n.active);
      },
      blocked: 'vm.natInactive',
      pending: 'prereq.natPending',
    },
    {
      from: 'bridge',
      met: ({ facts, answers }) => {
        const s = vmSettings(facts, answers);
        if (s.network !== 'bridge') return true;
        return facts.nm.connections.some(
          (c) => c.name === s.bridge && c.type === 'bridge' && c.device === s.bridge,
        );
      },
      blocked: 'vm.noBridge',
      pending: 'prereq.bridgePending',
      params: ({ facts, answers }) => ({ bridge: vmSettings(facts, answers).bridge }),
    },
  ],
};

/**
 * The plan with its step's needs checked: blocked when any is neither met nor pending, with a note for each
 * such need (all at once, so `--only vm` on a fresh host says everything it lacks); else the step's plan with
 * a note for each need a step before it will see to. Only a step that would run is checked, and one skipped
 * for want of an input (the VM with no ISO chosen): one already so, or blocked for its own reason, stays.
 */
export function withPrerequisites(plan: StepPlan, ctx: PlanContext, pending: readonly StepId[]): StepPlan {
  if (plan.state !== 'todo' && plan.state !== 'check' && plan.state !== 'skip') return plan;
  const missing: Note[] = [];
  const notes: Note[] = [];
  for (const need of NEEDS[plan.id] ?? []) {
    if (need.met(ctx)) continue;
    const params = need.params?.(ctx);
    if (!pending.includes(need.from)) missing.push(note(need.blocked, 'error', params));
    else if (need.pending) notes.push(note(need.pending, 'warn', params));
  }
  // A skipped step keeps its own reason (no ISO chosen) next to what else it lacks.
  const own = plan.state === 'skip' ? plan.notes : [];
  if (missing.length) return { id: plan.id, state: 'blocked', notes: [...own, ...missing], commands: [] };
  if (plan.state === 'skip') return plan;
  return notes.length ? { ...plan, notes: [...plan.notes, ...notes] } : plan;
}
