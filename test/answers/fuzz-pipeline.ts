import type { Answers } from '../../src/answers/schema.js';
import { parseCli } from '../../src/cli/args.js';
import { makeHost, openSession, resolveProfile, selectedSteps } from '../../src/cli/context.js';
import { printPlan } from '../../src/cli/dry-run.js';
import { shellScript } from '../../src/export/shell.js';
import { planStep } from '../../src/plan/plan.js';
import type { StepPlan } from '../../src/plan/types.js';

/**
 * What `--dry-run --simulate --answers F` and `export --simulate --answers F` do with answers that loaded,
 * in-process: the same functions src/cli/main.ts calls (makeHost, resolveProfile, openSession, probe,
 * printPlan; plan and shellScript for export), so a thousand files cost seconds rather than a thousand node
 * start-ups. The header main.ts adds to the script is left out: it holds no answer.
 * Set KVM_WIZARD_LOG_DIR before calling: openSession's transcript goes there.
 */
export async function dryRunAndExport(
  answers: Answers,
): Promise<{ dryRunCode: number; dryRunLines: string[]; plans: StepPlan[]; script: string }> {
  const dryRunLines: string[] = [];
  const dry = parseCli(['--dry-run', '--simulate']);
  const dryHost = makeHost(dry, 0);
  const drySession = openSession(dryHost, await resolveProfile(dryHost, dry), answers);
  await drySession.probe();
  const dryRunCode = printPlan(drySession, selectedSteps(dry), (s) => dryRunLines.push(s));

  const exp = parseCli(['export', '--simulate']);
  const host = makeHost(exp, 0);
  const session = openSession(host, await resolveProfile(host, exp), answers);
  await session.probe();
  // As export plans them: the steps before each one are pending.
  const steps = selectedSteps(exp);
  const plans = steps.map((id, i) =>
    planStep(id, session.facts, session.answers, session.profile, steps.slice(0, i)),
  );
  return { dryRunCode, dryRunLines, plans, script: shellScript(plans, []) };
}
