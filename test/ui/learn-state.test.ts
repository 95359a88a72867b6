// The learn-more page in the wizard's one state: over a screen that waits for the user, never over a running step.
import { describe, expect, it } from 'vitest';
import type { StepPlan } from '../../src/plan/types.js';
import { screenFor } from '../../src/ui/screens.js';
import { initialState, type WizardState, wizardReducer } from '../../src/ui/wizard-state.js';
import { freshFacts } from '../plan/facts-builder.js';

const plan: StepPlan = { id: 'network', state: 'todo', notes: [], commands: [] };
const at = (patch: Partial<WizardState> = {}): WizardState => ({
  ...initialState(['network', 'summary'], {}, freshFacts('el9')),
  ...patch,
});

describe('learn-more page state', () => {
  it('opens over a review or a result: the page is the whole body, with no menu under it', () => {
    for (const phase of ['review', 'result'] as const) {
      const s = wizardReducer(at({ phase }), { type: 'learnOpened' });
      expect(s.learn).toBe(true);
      expect(screenFor(s, plan)).toEqual({ body: { kind: 'learn' }, footer: 'none' });
      const closed = wizardReducer(s, { type: 'learnClosed' });
      expect(screenFor(closed, plan).footer).toBe('menu');
      expect(closed.phase).toBe(phase);
    }
  });

  it('does not open while a step runs (a bridge countdown must stay in view) or over a form', () => {
    for (const phase of ['running', 'edit'] as const) {
      const s = at({ phase });
      expect(wizardReducer(s, { type: 'learnOpened' })).toBe(s);
    }
  });
});
