import { Box, Text, useApp, useStdout } from 'ink';
import { useEffect, useMemo, useRef, useState } from 'react';
import type { Answers, IsoAnswers } from '../answers/schema.js';
import type { Facts } from '../facts/types.js';
import type { Host } from '../host/host.js';
import { t } from '../i18n/messages.js';
import type { DownloadProgress } from '../iso/progress.js';
import { formatArgv } from '../plan/command.js';
import { planStep } from '../plan/plan.js';
import type { Profile } from '../plan/profiles.js';
import { bridgeSettings } from '../plan/steps/bridge.js';
import { vmSettings } from '../plan/steps/vm.js';
import { isFailure, type Note, type StepId } from '../plan/types.js';
import { type BridgeApplier, probe, runStep } from '../run/session.js';
import { LineTail } from '../run/tail.js';
import type { Transcript } from '../run/transcript.js';
import { type Action, actionsFor, menuItems } from './actions.js';
import { BridgeConfirm } from './BridgeConfirm.js';
import { BridgeForm } from './BridgeForm.js';
import { DownloadBar } from './DownloadBar.js';
import { Header } from './Header.js';
import { IsoPicker } from './IsoPicker.js';
import { bound } from './keys/bindings.js';
import { useKeys } from './keys/router.js';
import { useKeyReducer } from './keys/state.js';
import { wrapLines } from './layout.js';
import { Menu } from './Menu.js';
import { Notes } from './Notes.js';
import { OutputTail } from './OutputTail.js';
import { StepResultView } from './StepResultView.js';
import { StepReview } from './StepReview.js';
import { Summary } from './Summary.js';
import { screenFor } from './screens.js';
import { VmForm } from './VmForm.js';
import { currentStep, exitCodeOf, initialState, type WizardAction, wizardReducer } from './wizard-state.js';

const TAIL_LINES = 8;

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
  const { stdout } = useStdout();
  const columns = stdout.columns || 80;
  // Rows left for the step body: minus header (2, 3 in simulation), menu and the gaps between them.
  // Said once the transcript cannot be written (read-only, full, a planted link): the run goes on without it.
  const [logProblem, setLogProblem] = useState(context.transcript.problem);
  useEffect(() => context.transcript.onProblem(setLogProblem), [context.transcript]);
  const reviewRows = (stdout.rows || 24) - (host.simulated ? 3 : 2) - 3 - (logProblem ? 2 : 0);
  const [state, dispatch] = useKeyReducer(wizardReducer, () => ({
    ...initialState(steps, answers, facts),
    index: resume ? Math.max(steps.indexOf(resume.step), 0) : 0,
  }));
  const id = currentStep(state);
  const plan = useMemo(
    () => planStep(id, state.facts, state.answers, profile),
    [id, state.facts, state.answers, profile],
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
  // running it quits. A bridge change is never interrupted: its checkpoint decides, whatever happens here.
  useKeys((input, key) => {
    if (!bound('run.stop', input, key)) return;
    if (state.phase !== 'running') quit();
    else if (!plan.guard) state.abort?.abort();
  });

  const run = () => void runAndReport(context, state, id, plan.guard?.create.argv, dispatch);
  // Re-attach once, on the first screen: the step runner finds the job and follows it.
  const resumed = useRef(false);
  useEffect(() => {
    if (!resume || resumed.current) return;
    resumed.current = true;
    run();
  });

  const onAction = (a: Action) => {
    if (a === 'run' || a === 'retry') run();
    else if (a === 'skip') dispatch({ type: 'skip' });
    else if (a === 'back') dispatch({ type: 'back' });
    else if (a === 'next') {
      if (state.phase === 'result') dispatch({ type: 'next' });
      else
        dispatch({
          type: 'advance',
          result: { id, outcome: plan.state === 'already' ? 'already' : 'skipped', plan },
        });
    } else if (a === 'edit') dispatch({ type: 'edit' });
    else if (a === 'continue')
      dispatch({ type: 'answersChanged', answers: { ...state.answers, host: { allowNoVirt: true } } });
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

  const { body, footer } = screen;
  return (
    <Box flexDirection="column" gap={1}>
      <Header id={id} n={state.index + 1} total={steps.length} simulated={host.simulated} />
      {logProblem && <Text color="yellow">{wrapLines(`! ${logProblem}`, columns).join('\n')}</Text>}
      {startNote && state.index === 0 && <Notes notes={[startNote]} />}
      {resume && id === resume.step && <Notes notes={[resume.note]} />}
      {body.kind === 'summary' ? (
        <Summary
          steps={steps}
          results={state.results}
          facts={state.facts}
          logPath={context.transcript.written ? context.transcript.path : undefined}
          columns={columns}
        />
      ) : body.kind === 'bridgeConfirm' ? (
        <BridgeConfirm
          checks={body.checks}
          deadline={body.deadline}
          onConfirm={() => state.confirmBridge?.()}
        />
      ) : body.kind === 'download' ? (
        <DownloadBar progress={body.progress} />
      ) : body.kind === 'output' ? (
        // A bridge change is never interrupted (its checkpoint decides): no Ctrl-C hint there.
        <OutputTail command={state.command} lines={[...state.output]} stoppable={id !== 'bridge'} />
      ) : body.kind === 'result' ? (
        <StepResultView result={body.result} rows={reviewRows} columns={columns} />
      ) : body.kind === 'vmForm' ? (
        <VmForm
          initial={vmSettings(state.facts, state.answers)}
          facts={state.facts}
          onDone={(vm) => dispatch({ type: 'answersChanged', answers: { ...state.answers, vm } })}
          onCancel={() => dispatch({ type: 'editCanceled' })}
        />
      ) : body.kind === 'bridgeForm' ? (
        <BridgeForm
          initial={bridgeSettings(state.facts, state.answers.bridge)}
          onDone={(bridge) => dispatch({ type: 'answersChanged', answers: { ...state.answers, bridge } })}
          onCancel={() => dispatch({ type: 'editCanceled' })}
        />
      ) : (
        <StepReview plan={plan} rows={reviewRows} columns={columns} />
      )}
      {footer === 'isoPicker' && (
        <IsoPicker
          isos={state.facts.isos}
          onChoose={chooseIso}
          onBack={() => dispatch({ type: state.phase === 'edit' ? 'editCanceled' : 'back' })}
        />
      )}
      {footer === 'menu' && (
        <Menu
          // A new screen starts with its first item selected.
          key={`${id}-${state.phase}`}
          items={menuItems(actionsFor(plan, state.phase, isFailure(result?.outcome), state.index === 0))}
          onSelect={onAction}
        />
      )}
      {footer === 'formHint' && <Text dimColor>{t('ui.formHint')}</Text>}
      {footer === 'probing' && <Text dimColor>{t('ui.probing')}</Text>}
    </Box>
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
  let progress: DownloadProgress | undefined;
  let frame: NodeJS.Timeout | undefined;
  const flush = () => {
    frame = undefined;
    dispatch({ type: 'output', lines: tail.last() });
    if (progress) dispatch({ type: 'download', progress });
  };
  const redraw = () => {
    frame ??= setTimeout(flush, FRAME_MS);
  };
  try {
    const { result, facts } = await runStep({ ...context, ...state }, id, {
      signal: abort.signal,
      onCommand: (c) => dispatch({ type: 'command', text: formatArgv(c.argv) }),
      onOutput: (block) => {
        tail.pushBlock(block);
        redraw();
      },
      onDownloadProgress: (p) => {
        progress = p;
        redraw();
      },
      onBridgeStatus: (status, confirm) => dispatch({ type: 'bridge', status, confirm }),
    });
    dispatch({ type: 'stepFinished', result, facts });
  } finally {
    clearTimeout(frame);
  }
}
