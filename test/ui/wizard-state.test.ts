import { describe, expect, it } from 'vitest';
import type { StepPlan } from '../../src/plan/types.js';
import { STEP_IDS } from '../../src/plan/types.js';
import type { StepResult } from '../../src/run/session.js';
import {
  currentStep,
  exitCodeOf,
  initialState,
  type WizardAction,
  type WizardState,
  wizardReducer,
} from '../../src/ui/wizard-state.js';
import { freshFacts } from '../plan/facts-builder.js';

const plan = (id: StepPlan['id'], state: StepPlan['state'] = 'todo'): StepPlan => ({
  id,
  state,
  notes: [],
  commands: [],
});
const done = (id: StepPlan['id']): StepResult => ({ id, outcome: 'done', plan: plan(id) });
const failed = (id: StepPlan['id']): StepResult => ({
  id,
  outcome: 'failed',
  plan: plan(id),
  failure: { exitCode: 1, tail: ['boom'] },
});

const reduce = (s: WizardState, ...actions: WizardAction[]) => actions.reduce(wizardReducer, s);
const FACTS = freshFacts('el9');
const start = () => initialState(STEP_IDS, {}, FACTS);
const run = { type: 'stepStarted', abort: new AbortController() } as const;
const finished = (result: StepResult): WizardAction => ({ type: 'stepFinished', result, facts: FACTS });

describe('wizardReducer', () => {
  it('starts on the first step, reviewing, with no results', () => {
    const s = start();
    expect(currentStep(s)).toBe('host');
    expect(s).toMatchObject({
      index: 0,
      phase: 'review',
      results: {},
      command: '',
      answers: {},
      probing: false,
    });
  });

  it('run → command → finished: running shows the command, the result is stored under the current step', () => {
    let s = reduce(start(), { type: 'advance', result: done('host') }, run);
    expect(s.phase).toBe('running');
    s = wizardReducer(s, { type: 'command', text: 'dnf -y install qemu-kvm' });
    expect(s.command).toBe('dnf -y install qemu-kvm');
    const after = freshFacts('el9', { vms: ['vm1'] });
    s = wizardReducer(s, { type: 'stepFinished', result: done('packages'), facts: after });
    expect(s.phase).toBe('result');
    expect(s.results.packages?.outcome).toBe('done');
    // The facts the step left behind replace the old ones: the next plans are made from them.
    expect(s.facts).toBe(after);
    expect(currentStep(s)).toBe('packages');
  });

  it('a new run clears the previous command', () => {
    const s = reduce(start(), run, { type: 'command', text: 'x' }, run);
    expect(s.command).toBe('');
  });

  it('next moves on and back returns, both to review', () => {
    let s = reduce(start(), run, finished(done('host')), { type: 'next' });
    expect(currentStep(s)).toBe('packages');
    expect(s.phase).toBe('review');
    s = wizardReducer(s, { type: 'back' });
    expect(currentStep(s)).toBe('host');
    expect(s.phase).toBe('review');
    expect(s.results.host?.outcome).toBe('done');
  });

  it('back on the first step and next on the last stay put', () => {
    expect(wizardReducer(start(), { type: 'back' }).index).toBe(0);
    const last = { ...start(), index: STEP_IDS.length - 1 };
    expect(currentStep(last)).toBe('summary');
    expect(wizardReducer(last, { type: 'next' }).index).toBe(STEP_IDS.length - 1);
    expect(wizardReducer(last, { type: 'advance', result: done('summary') }).index).toBe(STEP_IDS.length - 1);
  });

  it('advance records the given result for the current step and moves on', () => {
    const s = wizardReducer(start(), {
      type: 'advance',
      result: { id: 'host', outcome: 'already', plan: plan('host', 'already') },
    });
    expect(s.results.host?.outcome).toBe('already');
    expect(currentStep(s)).toBe('packages');
  });

  it('skip records "skipped" and keeps the plan of an earlier attempt', () => {
    const attempt = failed('host');
    const s = reduce(start(), run, finished(attempt), { type: 'skip' });
    expect(currentStep(s)).toBe('packages');
    expect(s.results.host).toEqual({ id: 'host', outcome: 'skipped', plan: attempt.plan });
  });

  it('skip without an earlier attempt records an empty "skip" plan', () => {
    const s = wizardReducer(start(), { type: 'skip' });
    expect(s.results.host).toEqual({
      id: 'host',
      outcome: 'skipped',
      plan: { id: 'host', state: 'skip', notes: [], commands: [] },
    });
  });

  it('edit → answersChanged returns to review with the new answers; editCanceled keeps the old ones', () => {
    let s = wizardReducer(start(), { type: 'edit' });
    expect(s.phase).toBe('edit');
    expect(wizardReducer(s, { type: 'editCanceled' })).toMatchObject({ phase: 'review', answers: {} });
    s = wizardReducer(s, { type: 'answersChanged', answers: { vm: { name: 'web' } } as never });
    expect(s).toMatchObject({ phase: 'review', answers: { vm: { name: 'web' } }, probing: false });
  });

  it('an answer that needs the host looked at again probes first; probed brings the new facts', () => {
    const iso = { path: '/var/lib/libvirt/images/x.iso' };
    let s = wizardReducer(start(), { type: 'answersChanged', answers: { iso }, probe: true });
    expect(s).toMatchObject({ probing: true, answers: { iso } });
    const probed = freshFacts('el9', { isos: [] });
    s = wizardReducer(s, { type: 'probed', facts: probed });
    expect(s.probing).toBe(false);
    expect(s.facts).toBe(probed);
  });

  it('choosing no ISO skips the step and forgets the ISO answer', () => {
    const s = wizardReducer(
      { ...start(), answers: { iso: { catalog: 'rocky-9' } } },
      { type: 'answersChanged', answers: {}, probe: true, skipStep: true },
    );
    expect(currentStep(s)).toBe('packages');
    expect(s.results.host?.outcome).toBe('skipped');
    expect(s.answers).toEqual({});
  });

  it('the reducer never mutates the state it is given', () => {
    const s = Object.freeze(start());
    expect(() => reduce(s, run, finished(done('host')), { type: 'next' })).not.toThrow();
    expect(s.index).toBe(0);
    expect(s.results).toEqual({});
  });

  it('a subset of steps (--only) walks only those', () => {
    let s = initialState(['packages', 'bridge'], {}, FACTS);
    expect(currentStep(s)).toBe('packages');
    s = wizardReducer(s, { type: 'skip' });
    expect(currentStep(s)).toBe('bridge');
  });
});

describe('exitCodeOf', () => {
  const onSummary = { index: STEP_IDS.indexOf('summary') };
  it('on the summary: 0 without failures, 1 with one', () => {
    expect(exitCodeOf({ ...start(), ...onSummary })).toBe(0);
    expect(
      exitCodeOf({
        ...start(),
        ...onSummary,
        results: { host: done('host'), packages: failed('packages') },
      }),
    ).toBe(1);
  });

  it('before the summary: 1, not finished, even when nothing failed', () => {
    expect(exitCodeOf(start())).toBe(1);
    expect(exitCodeOf(reduce(start(), run, finished(done('host'))))).toBe(1);
  });

  it('a failed step that was skipped afterwards no longer counts', () => {
    const s = reduce(start(), run, finished(failed('host')), { type: 'skip' });
    expect(exitCodeOf({ ...s, ...onSummary })).toBe(0);
  });
});

describe('asking before quitting', () => {
  it('askQuit asks on an idle screen, keepGoing takes the question back; never while a step runs', () => {
    const asked = reduce(start(), { type: 'askQuit' });
    expect(asked.askingQuit).toBe(true);
    expect(reduce(asked, { type: 'keepGoing' }).askingQuit).toBe(false);
    expect(reduce(start(), run, { type: 'askQuit' }).askingQuit).toBe(false);
  });

  it('back from a result screen: the step before, in review, the result kept', () => {
    const s = reduce(start(), { type: 'advance', result: done('host') }, run, finished(done('packages')), {
      type: 'back',
    });
    expect(currentStep(s)).toBe('host');
    expect(s.phase).toBe('review');
    expect(s.results.packages?.outcome).toBe('done');
  });
});
