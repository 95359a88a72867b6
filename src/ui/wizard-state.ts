import { isFailure, type StepId } from '../plan/types.js';
import type { BridgeStatus } from '../run/bridge/status.js';
import type { StepResult } from '../run/session.js';

/** The wizard's screen state as a pure reducer: screens send intents, the host work happens outside. */

export type Phase = 'review' | 'running' | 'result' | 'edit';

export interface WizardState {
  steps: readonly StepId[];
  index: number;
  phase: Phase;
  results: Partial<Record<StepId, StepResult>>;
  command: string;
  /** Progress of a bridge change while it runs. */
  bridge?: BridgeStatus;
  /** Bumped when answers or facts change, so the plan on screen is computed again. */
  revision: number;
}

export type WizardAction =
  | { type: 'run' }
  | { type: 'command'; text: string }
  | { type: 'finished'; result: StepResult }
  | { type: 'next' }
  | { type: 'advance'; result: StepResult }
  | { type: 'back' }
  | { type: 'skip' }
  | { type: 'edit' }
  | { type: 'edited' }
  | { type: 'bridge'; status: BridgeStatus };

export function initialState(steps: readonly StepId[]): WizardState {
  return { steps, index: 0, phase: 'review', results: {}, command: '', revision: 0 };
}

export function currentStep(s: WizardState): StepId {
  return s.steps[s.index] ?? 'summary';
}

export function wizardReducer(s: WizardState, a: WizardAction): WizardState {
  const id = currentStep(s);
  switch (a.type) {
    case 'run':
      return { ...s, phase: 'running', command: '', bridge: undefined };
    case 'bridge':
      return {
        ...s,
        bridge: a.status,
        command: a.status.phase === 'applying' ? a.status.checkpoint : s.command,
      };
    case 'command':
      return { ...s, command: a.text };
    case 'finished':
      return { ...s, phase: 'result', results: { ...s.results, [id]: a.result }, revision: s.revision + 1 };
    case 'advance':
      return {
        ...s,
        phase: 'review',
        index: Math.min(s.index + 1, s.steps.length - 1),
        results: { ...s.results, [id]: a.result },
      };
    case 'next':
      return { ...s, phase: 'review', index: Math.min(s.index + 1, s.steps.length - 1) };
    case 'back':
      return { ...s, phase: 'review', index: Math.max(s.index - 1, 0) };
    case 'skip': {
      const previous = s.results[id];
      const skipped: StepResult = {
        id,
        outcome: 'skipped',
        plan: previous?.plan ?? { id, state: 'skip', notes: [], commands: [] },
      };
      return {
        ...s,
        phase: 'review',
        index: Math.min(s.index + 1, s.steps.length - 1),
        results: { ...s.results, [id]: skipped },
      };
    }
    case 'edit':
      return { ...s, phase: 'edit' };
    case 'edited':
      return { ...s, phase: 'review', revision: s.revision + 1 };
  }
}

/** Interactive exit code: 1 when any step ended failed, else 0. */
export function exitCodeOf(s: WizardState): number {
  return Object.values(s.results).some((r) => isFailure(r?.outcome)) ? 1 : 0;
}
