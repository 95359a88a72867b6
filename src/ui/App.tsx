import { Box, Text, useApp, useInput, useStdout } from 'ink';
import { useEffect, useReducer, useRef, useState } from 'react';
import type { BridgeAnswers, IsoAnswers } from '../answers/schema.js';
import { t } from '../i18n/messages.js';
import type { DownloadProgress } from '../iso/progress.js';
import { formatArgv } from '../plan/command.js';
import { bridgeSettings, lastBridgeNote } from '../plan/steps/bridge.js';
import { vmSettings } from '../plan/steps/vm.js';
import { isFailure, type StepId } from '../plan/types.js';
import { markReported } from '../run/bridge/last-apply.js';
import type { Session } from '../run/session.js';
import { LineTail } from '../run/tail.js';
import { type Action, actionsFor, menuItems } from './actions.js';
import { BridgeConfirm } from './BridgeConfirm.js';
import { BridgeForm } from './BridgeForm.js';
import { DownloadBar } from './DownloadBar.js';
import { Header } from './Header.js';
import { IsoPicker } from './IsoPicker.js';
import { Menu } from './Menu.js';
import { Notes } from './Notes.js';
import { OutputTail } from './OutputTail.js';
import { StepResultView } from './StepResultView.js';
import { StepReview } from './StepReview.js';
import { Summary } from './Summary.js';
import { VmForm } from './VmForm.js';
import { currentStep, exitCodeOf, initialState, wizardReducer } from './wizard-state.js';

const TAIL_LINES = 8;

/** The interactive wizard: one screen per step; the plan on screen is recomputed from the session's facts. */
export function App({
  session,
  steps,
  onExit,
}: {
  session: Session;
  steps: readonly StepId[];
  /** With the exit code and the step on screen when the wizard ended (summary: finished). */
  onExit: (code: number, at: StepId) => void;
}) {
  const { exit } = useApp();
  const { stdout } = useStdout();
  const columns = stdout.columns || 80;
  // Rows left for the step body: minus header (2, 3 in simulation), menu and the gaps between them.
  const reviewRows = (stdout.rows || 24) - (session.host.simulated ? 3 : 2) - 3;
  const [state, dispatch] = useReducer(wizardReducer, steps, initialState);
  const tail = useRef(new LineTail(TAIL_LINES));
  const confirmBridge = useRef<() => void>(() => {});
  const download = useRef<DownloadProgress | undefined>(undefined);
  const [, setTick] = useState(0);
  // Said once, on the first screen: what became of the last bridge change (e.g. after a dropped SSH session).
  const [lastBridge] = useState(() => {
    const last = session.facts.lastBridgeApply;
    const n = last && !last.reported ? lastBridgeNote(last.status, session.facts.probedAt) : undefined;
    if (last && n) markReported(last.status.id);
    return n;
  });
  const id = currentStep(state);
  const plan = session.plan(id);
  const result = state.results[id];

  // While a command runs, redraw the output tail at most ten times a second, however fast lines arrive.
  useEffect(() => {
    if (state.phase !== 'running') return;
    const timer = setInterval(() => setTick((n) => n + 1), 100);
    return () => clearInterval(timer);
  }, [state.phase]);

  const quit = () => {
    onExit(exitCodeOf(state), currentStep(state));
    exit();
  };

  // A key that lands between two renders must not start the same step twice (see Menu's one-pick rule).
  const running = useRef(false);
  const abort = useRef<AbortController | undefined>(undefined);
  // Ctrl-C stops the running command (SIGTERM, then SIGKILL) and the step shows as canceled; with nothing
  // running it quits. A bridge change is never interrupted: its checkpoint decides, whatever happens here.
  useInput((input, key) => {
    if (!(key.ctrl && input === 'c')) return;
    if (!running.current) quit();
    else if (!plan.guard) abort.current?.abort();
  });
  const run = async () => {
    if (running.current) return;
    running.current = true;
    tail.current = new LineTail(TAIL_LINES);
    download.current = undefined;
    dispatch({ type: 'run' });
    // The bridge applier reports phases, not commands: show the checkpoint it starts with.
    if (plan.guard) dispatch({ type: 'command', text: formatArgv(plan.guard.create.argv) });
    abort.current = new AbortController();
    const r = await session.runStep(id, {
      signal: abort.current.signal,
      onCommand: (c) => dispatch({ type: 'command', text: formatArgv(c.argv) }),
      onLine: (line) => tail.current.push(line),
      onDownloadProgress: (p) => {
        download.current = p;
      },
      onBridgeStatus: (status, confirm) => {
        confirmBridge.current = confirm;
        dispatch({ type: 'bridge', status });
      },
    });
    running.current = false;
    dispatch({ type: 'finished', result: r });
  };

  const onAction = (a: Action) => {
    if (a === 'run' || a === 'retry') void run();
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
    else if (a === 'continue') {
      session.answers = { ...session.answers, host: { allowNoVirt: true } };
      dispatch({ type: 'edited' });
    } else quit();
  };

  const setBridge = (bridge: BridgeAnswers) => {
    session.answers = { ...session.answers, bridge };
    dispatch({ type: 'edited' });
  };

  const chooseIso = async (choice: IsoAnswers | undefined) => {
    const { iso: _old, ...rest } = session.answers;
    session.answers = choice ? { ...rest, iso: choice } : rest;
    await session.probe();
    if (!choice) dispatch({ type: 'skip' });
    else dispatch({ type: 'edited' });
  };

  const isoPicking =
    id === 'iso' &&
    state.phase !== 'running' &&
    state.phase !== 'result' &&
    (plan.state === 'skip' || plan.state === 'blocked' || state.phase === 'edit');
  return (
    <Box flexDirection="column" gap={1}>
      <Header id={id} n={state.index + 1} total={steps.length} simulated={session.host.simulated} />
      {lastBridge && state.index === 0 && <Notes notes={[lastBridge]} />}
      {id === 'summary' ? (
        <Summary
          steps={steps}
          results={state.results}
          facts={session.facts}
          logPath={session.transcript.path}
          columns={columns}
        />
      ) : state.phase === 'running' && state.bridge?.phase === 'verified' ? (
        <BridgeConfirm
          checks={state.bridge.checks}
          deadline={state.bridge.deadline}
          onConfirm={() => confirmBridge.current()}
        />
      ) : state.phase === 'running' && download.current ? (
        <DownloadBar progress={download.current} />
      ) : state.phase === 'running' ? (
        // A bridge change is never interrupted (its checkpoint decides): no Ctrl-C hint there.
        <OutputTail command={state.command} lines={tail.current.last()} stoppable={id !== 'bridge'} />
      ) : state.phase === 'result' && result ? (
        <StepResultView result={result} rows={reviewRows} columns={columns} />
      ) : state.phase === 'edit' && id === 'vm' ? (
        <VmForm
          initial={vmSettings(session.facts, session.answers)}
          facts={session.facts}
          onDone={(vm) => {
            session.answers = { ...session.answers, vm };
            dispatch({ type: 'edited' });
          }}
          onCancel={() => dispatch({ type: 'edited' })}
        />
      ) : state.phase === 'edit' && id === 'bridge' ? (
        <BridgeForm
          initial={bridgeSettings(session.facts, session.answers.bridge)}
          onDone={setBridge}
          onCancel={() => dispatch({ type: 'edited' })}
        />
      ) : (
        <StepReview plan={plan} rows={reviewRows} columns={columns} />
      )}
      {isoPicking ? (
        <IsoPicker
          isos={session.facts.isos}
          onChoose={(p) => void chooseIso(p)}
          onBack={() => dispatch({ type: state.phase === 'edit' ? 'edited' : 'back' })}
        />
      ) : (
        state.phase !== 'running' &&
        state.phase !== 'edit' && (
          <Menu
            key={`${id}-${state.phase}-${state.revision}`}
            items={menuItems(actionsFor(plan, state.phase, isFailure(result?.outcome), state.index === 0))}
            onSelect={onAction}
          />
        )
      )}
      {state.phase === 'edit' && (id === 'bridge' || id === 'vm') && <Text dimColor>{t('ui.formHint')}</Text>}
    </Box>
  );
}
