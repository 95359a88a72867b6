import type { Answers } from '../answers/schema.js';
import type { BridgeStatus } from '../facts/bridge-status.js';
import type { Facts } from '../facts/types.js';
import type { DownloadProgress } from '../iso/progress.js';
import { isFailure, type Note, type StepId } from '../plan/types.js';
import type { StepResult } from '../run/session.js';

/**
 * The interactive wizard's one state, as a pure reducer: where the user is, what each step came to, the
 * answers so far and the facts they were planned from. Screens send intents; host work (probing, running
 * a step) happens in App and comes back as actions.
 */

/** lastReview: the y/N look at a network change before it is applied (from review, or result for Retry). */
export type Phase = 'review' | 'running' | 'result' | 'edit' | 'lastReview';

export interface WizardState {
  steps: readonly StepId[];
  index: number;
  phase: Phase;
  results: Partial<Record<StepId, StepResult>>;
  answers: Answers;
  facts: Facts;
  /** The answers changed what the host must be looked at for (an ISO chosen): App probes, then `probed`. */
  probing: boolean;
  /** While a step runs: the command on screen, its last output lines, a download's progress. */
  command: string;
  output: readonly string[];
  download?: DownloadProgress;
  /** Progress of a bridge change, and how to confirm it once verified. */
  bridge?: BridgeStatus;
  confirmBridge?: () => void;
  /** Rolls the verified change back now (r/Esc/Ctrl-C on the countdown). */
  revertBridge?: () => void;
  /** The phase the last review was opened from, and goes back to on "no". */
  reviewFrom?: Phase;
  /** Stops the running step's command (Ctrl-C). */
  abort?: AbortController;
  /** The learn-more page of the step on screen is open (the `?` key), over its review or result. */
  learn?: boolean;
  /** Ctrl-C with nothing running: "Quit? y/N" is asked over the screen, which stays as it was. */
  askingQuit: boolean;
  /** Each step's output as it last ran (the commands and their lines), and whether `l` shows it now. */
  logs: Partial<Record<StepId, readonly string[]>>;
  /** i-screens: lines of a step's output before its kept log (`logs`): the log view points to the transcript. */
  logsDropped: Partial<Record<StepId, number>>;
  viewingLog: boolean;
  /** The Cockpit admin user is being made (services step), and what was said when that ended. */
  addingAdmin?: boolean;
  /** Set: only its password is to set (the user exists, its passwd failed or was given up). */
  adminPasswordFor?: string | undefined;
  adminNote?: Note;
}

export type WizardAction =
  | { type: 'stepStarted'; abort: AbortController }
  | { type: 'command'; text: string }
  | { type: 'output'; lines: readonly string[] }
  | { type: 'download'; progress: DownloadProgress }
  | { type: 'bridge'; status: BridgeStatus; confirm: () => void; revert: () => void }
  | { type: 'lastReview' }
  | { type: 'lastReviewDeclined' }
  | { type: 'stepFinished'; result: StepResult; facts: Facts; log?: readonly string[]; logDropped?: number }
  | { type: 'next' }
  | { type: 'advance'; result: StepResult }
  | { type: 'back' }
  | { type: 'skip' }
  | { type: 'edit' }
  | { type: 'editCanceled' }
  | { type: 'answersChanged'; answers: Answers; probe?: boolean; skipStep?: boolean }
  | { type: 'probed'; facts: Facts }
  | { type: 'learnOpened' }
  | { type: 'learnClosed' }
  | { type: 'askQuit' }
  | { type: 'keepGoing' }
  | { type: 'showLog'; show: boolean }
  | { type: 'adminUserOpened'; passwordFor?: string }
  | { type: 'adminUserClosed'; created: boolean; said?: Note };

export function initialState(steps: readonly StepId[], answers: Answers, facts: Facts): WizardState {
  return {
    steps,
    index: 0,
    phase: 'review',
    results: {},
    answers,
    facts,
    probing: false,
    command: '',
    output: [],
    askingQuit: false,
    logs: {},
    logsDropped: {},
    viewingLog: false,
  };
}

export function currentStep(s: WizardState): StepId {
  return s.steps[s.index] ?? 'summary';
}

const forward = (s: WizardState) => Math.min(s.index + 1, s.steps.length - 1);

export function wizardReducer(s: WizardState, a: WizardAction): WizardState {
  const id = currentStep(s);
  switch (a.type) {
    case 'stepStarted':
      return {
        ...s,
        phase: 'running',
        command: '',
        output: [],
        download: undefined,
        bridge: undefined,
        abort: a.abort,
        viewingLog: false,
      };
    case 'bridge':
      return {
        ...s,
        bridge: a.status,
        confirmBridge: a.confirm,
        revertBridge: a.revert,
        command: a.status.phase === 'applying' ? a.status.checkpoint : s.command,
      };
    case 'command':
      return { ...s, command: a.text };
    case 'output':
      return { ...s, output: a.lines };
    case 'download':
      return { ...s, download: a.progress };
    case 'stepFinished':
      return {
        ...s,
        phase: 'result',
        results: { ...s.results, [id]: a.result },
        logs: a.log ? { ...s.logs, [id]: a.log } : s.logs,
        logsDropped: a.log ? { ...s.logsDropped, [id]: a.logDropped ?? 0 } : s.logsDropped,
        facts: a.facts,
        abort: undefined,
        confirmBridge: undefined,
        revertBridge: undefined,
      };
    case 'lastReview':
      return { ...s, phase: 'lastReview', reviewFrom: s.phase };
    case 'lastReviewDeclined':
      return { ...s, phase: s.reviewFrom ?? 'review', reviewFrom: undefined };
    case 'advance':
      return { ...s, phase: 'review', index: forward(s), results: { ...s.results, [id]: a.result } };
    case 'next':
      return { ...s, phase: 'review', index: forward(s), viewingLog: false };
    case 'back':
      // From a review or a result screen alike: the step before, as it was left (its result is kept).
      return { ...s, phase: 'review', index: Math.max(s.index - 1, 0), viewingLog: false };
    case 'skip':
      return skip(s, id);
    case 'edit':
      return { ...s, phase: 'edit' };
    case 'editCanceled':
      return { ...s, phase: 'review' };
    case 'answersChanged': {
      const changed = { ...s, answers: a.answers, probing: Boolean(a.probe) };
      return a.skipStep ? skip(changed, id) : { ...changed, phase: 'review' };
    }
    case 'probed':
      return { ...s, facts: a.facts, probing: false };
    // Only over a screen that waits for the user: a running step (the bridge's countdown above all) stays in view.
    case 'learnOpened':
      return s.phase === 'review' || s.phase === 'result' ? { ...s, learn: true } : s;
    case 'learnClosed':
      return { ...s, learn: false };
    // A running command is stopped by Ctrl-C, never quit under it: the question is for idle screens only.
    case 'askQuit':
      return s.phase === 'running' ? s : { ...s, askingQuit: true };
    case 'keepGoing':
      return { ...s, askingQuit: false };
    // Only a result screen has a log to show.
    case 'showLog':
      return { ...s, viewingLog: a.show && s.phase === 'result' };
    // A user made: the host is looked at again, so the "no admin user" hint and the menu item go.
    case 'adminUserOpened':
      return { ...s, addingAdmin: true, adminPasswordFor: a.passwordFor, adminNote: undefined };
    case 'adminUserClosed':
      return {
        ...s,
        addingAdmin: false,
        adminPasswordFor: undefined,
        adminNote: a.said,
        probing: a.created || s.probing,
      };
  }
}

function skip(s: WizardState, id: StepId): WizardState {
  const previous = s.results[id];
  const skipped: StepResult = {
    id,
    outcome: 'skipped',
    plan: previous?.plan ?? { id, state: 'skip', notes: [], commands: [] },
  };
  return {
    ...s,
    phase: 'review',
    index: forward(s),
    results: { ...s.results, [id]: skipped },
    viewingLog: false,
  };
}

/**
 * Interactive exit code, as README's table says: 0 only when the wizard was finished (left on the summary)
 * with no step failed or blocked; 1 when a step failed, or when it was left before the end (not finished).
 */
export function exitCodeOf(s: WizardState): number {
  if (currentStep(s) !== 'summary') return 1;
  return Object.values(s.results).some((r) => isFailure(r?.outcome)) ? 1 : 0;
}
