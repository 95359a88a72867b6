import { describe, expect, it } from 'vitest';
import type { BridgeStatus } from '../../src/facts/bridge-status.js';
import type { StepPlan } from '../../src/plan/types.js';
import { screenFor } from '../../src/ui/screens.js';
import { initialState, type WizardState } from '../../src/ui/wizard-state.js';
import { freshFacts } from '../plan/facts-builder.js';

const plan = (id: StepPlan['id'], state: StepPlan['state'] = 'todo'): StepPlan => ({
  id,
  state,
  notes: [],
  commands: [],
});
const at = (id: StepPlan['id'], patch: Partial<WizardState> = {}): WizardState => ({
  ...initialState([id, 'summary'], {}, freshFacts('el9')),
  ...patch,
});
const verified: BridgeStatus = {
  phase: 'verified',
  id: 'j1',
  at: 0,
  checkpoint: '/org/freedesktop/NetworkManager/Checkpoint/1',
  deadline: 90_000,
  pid: 1,
  checks: [],
};

describe('screenFor: every screen from a state value', () => {
  it.each([
    ['a step to review, with its menu', at('packages'), plan('packages'), 'review', 'menu'],
    [
      'a running command: its output, no menu',
      at('packages', { phase: 'running' }),
      plan('packages'),
      'output',
      'none',
    ],
    [
      'a running download: its progress bar',
      at('iso', { phase: 'running', download: { received: 1, total: 2, bytesPerSecond: 1 } as never }),
      plan('iso'),
      'download',
      'none',
    ],
    [
      'a verified bridge: the confirmation countdown',
      at('bridge', { phase: 'running', bridge: verified }),
      plan('bridge'),
      'bridgeConfirm',
      'none',
    ],
    [
      'a result with Next/Retry',
      at('packages', {
        phase: 'result',
        results: { packages: { id: 'packages', outcome: 'done', plan: plan('packages') } },
      }),
      plan('packages'),
      'result',
      'menu',
    ],
    [
      'the bridge form, with its key hint',
      at('bridge', { phase: 'edit' }),
      plan('bridge'),
      'bridgeForm',
      'formHint',
    ],
    ['the VM form', at('vm', { phase: 'edit' }), plan('vm'), 'vmForm', 'formHint'],
    ['an ISO step with nothing chosen: the picker', at('iso'), plan('iso', 'skip'), 'review', 'isoPicker'],
    ['an ISO chosen: the menu', at('iso'), plan('iso', 'todo'), 'review', 'menu'],
    [
      'the ISO step edited: the picker again',
      at('iso', { phase: 'edit' }),
      plan('iso', 'todo'),
      'review',
      'isoPicker',
    ],
    [
      'looking at the host again: no keys taken',
      at('iso', { probing: true }),
      plan('iso'),
      'review',
      'probing',
    ],
    ['the summary', at('summary'), plan('summary'), 'summary', 'menu'],
  ] as const)('%s', (_what, state, stepPlan, body, footer) => {
    const screen = screenFor(state, stepPlan);
    expect(screen.body.kind).toBe(body);
    expect(screen.footer).toBe(footer);
  });
});
