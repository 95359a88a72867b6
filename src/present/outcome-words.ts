import { t } from '../i18n/messages.js';
import { isFailure, type StepId, type StepOutcome, type StepPlan } from '../plan/types.js';

/**
 * Steps that only look at the host (the host check, virt-host-validate): when they find it fine nothing was
 * set up, so they say "checked" (確認済み), not "already done" (設定済み). The JSON results keep the outcome.
 */
const CHECK_STEPS: ReadonlySet<StepId> = new Set(['host', 'validate']);

function checked(id: StepId, outcome: StepOutcome): boolean {
  return CHECK_STEPS.has(id) && (outcome === 'already' || (id === 'validate' && outcome === 'done'));
}

/** A step's outcome in words, as the result screen, the summary and --yes say it. */
export function outcomeWord(id: StepId, outcome: StepOutcome): string {
  if (checked(id, outcome)) return t('outcome.checked');
  // A canceled bridge step is a change the user undid (r, Esc or Ctrl-C on the countdown): their choice.
  if (id === 'bridge' && outcome === 'canceled') return t('outcome.revertedOnRequest');
  return t(`outcome.${outcome}`);
}

/**
 * The mark before an outcome on the result screen: what the user stopped or undid is not marked as a
 * failure (the exit code still says the step did not end done, see README).
 */
export function outcomeMark(outcome: StepOutcome): '✓' | '✗' | '↩' {
  if (outcome === 'canceled') return '↩';
  return isFailure(outcome) ? '✗' : '✓';
}

/** A step's planned state in words (review screen, --dry-run). */
export function stateWord(plan: Pick<StepPlan, 'id' | 'state'>): string {
  return plan.state === 'already' && CHECK_STEPS.has(plan.id)
    ? t('outcome.checked')
    : t(`state.${plan.state}`);
}
