// What a step needs from an earlier one (src/plan/prerequisites.ts): blocked with the reason when the step
// that provides it is neither done nor coming before in this run; a note when it is coming.
import { describe, expect, it } from 'vitest';
import { answersSchema } from '../../src/answers/schema.js';
import { t } from '../../src/i18n/messages.js';
import { planStep } from '../../src/plan/plan.js';

import { STEP_IDS, type StepId } from '../../src/plan/types.js';
import { freshFacts, profileOf } from './facts-builder.js';

const ISO = '/var/lib/libvirt/images/CentOS-Stream-9-latest-x86_64-boot.iso';
const withIso = answersSchema.parse({ iso: { path: ISO } });
const fresh = freshFacts('el9');
const stepsBefore = (id: StepId) => STEP_IDS.slice(0, STEP_IDS.indexOf(id));
const plan = (id: StepId, pending: readonly StepId[] = [], facts = fresh, answers = withIso) =>
  planStep(id, facts, answers, profileOf('el9'), pending);
const reason = (id: StepId, pending: readonly StepId[] = [], facts = fresh) => {
  const p = plan(id, pending, facts);
  return [p.state, p.commands.length, p.notes.map((n) => t(n.key, n.params))] as const;
};

describe('prerequisites on a fresh host', () => {
  it.each([
    ['validate', 'virt-host-validate is not installed: the packages step installs it.'],
    ['services', 'Not installed: qemu-kvm libvirt virt-install cockpit cockpit-machines.'],
    ['network', 'libvirt does not answer (virsh cannot connect): the services step starts it.'],
  ] as const)('%s alone (--only): blocked, nothing to run, the reason and how to go on', (id, says) => {
    const [state, commands, notes] = reason(id);
    expect(state).toBe('blocked');
    expect(commands).toBe(0);
    expect(notes).toHaveLength(1);
    expect(notes[0]).toContain(says);
    expect(notes[0]).toMatch(/--only \w+,\w+/);
  });

  it.each(['validate', 'services', 'network', 'vm'] as const)(
    '%s after the steps before it in the same run (--dry-run, export): to do, as before',
    (id) => {
      expect(['todo', 'check']).toContain(plan(id, stepsBefore(id)).state);
    },
  );

  it('vm with packages and services before it but no ISO step: blocked on the ISO, naming it', () => {
    const facts = freshFacts('el9', { isos: [] });
    const [state, , notes] = reason('vm', ['packages', 'services'], facts);
    expect(state).toBe('blocked');
    expect(notes[0]).toContain(`${ISO} is not on this host: the ISO step downloads it.`);
  });

  it('vm on a bridge that is not there: blocked without the bridge step, a note with it', () => {
    const a = answersSchema.parse({ iso: { path: ISO }, vm: { network: 'bridge' } });
    const others = stepsBefore('vm').filter((s) => s !== 'bridge');
    expect(plan('vm', others, fresh, a).state).toBe('blocked');
    const withBridge = plan('vm', stepsBefore('vm'), fresh, a);
    expect(withBridge.state).toBe('todo');
    expect(withBridge.notes.map((n) => n.key)).toContain('prereq.bridgePending');
  });

  it('vm alone (--only): every missing prerequisite at once, each with how to go on', () => {
    const [state, commands, notes] = reason('vm');
    expect(state).toBe('blocked');
    expect(commands).toBe(0);
    expect(notes).toEqual([
      expect.stringContaining('virt-install is not installed: the packages step installs it.'),
      expect.stringContaining('libvirt does not answer (virsh cannot connect): the services step starts it.'),
      expect.stringContaining(`${ISO} is not on this host: the ISO step downloads it.`),
    ]);
    for (const n of notes) expect(n).toMatch(/--only \w+,vm/);
  });

  it('vm alone with no ISO chosen on a fresh host: "No ISO chosen" and what else it lacks, not only the ISO', () => {
    const p = plan('vm', [], fresh, {});
    expect(p.state).toBe('blocked');
    expect(p.notes.map((n) => n.key)).toEqual(['vm.noIso', 'prereq.virtInstall', 'prereq.libvirt']);
  });

  it('a step whose own plan is already so, or skipped with nothing else missing, is left as it is', () => {
    // No ISO chosen on a host that has the rest: the VM step has nothing to do.
    expect(plan('vm', [], fresh, {}).state).toBe('blocked');
    expect(plan('vm', stepsBefore('vm'), fresh, {}).state).toBe('skip');
    expect(plan('vm', stepsBefore('vm'), fresh, {}).notes.map((n) => n.key)).toEqual(['vm.noIso']);
  });
});
