import { t } from '../i18n/messages.js';
import { planStep } from '../plan/plan.js';
import { profileLabel } from '../plan/profiles.js';
import type { StepId, StepPlan } from '../plan/types.js';
import { style } from '../present/style.js';
import { commandLines, hostBanner, noteLine, stepHeader } from '../present/text.js';
import type { Session } from '../run/session.js';
import { EXIT } from './context.js';

/**
 * --dry-run: every step, every command, already-done steps marked; nothing runs. Exit 1 when a step is
 * blocked, as a run would stop there (the README's promise), so a script can test the host first.
 */
export function printPlan(session: Session, steps: StepId[], write: (s: string) => void): number {
  const banner = hostBanner(session);
  if (banner) write(style.yellow(banner));
  write(style.yellow(t('ui.dryRun')));
  if (session.profile.planOnly)
    write(
      style.yellow(t('cli.planOnlyNote', { profile: profileLabel(session.profile), id: session.profile.id })),
    );
  const blocked: StepId[] = [];
  steps.forEach((id, i) => {
    // The steps before it would have run by then: what they provide is not missing (prerequisites.ts).
    const plan = planStep(id, session.facts, session.answers, session.profile, steps.slice(0, i));
    write('');
    write(stepHeader(plan, i, steps.length));
    for (const n of plan.notes) write(noteLine(n));
    for (const l of commandLines(plan)) write(l);
    if (plan.state === 'blocked' && !leftOut(plan)) blocked.push(id);
  });
  if (!blocked.length) return EXIT.ok;
  write('');
  write(style.red(t('cli.planBlocked', { steps: blocked.join(', '), first: blocked[0] ?? '' })));
  return EXIT.failed;
}

/** A --target plan leaves the bridge out on purpose (it depends on the host's own NIC): not a block to report. */
export function leftOut(plan: StepPlan): boolean {
  return plan.notes.some((n) => n.key === 'bridge.standIn');
}
