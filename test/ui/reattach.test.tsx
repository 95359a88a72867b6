import { afterEach, describe, expect, it, vi } from 'vitest';
import { t } from '../../src/i18n/messages.js';
import { planStep } from '../../src/plan/plan.js';
import type { StepId } from '../../src/plan/types.js';
import { jobFor, resumableStep } from '../../src/run/detach/step.js';
import type { SimulatedHost } from '../../src/sim/sim-host.js';
import { App } from '../../src/ui/App.js';
import { type Rendered, render } from './render.js';
import { ranCommands, simSession } from './sim-session.js';
import { flat, title } from './wizard-driver.js';

describe('a new start re-attaches to the step a dropped session left running', () => {
  let r: Rendered | undefined;
  afterEach(() => r?.unmount());

  it('opens at that step, says so, follows it to its result, and the step ran once', async () => {
    const session = await simSession('centos-stream9', 'el9', {}, 20);
    const host = session.host as SimulatedHost;
    // The earlier session: started the packages step, then its connection dropped.
    const job = jobFor(planStep('packages', session.facts, session.answers, session.profile));
    await host.jobs.start(job);
    const steps: StepId[] = ['host', 'packages', 'summary'];
    const resume = await resumableStep(host, steps);
    if (!resume) throw new Error('nothing to resume');
    const { profile, transcript, bridgeApplier } = session;
    r = render(
      <App
        context={{ host, profile, transcript, bridgeApplier }}
        answers={session.answers}
        facts={session.facts}
        steps={steps}
        resume={resume}
        onExit={vi.fn()}
      />,
    );
    const first = await r.waitForFrame(`Step 2/3 · ${title('packages')}`);
    expect(flat(first)).toContain(flat(t(resume.note.key, resume.note.params)));
    const done = await r.waitForFrame(`✓ ${t('outcome.done')}`);
    expect(done).toContain(t('ui.next'));
    expect(ranCommands(session)).toEqual([`$ ${job.commands.map((c) => c.argv.join(' ')).join('')}`]);
    expect(await host.jobs.unreported()).toEqual([]);
  });
});
