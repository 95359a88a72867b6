import { t } from '../i18n/messages.js';
import type { StepPlan } from '../plan/types.js';
import type { MenuItem } from './Menu.js';
import type { Phase } from './wizard-state.js';

export type Action =
  | 'run'
  | 'skip'
  | 'back'
  | 'quit'
  | 'next'
  | 'retry'
  | 'edit'
  | 'continue'
  | 'finish'
  | 'createAdmin'
  // Its value's first letter is its hotkey: p, since s is Skip's ("Set password(P)").
  | 'passwordForAdmin';

/**
 * Which choices a screen offers, from the plan's state and the phase: data, so it is tested without rendering.
 * `retryable` false: running again would fail the same way (a download whose SHA-256 did not match is checked
 * against the same hash): Edit is offered instead of Retry.
 */
export function actionsFor(
  plan: StepPlan,
  phase: Phase,
  failed: boolean,
  first: boolean,
  retryable = true,
): Action[] {
  const back: Action[] = first ? [] : ['back'];
  // Steps with a form (bridge, VM) or a choice (ISO) can be edited before they run.
  const edit: Action[] = plan.id === 'bridge' || plan.id === 'iso' || plan.id === 'vm' ? ['edit'] : [];
  // A rolled-back bridge can be edited: a wrong gateway is fixed in the form, not retried as it was.
  const fix: Action[] = plan.id === 'bridge' ? ['edit'] : [];
  // A result screen goes back too: to the step before, as it was left.
  if (phase === 'result') {
    if (!failed) return ['next', ...back, 'quit'];
    // A wrong checksum is fixed by editing the URL or hash: retrying would download it all again, as wrong.
    return retryable ? ['retry', ...fix, 'skip', ...back, 'quit'] : ['edit', 'skip', ...back, 'quit'];
  }
  if (plan.id === 'summary') return ['finish', ...back];
  switch (plan.state) {
    case 'todo':
    case 'check':
      // Nothing to run (a check whose host is a stand-in): no Run that would do nothing unseen.
      if (!plan.commands.length && !plan.download && !plan.guard) return ['next', ...edit, ...back, 'quit'];
      return ['run', ...edit, 'skip', ...back, 'quit'];
    case 'already':
      return ['next', ...edit, ...back, 'quit'];
    case 'blocked':
      if (plan.id === 'host') return ['continue', ...back, 'quit'];
      return [...edit, 'skip', ...back, 'quit'];
    case 'skip':
      return ['next', ...edit, ...back, 'quit'];
  }
}

/**
 * The services step, when Cockpit refuses root and nobody can administer: "Create admin user", or "Set
 * password" when the admin exists without one (its passwd failed or was given up), before Back/Quit.
 */
export function withAdminOffer(
  actions: Action[],
  offer: 'createAdmin' | 'passwordForAdmin' | undefined,
): Action[] {
  if (!offer) return actions;
  const at = actions.findIndex((a) => a === 'back' || a === 'quit');
  return at < 0 ? [...actions, offer] : [...actions.slice(0, at), offer, ...actions.slice(at)];
}

const LABEL: Record<Action, () => string> = {
  run: () => t('ui.run'),
  skip: () => t('ui.skip'),
  back: () => t('ui.back'),
  quit: () => t('ui.quit'),
  next: () => t('ui.next'),
  retry: () => t('ui.retry'),
  edit: () => t('ui.edit'),
  continue: () => t('host.continueAnyway'),
  finish: () => t('ui.finish'),
  createAdmin: () => t('adminUser.action'),
  passwordForAdmin: () => t('adminUser.passwordAction'),
};

export function menuItems(actions: Action[]): MenuItem<Action>[] {
  return actions.map((value) => ({ value, label: LABEL[value]() }));
}

/**
 * The services note that says how to make the admin user (or set its password) by hand points at the menu
 * item instead when the menu offers it; --yes and export keep the line to copy.
 */
export function pointAtAdminOffer(
  plan: StepPlan,
  offer: 'createAdmin' | 'passwordForAdmin' | undefined,
): StepPlan {
  if (!offer) return plan;
  const notes = plan.notes.map((n) =>
    n.key === 'services.cockpitNoAdmin' && offer === 'createAdmin'
      ? { ...n, key: 'services.cockpitNoAdminOffered' as const }
      : n.key === 'services.cockpitAdminNoPassword' && offer === 'passwordForAdmin'
        ? { ...n, key: 'services.cockpitAdminNoPasswordOffered' as const }
        : n,
  );
  return { ...plan, notes };
}
