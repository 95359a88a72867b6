import { t } from '../i18n/messages.js';
import { planStep } from '../plan/plan.js';
import { profileLabel } from '../plan/profiles.js';
import type { StepId } from '../plan/types.js';
import type { Session } from '../run/session.js';
import { commandLines, hostBanner, noteLine, stepHeader } from './present.js';
import { style } from './style.js';

/** --dry-run: every step, every command, already-done steps marked; nothing runs. */
export function printPlan(session: Session, steps: StepId[], write: (s: string) => void): void {
  const banner = hostBanner(session);
  if (banner) write(style.yellow(banner));
  write(style.yellow(t('ui.dryRun')));
  if (session.profile.planOnly)
    write(
      style.yellow(t('cli.planOnlyNote', { profile: profileLabel(session.profile), id: session.profile.id })),
    );
  steps.forEach((id, i) => {
    const plan = planStep(id, session.facts, session.answers, session.profile);
    write('');
    write(stepHeader(plan, i, steps.length));
    for (const n of plan.notes) write(noteLine(n));
    for (const l of commandLines(plan)) write(l);
  });
}
