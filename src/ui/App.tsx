import { basename } from 'node:path';
import { Box, Text, useApp } from 'ink';
import { useEffect, useMemo, useRef, useState } from 'react';
import type { Answers, IsoAnswers } from '../answers/schema.js';
import type { Facts } from '../facts/types.js';
import type { Host } from '../host/host.js';
import { t } from '../i18n/messages.js';
import type { DownloadProgress } from '../iso/progress.js';
import { formatArgv } from '../plan/command.js';
import { planStep } from '../plan/plan.js';
import type { Profile } from '../plan/profiles.js';
import { adminWithoutPassword, needsAdminUser } from '../plan/steps/admin-user.js';
import { bridgeSettings } from '../plan/steps/bridge.js';
import { graphicsChoices, vmSettings } from '../plan/steps/vm.js';
import { isFailure, type Note, type StepId, type StepPlan } from '../plan/types.js';
import { bridgeReviewNotes, bridgeRunningWords } from '../present/bridge-review.js';
import { simulationBanner } from '../present/text.js';
import { confirmInProcess } from '../run/bridge/pending.js';
import { type BridgeApplier, probe, runStep, type StepResult } from '../run/session.js';
import { LineTail } from '../run/tail.js';
import type { Transcript } from '../run/transcript.js';
import { AdminUser } from './AdminUser.js';
import { type Action, actionsFor, menuItems, pointAtAdminOffer, withAdminOffer } from './actions.js';
import { BridgeConfirm } from './BridgeConfirm.js';
import { BridgeForm } from './BridgeForm.js';
import { BridgeReview } from './BridgeReview.js';
import { DownloadBar } from './DownloadBar.js';
import { Header } from './Header.js';
import { IsoPicker } from './IsoPicker.js';
import { bound } from './keys/bindings.js';
import { useKeys } from './keys/router.js';
import { useKeyReducer } from './keys/state.js';
import { LearnPage } from './LearnPage.js';
import { LogView } from './LogView.js';
import { wrapLines } from './layout.js';
import { Menu } from './Menu.js';
import { Notes, noteLines } from './Notes.js';
import { OutputTail } from './OutputTail.js';
import { QuitConfirm } from './QuitConfirm.js';
import { ReconnectWait } from './ReconnectWait.js';
import { StepResultView } from './StepResultView.js';
import { StepReview, textHeight } from './StepReview.js';
import { Summary } from './Summary.js';
import { screenFor } from './screens.js';
import { TryItBlock } from './TryIt.js';
import { COMPACT_BELOW_ROWS, SizeGate, useTerminalSize } from './terminal-size.js';
import { VmForm } from './VmForm.js';
import { currentStep, exitCodeOf, initialState, type WizardAction, wizardReducer } from './wizard-state.js';

const TAIL_LINES = 8;
/** What `l` can show of a step's output: its end, when a step prints more (the transcript has all of it). */
const LOG_LINES = 5000;

/** The host the wizard works on and where it writes: fixed for the whole run. */
export interface WizardContext {
  host: Host;
  profile: Profile;
  transcript: Transcript;
  bridgeApplier: BridgeApplier;
}

/** The interactive wizard: one screen per step, drawn from one state (wizard-state.ts) by `screenFor`. */
export function App({
  context,
  answers,
  facts,
  steps,
  startNote,
  resume,
  onAnswers,
  onExit,
}: {
  context: WizardContext;
  answers: Answers;
  facts: Facts;
  steps: readonly StepId[];
  /** Said on the first screen: what became of the last bridge change (e.g. after a dropped SSH session). */
  startNote?: Note;
  /** A detached step an earlier session left (running or ended unseen): start at it, following it at once. */
  resume?: { step: StepId; note: Note };
  /** Every change of the answers (a form, the ISO picker): the caller keeps the answers the run used. */
  onAnswers?: (answers: Answers) => void;
  /** With the exit code and the step on screen when the wizard ended (summary: finished). */
  onExit: (code: number, at: StepId) => void;
}) {
  const { host, profile } = context;
  const { exit } = useApp();
  const size = useTerminalSize();
  const { columns } = size;
  const prompt: '#' | '$' = host.isRoot() ? '#' : '$';
  // Rows left for the step body: minus header (2, 3 in simulation), menu and the gaps between them.
  // Said once the transcript cannot be written (read-only, full, a planted link): the run goes on without it.
  const [logProblem, setLogProblem] = useState(context.transcript.problem);
  useEffect(() => context.transcript.onProblem(setLogProblem), [context.transcript]);
  // A short window (60×18) has no room for blank lines between the parts: they go first.
  const gap = size.rows < COMPACT_BELOW_ROWS ? 0 : 1;
  // The simulation's banner says where its log and answers go: a long directory wraps it.
  const banner = host.simulated ? simulationBanner(context.transcript.path) : undefined;
  const bannerRows = banner ? wrapLines(banner, columns).length : 0;
  const reviewRows = size.rows - 2 - bannerRows - 1 - 2 * gap - (logProblem ? 1 + gap : 0);
  const [state, dispatch] = useKeyReducer(wizardReducer, () => ({
    ...initialState(steps, answers, facts),
    // A step that ran on while no wizard watched (the session dropped): the screen opens there.
    index: resume ? Math.max(steps.indexOf(resume.step), 0) : 0,
  }));
  // The quit question is asked below the screen: the screen gives up its rows, so nothing scrolls off the top.
  // The notes above the first screen (the last bridge change, a re-attached step) take rows of its own too.
  const id = currentStep(state);
  // What became of "Create admin user", on the services screen it was chosen from.
  const adminNote = id === 'services' && !state.addingAdmin ? state.adminNote : undefined;
  const noteRows = (notes: Note[]) => (notes.length ? noteLines(notes, columns).length + gap : 0);
  const bodyRows =
    reviewRows -
    (state.askingQuit ? wrapLines(t('ui.quitAsk'), columns).length + gap : 0) -
    noteRows(startNote && state.index === 0 ? [startNote] : []) -
    noteRows(resume && currentStep(state) === resume.step ? [resume.note] : []) -
    noteRows(adminNote ? [adminNote] : []);
  // A form has its key hint below it instead of the menu's row: at 60 columns the hint takes two.
  const formRows = bodyRows + 1 - wrapLines(t('ui.formHint'), columns).length;
  // Cockpit refuses root and nobody can administer: the services menu offers to make the user, or to set the
  // password of the one whose passwd failed; its note then points at that item.
  const passwordFor = adminWithoutPassword(state.facts);
  const adminOffer =
    id !== 'services'
      ? undefined
      : needsAdminUser(state.facts)
        ? 'createAdmin'
        : passwordFor
          ? 'passwordForAdmin'
          : undefined;
  const plan = useMemo(
    () => pointAtAdminOffer(planStep(id, state.facts, state.answers, profile), adminOffer),
    [id, state.facts, state.answers, profile, adminOffer],
  );
  const result = state.results[id];
  const screen = screenFor(state, plan);

  useEffect(() => onAnswers?.(state.answers), [state.answers, onAnswers]);

  // An answer that changes what the host is looked at for (the ISO): look again.
  useEffect(() => {
    if (!state.probing) return;
    let current = true;
    void probe(host, profile, state.answers).then((f) => current && dispatch({ type: 'probed', facts: f }));
    return () => {
      current = false;
    };
  }, [state.probing, state.answers, host, profile, dispatch]);

  const quit = () => {
    onExit(exitCodeOf(state), id);
    exit();
  };

  // Ctrl-C stops the running command (SIGTERM, then SIGKILL) and the step shows as canceled; with nothing
  // running it asks whether to quit. A bridge change is never interrupted: its checkpoint decides.
  useKeys((input, key) => {
    if (!bound('run.stop', input, key)) return;
    if (state.phase !== 'running') dispatch({ type: 'askQuit' });
    else if (!plan.guard) state.abort?.abort();
  });

  // ? opens the step's learn-more page from any screen with a menu (never from a form or a text field).
  useKeys((input, key) => {
    if (!bound('learn.open', input, key) || screen.footer !== 'menu') return;
    dispatch({ type: 'learnOpened' });
    return 'screenEnds';
  });
  // l on a result screen: the step's whole output.
  useKeys(
    (input, key) => {
      if (bound('log.show', input, key)) dispatch({ type: 'showLog', show: true });
    },
    { isActive: state.phase === 'result' && !state.viewingLog && !state.askingQuit },
  );

  const run = () => void runAndReport(context, state, id, plan.guard?.create.argv, dispatch);
  // Re-attach once, on the first screen: the step runner finds the job and follows it.
  const resumed = useRef(false);
  useEffect(() => {
    if (!resume || resumed.current) return;
    resumed.current = true;
    run();
  });

  const onAction = (a: Action) => {
    // A network change is looked at once more, y/N, before it is applied.
    if ((a === 'run' || a === 'retry') && plan.guard) dispatch({ type: 'lastReview' });
    else if (a === 'run' || a === 'retry') run();
    else if (a === 'skip') dispatch({ type: 'skip' });
    else if (a === 'back') dispatch({ type: 'back' });
    else if (a === 'next' && id !== 'summary' && state.index === steps.length - 1) {
      // `--only` without the summary: Next on the last step asked for is the end, as Finish would be.
      const results = state.phase === 'result' ? state.results : { ...state.results, [id]: passed(id, plan) };
      onExit(Object.values(results).some((r) => isFailure(r?.outcome)) ? 1 : 0, 'summary');
      exit();
    } else if (a === 'next') {
      if (state.phase === 'result') dispatch({ type: 'next' });
      else dispatch({ type: 'advance', result: passed(id, plan) });
    } else if (a === 'edit') dispatch({ type: 'edit' });
    else if (a === 'createAdmin') dispatch({ type: 'adminUserOpened' });
    else if (a === 'passwordForAdmin' && passwordFor) dispatch({ type: 'adminUserOpened', passwordFor });
    else if (a === 'continue')
      dispatch({ type: 'answersChanged', answers: { ...state.answers, host: { allowNoVirt: true } } });
    // Quit (q) asks first, as Ctrl-C does: one stray key must not leave the steps half done. Finish does not.
    else if (a === 'quit') dispatch({ type: 'askQuit' });
    else quit();
  };

  const chooseIso = (choice: IsoAnswers | undefined) => {
    const { iso: _old, ...rest } = state.answers;
    dispatch({
      type: 'answersChanged',
      answers: choice ? { ...rest, iso: choice } : rest,
      probe: true,
      skipStep: !choice,
    });
  };

  // The simulation has no second session: c runs the same checks as `kvm-wizard confirm`, then keeps.
  const guard = plan.guard;
  const simConfirm =
    host.simulated && guard
      ? () => void confirmInProcess(host, guard.expect, () => state.confirmBridge?.())
      : undefined;
  const { body, footer } = screen;
  return (
    <SizeGate size={size}>
      <Box flexDirection="column" gap={gap}>
        <Header
          id={id}
          n={state.index + 1}
          total={steps.length}
          banner={banner}
          columns={columns}
          hint={footer === 'menu' || footer === 'isoPicker' ? t('learn.hint') : undefined}
        />
        {logProblem && <Text color="yellow">{wrapLines(`! ${logProblem}`, columns).join('\n')}</Text>}
        {startNote && state.index === 0 && <Notes notes={[startNote]} />}
        {resume && id === resume.step && <Notes notes={[resume.note]} />}
        {adminNote && <Notes notes={[adminNote]} width={columns} />}
        {body.kind === 'adminUser' ? (
          <AdminUser
            host={host}
            facts={state.facts}
            transcript={context.transcript}
            columns={columns}
            gap={gap}
            prompt={prompt}
            passwordFor={state.adminPasswordFor}
            onDone={(said) => dispatch({ type: 'adminUserClosed', created: true, said })}
            onCancel={() => dispatch({ type: 'adminUserClosed', created: false })}
          />
        ) : body.kind === 'learn' ? (
          <LearnPage
            host={host}
            id={id}
            columns={columns}
            rows={bodyRows + 2}
            onClose={() => dispatch({ type: 'learnClosed' })}
          />
        ) : body.kind === 'summary' ? (
          <Summary
            steps={steps}
            results={state.results}
            facts={state.facts}
            logPath={context.transcript.written ? context.transcript.path : undefined}
            columns={columns}
            rows={bodyRows}
          />
        ) : body.kind === 'bridgeConfirm' ? (
          <BridgeConfirm
            checks={body.checks}
            deadline={body.deadline}
            columns={columns}
            onConfirm={() => state.confirmBridge?.()}
            onRevert={() => state.revertBridge?.()}
          />
        ) : body.kind === 'bridgeReview' ? (
          <BridgeReview
            notes={bridgeReviewNotes(plan, state.facts, state.answers)}
            columns={columns}
            // No menu below the last review: its row and gap are the review's.
            rows={bodyRows + 1 + gap}
            gap={gap}
            onApply={run}
            onDecline={() => dispatch({ type: 'lastReviewDeclined' })}
          />
        ) : body.kind === 'reconnectWait' ? (
          <ReconnectWait
            checks={body.checks}
            addresses={body.addresses}
            deadline={body.deadline}
            invocation={state.facts?.invocation}
            onRevert={() => state.revertBridge?.()}
            onSimConfirm={simConfirm}
          />
        ) : body.kind === 'download' ? (
          <DownloadBar
            progress={body.progress}
            name={plan.download ? basename(plan.download.dest) : ''}
            columns={columns}
            estimateMiB={plan.download?.sizeMiB}
          />
        ) : body.kind === 'output' ? (
          // A bridge change is never interrupted (its checkpoint decides): no Ctrl-C hint there.
          <OutputTail
            command={state.command}
            words={id === 'bridge' ? bridgeRunningWords(state.bridge) : undefined}
            lines={[...state.output]}
            stoppable={id !== 'bridge'}
          />
        ) : body.kind === 'log' ? (
          <LogView
            lines={state.logs[id] ?? []}
            dropped={state.logsDropped[id] ?? 0}
            logPath={context.transcript.written ? context.transcript.path : undefined}
            rows={bodyRows}
            columns={columns}
            onClose={() => dispatch({ type: 'showLog', show: false })}
          />
        ) : body.kind === 'result' ? (
          <StepResultView
            result={body.result}
            rows={bodyRows}
            columns={columns}
            prompt={prompt}
            hasLog={Boolean(state.logs[id]?.length)}
          />
        ) : body.kind === 'vmForm' ? (
          <VmForm
            initial={vmSettings(state.facts, state.answers)}
            facts={state.facts}
            graphics={graphicsChoices(profile)}
            onDone={(vm) => dispatch({ type: 'answersChanged', answers: { ...state.answers, vm } })}
            onCancel={() => dispatch({ type: 'editCanceled' })}
            columns={columns}
            rows={formRows}
          />
        ) : body.kind === 'bridgeForm' ? (
          <BridgeForm
            initial={bridgeSettings(state.facts, state.answers.bridge)}
            facts={state.facts}
            onDone={(bridge) => dispatch({ type: 'answersChanged', answers: { ...state.answers, bridge } })}
            onCancel={() => dispatch({ type: 'editCanceled' })}
            columns={columns}
            rows={formRows}
          />
        ) : (
          <>
            <StepReview plan={plan} rows={bodyRows} columns={columns} prompt={prompt} gap={gap} />
            {/* i-learn: the host check shows what it looked at, as commands the learner can type */}
            {id === 'host' && (
              <TryItBlock
                host={host}
                id={id}
                width={columns}
                // What the review leaves: its text, its notes, the state line and the gaps between them.
                rows={bodyRows - textHeight(plan, columns) - 3 * gap - 1}
              />
            )}
          </>
        )}
        {footer === 'isoPicker' && (
          <IsoPicker
            isos={state.facts.isos}
            columns={columns}
            // The rows under the step's text (and the gap between them): the list scrolls within them.
            rows={bodyRows + 1 - textHeight(plan, columns) - gap}
            // After a checksum mismatch: the URL and hash that failed, to correct.
            initial={result?.failure?.checksum ? state.answers.iso : undefined}
            onChoose={chooseIso}
            onBack={() => dispatch({ type: state.phase === 'edit' ? 'editCanceled' : 'back' })}
            onLearn={() => dispatch({ type: 'learnOpened' })}
          />
        )}
        {footer === 'menu' && (
          <Menu
            // A new screen starts with its first item selected; after the quit question (Quit picked, then
            // "no") the menu is there to pick from again.
            key={`${id}-${state.phase}-${state.askingQuit}`}
            items={menuItems(
              withAdminOffer(
                actionsFor(
                  plan,
                  state.phase,
                  isFailure(result?.outcome),
                  state.index === 0,
                  !result?.failure?.checksum,
                ),
                adminOffer,
              ),
            )}
            onSelect={onAction}
          />
        )}
        {footer === 'formHint' && <Text dimColor>{t('ui.formHint')}</Text>}
        {state.askingQuit && <QuitConfirm onQuit={quit} onStay={() => dispatch({ type: 'keepGoing' })} />}
        {footer === 'probing' && <Text dimColor>{t('ui.probing')}</Text>}
      </Box>
    </SizeGate>
  );
}

/** Output and a download's progress reach the screen at most once a frame, and only when something came. */
const FRAME_MS = 16;

/**
 * Runs the step on screen and reports it as actions: the command, its output and a download's progress (at
 * most once a frame: a flood of output costs a few redraws a second, not one per line), the bridge's
 * phases, and the result with the facts as they are afterwards.
 */
async function runAndReport(
  context: WizardContext,
  state: { answers: Answers; facts: Facts },
  id: StepId,
  checkpoint: readonly string[] | undefined,
  dispatch: (a: WizardAction) => void,
): Promise<void> {
  const abort = new AbortController();
  dispatch({ type: 'stepStarted', abort });
  // The bridge applier reports phases, not commands: show the checkpoint it starts with.
  if (checkpoint) dispatch({ type: 'command', text: formatArgv(checkpoint) });
  const tail = new LineTail(TAIL_LINES);
  const log = new LineTail(LOG_LINES);
  let progress: DownloadProgress | undefined;
  let frame: NodeJS.Timeout | undefined;
  const flush = () => {
    clearTimeout(frame);
    frame = undefined;
    dispatch({ type: 'output', lines: tail.last() });
    if (progress) dispatch({ type: 'download', progress });
  };
  // What is still waiting for its frame is shown before the screen moves on (the next command, the result):
  // dropped with the timer, the download's last progress (100 %) never reached the screen, and the bar stayed
  // at the event before it while the download had finished.
  const flushPending = () => {
    if (frame) flush();
  };
  const redraw = () => {
    frame ??= setTimeout(flush, FRAME_MS);
  };
  try {
    const { result, facts } = await runStep({ ...context, ...state }, id, {
      signal: abort.signal,
      onCommand: (c) => {
        flushPending();
        log.push(`$ ${formatArgv(c.argv)}`);
        dispatch({ type: 'command', text: formatArgv(c.argv) });
      },
      onOutput: (block) => {
        tail.pushBlock(block);
        log.pushBlock(block);
        redraw();
      },
      onDownloadProgress: (p) => {
        progress = p;
        redraw();
      },
      onBridgeStatus: (status, confirm, revert) => dispatch({ type: 'bridge', status, confirm, revert }),
    });
    flushPending();
    dispatch({ type: 'stepFinished', result, facts, log: log.last(), logDropped: log.dropped() });
  } finally {
    clearTimeout(frame);
  }
}

/** A step passed by with Next without running: already so, or skipped. */
function passed(id: StepId, plan: StepPlan): StepResult {
  return { id, outcome: plan.state === 'already' ? 'already' : 'skipped', plan };
}
