import type { BridgeCheck } from '../facts/bridge-status.js';
import type { DownloadProgress } from '../iso/progress.js';
import type { StepPlan } from '../plan/types.js';
import type { StepResult } from '../run/session.js';
import { currentStep, type WizardState } from './wizard-state.js';

/** What the main part of the screen shows. */
export type Body =
  | { kind: 'summary' }
  | { kind: 'learn' }
  | { kind: 'bridgeConfirm'; checks: BridgeCheck[]; deadline: number }
  | { kind: 'reconnectWait'; checks: BridgeCheck[]; deadline: number; addresses: string[] }
  | { kind: 'download'; progress: DownloadProgress }
  | { kind: 'output' }
  | { kind: 'result'; result: StepResult }
  | { kind: 'log' }
  | { kind: 'vmForm' }
  | { kind: 'bridgeForm' }
  | { kind: 'bridgeReview' }
  | { kind: 'adminUser' }
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
  if (s.learn) return { body: { kind: 'learn' }, footer: 'none' };
  // It shows its own keys, and takes them.
  if (s.addingAdmin) return { body: { kind: 'adminUser' }, footer: 'none' };
  const body = bodyFor(s, plan.id, result);
  if (s.probing) return { body, footer: 'probing' };
  // The running step, the last review and the log view take their keys themselves: no menu.
  if (s.phase === 'running' || s.phase === 'lastReview' || body.kind === 'log')
    return { body, footer: 'none' };
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
    // The address moved: only `kvm-wizard confirm` from a session to the new address keeps it, not Enter here.
    if (s.bridge?.phase === 'verified' && s.bridge.reconnect) {
      const { checks, deadline, reconnect } = s.bridge;
      return { kind: 'reconnectWait', checks, deadline, addresses: reconnect.addresses };
    }
    if (s.bridge?.phase === 'verified')
      return { kind: 'bridgeConfirm', checks: s.bridge.checks, deadline: s.bridge.deadline };
    if (s.download) return { kind: 'download', progress: s.download };
    return { kind: 'output' };
  }
  if (s.phase === 'lastReview') return { kind: 'bridgeReview' };
  if (s.phase === 'result' && s.viewingLog) return { kind: 'log' };
  if (s.phase === 'result' && result) return { kind: 'result', result };
  if (s.phase === 'edit' && id === 'vm') return { kind: 'vmForm' };
  if (s.phase === 'edit' && id === 'bridge') return { kind: 'bridgeForm' };
  return { kind: 'review' };
}
