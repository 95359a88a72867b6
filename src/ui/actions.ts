import { t } from '../i18n/messages.js';
import type { StepPlan } from '../plan/types.js';
import type { MenuItem } from './Menu.js';
import type { Phase } from './wizard-state.js';

export type Action = 'run' | 'skip' | 'back' | 'quit' | 'next' | 'retry' | 'edit' | 'continue' | 'finish';

/** Which choices a screen offers, from the plan's state and the phase: data, so it is tested without rendering. */
export function actionsFor(plan: StepPlan, phase: Phase, failed: boolean, first: boolean): Action[] {
  const back: Action[] = first ? [] : ['back'];
  // Steps with a form (bridge, VM) or a choice (ISO) can be edited before they run.
  const edit: Action[] = plan.id === 'bridge' || plan.id === 'iso' || plan.id === 'vm' ? ['edit'] : [];
  // A result screen goes back too: to the step before, as it was left.
  if (phase === 'result') return failed ? ['retry', 'skip', ...back, 'quit'] : ['next', ...back, 'quit'];
  if (plan.id === 'summary') return ['finish', ...back];
  switch (plan.state) {
    case 'todo':
    case 'check':
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
};

export function menuItems(actions: Action[]): MenuItem<Action>[] {
  return actions.map((value) => ({ value, label: LABEL[value]() }));
}
