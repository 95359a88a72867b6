import type { BridgeCheck } from '../facts/bridge-status.js';
import type { DownloadProgress } from '../iso/progress.js';
import type { StepPlan } from '../plan/types.js';
import type { StepResult } from '../run/session.js';
import { currentStep, type WizardState } from './wizard-state.js';

/** What the main part of the screen shows. */
export type Body =
  | { kind: 'summary' }
  | { kind: 'bridgeConfirm'; checks: BridgeCheck[]; deadline: number }
  | { kind: 'download'; progress: DownloadProgress }
  | { kind: 'output' }
  | { kind: 'result'; result: StepResult }
  | { kind: 'log' }
  | { kind: 'vmForm' }
  | { kind: 'bridgeForm' }
  | { kind: 'review' };

/** What takes the keys below it: the step's menu, the ISO picker, a form's hint, or nothing (busy). */
export type Footer = 'menu' | 'isoPicker' | 'formHint' | 'probing' | 'none';

/**
 * The screen for a state, as data (beside `actionsFor`, which says what its menu offers): every screen is
 * reachable from a state value in a test, and App only draws what this returns.
 */
export function screenFor(s: WizardState, plan: StepPlan): { body: Body; footer: Footer } {
  const id = currentStep(s);
  const result = s.results[id];
  const body = bodyFor(s, plan.id, result);
  if (s.probing) return { body, footer: 'probing' };
  if (s.phase === 'running' || body.kind === 'log') return { body, footer: 'none' };
  if (s.phase === 'edit' && (id === 'bridge' || id === 'vm')) return { body, footer: 'formHint' };
  const isoPicking =
    id === 'iso' &&
    s.phase !== 'result' &&
    (plan.state === 'skip' || plan.state === 'blocked' || s.phase === 'edit');
  return { body, footer: isoPicking ? 'isoPicker' : 'menu' };
}

function bodyFor(s: WizardState, id: StepPlan['id'], result: StepResult | undefined): Body {
  if (id === 'summary') return { kind: 'summary' };
  if (s.phase === 'running') {
    if (s.bridge?.phase === 'verified')
      return { kind: 'bridgeConfirm', checks: s.bridge.checks, deadline: s.bridge.deadline };
    if (s.download) return { kind: 'download', progress: s.download };
    return { kind: 'output' };
  }
  if (s.phase === 'result' && s.viewingLog) return { kind: 'log' };
  if (s.phase === 'result' && result) return { kind: 'result', result };
  if (s.phase === 'edit' && id === 'vm') return { kind: 'vmForm' };
  if (s.phase === 'edit' && id === 'bridge') return { kind: 'bridgeForm' };
  return { kind: 'review' };
}
