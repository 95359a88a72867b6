import { t } from '../i18n/messages.js';
import type { StepId, StepOutcome, StepPlan } from '../plan/types.js';

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
  return checked(id, outcome) ? t('outcome.checked') : t(`outcome.${outcome}`);
}

/** A step's planned state in words (review screen, --dry-run). */
export function stateWord(plan: Pick<StepPlan, 'id' | 'state'>): string {
  return plan.state === 'already' && CHECK_STEPS.has(plan.id)
    ? t('outcome.checked')
    : t(`state.${plan.state}`);
}
