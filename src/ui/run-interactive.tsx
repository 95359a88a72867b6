import { render } from 'ink';
import { answersPathBeside, saveAnswers } from '../answers/save.js';
import { t } from '../i18n/messages.js';
import { visible } from '../i18n/visible.js';
import type { StepId } from '../plan/types.js';
import { reportOnce } from '../run/bridge/last-apply.js';
import { resumableStep } from '../run/detach/step.js';
import type { Session } from '../run/session.js';
import { App } from './App.js';
import { KeyRouterProvider } from './keys/router.js';
import { wrapLines } from './layout.js';
import { holdableStdout } from './screen-hold.js';

/** Starts the Ink app on the terminal and resolves with the exit code once the user finishes or quits. */
export async function runInteractive(session: Session, steps: readonly StepId[]): Promise<number> {
  const facts = await session.probe();
  // A long step an earlier (dropped) session left in the background: the wizard starts there, following it.
  const resume = await resumableStep(session.host, steps);
  let code = 0;
  let stoppedAt: StepId = 'summary';
  const { host, profile, transcript } = session;
  // Ink's writes can be held while a program run on the terminal (passwd) has it: see screen-hold.ts.
  const { stdout, screen, atLineStart } = holdableStdout(process.stdout);
  const app = render(
    <KeyRouterProvider source={process.stdin} screen={screen}>
      <App
        context={{ host, profile, transcript, bridgeApplier: session.bridgeApplier }}
        answers={session.answers}
        facts={facts}
        steps={steps}
        startNote={reportOnce(facts.lastBridgeApply, facts.probedAt)}
        {...(resume ? { resume } : {})}
        onAnswers={(answers) => {
          session.answers = answers;
        }}
        onExit={(c, at) => {
          code = c;
          stoppedAt = at;
        }}
      />
    </KeyRouterProvider>,
    // App handles Ctrl-C itself: it cancels a running command first, and quits only when nothing runs.
    { exitOnCtrlC: false, stdout },
  );
  await app.waitUntilExit();
  if (!atLineStart()) process.stdout.write('\n');
  // Wrapped at spaces for the terminal as it is now: a word is never split, a path never cut.
  const say = (line: string) =>
    process.stdout.write(`${wrapLines(line, process.stdout.columns || 80, { cut: false }).join('\n')}\n`);
  // Below the last screen, which stays: where a Quit left off, and where the log is.
  if (stoppedAt !== 'summary') {
    const title = t(`step.${stoppedAt}.title`);
    say(t('ui.stoppedAt', { n: steps.indexOf(stoppedAt) + 1, total: steps.length, step: title }));
  }
  if (transcript.written) say(t('ui.log', { path: visible(transcript.path) }));
  say(saveAnswersLine(session));
  return code;
}

/** The answers this run used (the App keeps session.answers current), saved for a --yes replay; says where. */
function saveAnswersLine(session: Session): string {
  try {
    const simulated = session.host.simulated;
    const path = saveAnswers(session.answers, session.transcript.path, new Date(), simulated);
    return t(simulated ? 'answers.savedSimulated' : 'answers.saved', { path });
  } catch (e) {
    // Not being able to save them must not turn a finished run into a failed one: say so and go on.
    const path = answersPathBeside(session.transcript.path);
    return visible(t('answers.saveFailed', { path, reason: (e as Error).message }));
  }
}
