import { describe, expect, it } from 'vitest';
import { cmd } from '../../src/plan/command.js';
import type { StepId, StepPlan, StepState } from '../../src/plan/types.js';
import { type Action, actionsFor, menuItems } from '../../src/ui/actions.js';
import type { Phase } from '../../src/ui/wizard-state.js';

// A step to do or check has something to run (one command); `empty` leaves it with nothing.
const plan = (id: StepId, state: StepState, empty = false): StepPlan => ({
  id,
  state,
  notes: [],
  commands: (state === 'todo' || state === 'check') && !empty ? [cmd(['true'], 'why.netStart')] : [],
});

interface Case {
  id: StepId;
  state: StepState;
  phase?: Phase;
  failed?: boolean;
  first?: boolean;
  empty?: boolean;
  actions: Action[];
}

const CASES: Case[] = [
  { id: 'host', state: 'already', first: true, actions: ['next', 'quit'] },
  { id: 'host', state: 'todo', first: true, actions: ['run', 'skip', 'quit'] },
  { id: 'host', state: 'blocked', first: true, actions: ['continue', 'quit'] },
  { id: 'packages', state: 'todo', actions: ['run', 'skip', 'back', 'quit'] },
  { id: 'packages', state: 'already', actions: ['next', 'back', 'quit'] },
  { id: 'packages', state: 'blocked', actions: ['skip', 'back', 'quit'] },
  { id: 'validate', state: 'check', actions: ['run', 'skip', 'back', 'quit'] },
  { id: 'services', state: 'todo', actions: ['run', 'skip', 'back', 'quit'] },
  { id: 'network', state: 'todo', actions: ['run', 'skip', 'back', 'quit'] },
  { id: 'iso', state: 'skip', actions: ['next', 'edit', 'back', 'quit'] },
  { id: 'iso', state: 'already', actions: ['next', 'edit', 'back', 'quit'] },
  { id: 'iso', state: 'blocked', actions: ['edit', 'skip', 'back', 'quit'] },
  { id: 'bridge', state: 'todo', actions: ['run', 'edit', 'skip', 'back', 'quit'] },
  { id: 'bridge', state: 'already', actions: ['next', 'edit', 'back', 'quit'] },
  { id: 'bridge', state: 'blocked', actions: ['edit', 'skip', 'back', 'quit'] },
  { id: 'summary', state: 'already', actions: ['finish', 'back'] },
  { id: 'summary', state: 'already', first: true, actions: ['finish'] },
  { id: 'packages', state: 'todo', phase: 'result', actions: ['next', 'back', 'quit'] },
  {
    id: 'packages',
    state: 'todo',
    phase: 'result',
    failed: true,
    actions: ['retry', 'skip', 'back', 'quit'],
  },
  {
    id: 'bridge',
    state: 'todo',
    phase: 'result',
    failed: true,
    actions: ['retry', 'edit', 'skip', 'back', 'quit'],
  },
  { id: 'host', state: 'todo', phase: 'result', first: true, actions: ['next', 'quit'] },
  // i-layout: a step with nothing to run shows no Run.
  { id: 'host', state: 'check', first: true, empty: true, actions: ['next', 'quit'] },
  { id: 'packages', state: 'todo', empty: true, actions: ['next', 'back', 'quit'] },
];

describe('actionsFor', () => {
  it.each(CASES)('$id $state ($phase, failed=$failed, first=$first) → $actions', (c) => {
    expect(
      actionsFor(plan(c.id, c.state, c.empty), c.phase ?? 'review', c.failed ?? false, c.first ?? false),
    ).toEqual(c.actions);
  });

  it('every screen offers a way out (quit, or finish on the summary)', () => {
    for (const c of CASES) {
      const a = actionsFor(
        plan(c.id, c.state, c.empty),
        c.phase ?? 'review',
        c.failed ?? false,
        c.first ?? false,
      );
      expect(a.includes('quit') || a.includes('finish')).toBe(true);
    }
  });

  it('no menu has two items with the same hotkey (first letter)', () => {
    for (const c of CASES) {
      const items = menuItems(
        actionsFor(plan(c.id, c.state, c.empty), c.phase ?? 'review', c.failed ?? false, c.first ?? false),
      );
      const letters = items.map((i) => i.label[0]?.toLowerCase());
      expect(new Set(letters).size, items.map((i) => i.label).join(', ')).toBe(letters.length);
    }
  });
});

describe('menuItems', () => {
  it('labels each action from the catalogue', () => {
    expect(menuItems(['run', 'skip', 'back', 'quit', 'continue', 'finish'])).toEqual([
      { value: 'run', label: 'Run' },
      { value: 'skip', label: 'Skip' },
      { value: 'back', label: 'Back' },
      { value: 'quit', label: 'Quit' },
      { value: 'continue', label: 'Continue anyway (emulation only)' },
      { value: 'finish', label: 'Finish' },
    ]);
  });
});
