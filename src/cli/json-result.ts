import { type BridgeCheck, type BridgeStatus, keptUnattended } from '../facts/bridge-status.js';
import { t } from '../i18n/messages.js';
import { planStep, shownCommands } from '../plan/plan.js';
import { isFailure, type StepId, type StepOutcome, type StepState } from '../plan/types.js';
import { resumableStep } from '../run/detach/step.js';
import type { Session, StepResult } from '../run/session.js';
import { EXIT, reportLastBridgeApply } from './context.js';
import { leftOut } from './dry-run.js';

/**
 * `--json`: one document on stdout for scripts and Ansible (`changed_when`, `failed_when`), documented in the
 * README. The version changes only when a field changes meaning or goes away; new fields may appear.
 */
export function resultDocument(command: string, body: Record<string, unknown>): Record<string, unknown> {
  return { format: 'kvm-wizard-result', version: 1, command, ...body };
}

/** `ok` is "already so": the words a fleet tool expects, not the screen's. */
export type JsonOutcome = 'ok' | 'changed' | 'skipped' | 'blocked' | 'failed';
const OUTCOME: Record<StepOutcome, JsonOutcome> = {
  already: 'ok',
  done: 'changed',
  skipped: 'skipped',
  blocked: 'blocked',
  failed: 'failed',
  canceled: 'failed',
};

export interface JsonCommand {
  argv: string[];
  exitCode: number;
  durationMs: number;
}

export interface JsonBridge {
  /** committed: the new network was kept; rolled-back / refused: the host is as before. */
  result: 'committed' | 'rolled-back' | 'refused' | 'unknown';
  checks: BridgeCheck[];
  reason?: string;
}

export interface JsonStep {
  id: StepId;
  outcome: JsonOutcome;
  commands: JsonCommand[];
  durationMs: number;
  bridge?: JsonBridge;
  /** Why it failed or is blocked: the last lines of output, or the notes' catalogue keys. */
  reason?: string[];
}

/** --yes --json: the same run as runUnattended (stop at the first failure, keep a verified bridge), told as data. */
export async function runUnattendedJson(
  session: Session,
  steps: StepId[],
  write: (s: string) => void,
  warn: (s: string) => void,
): Promise<number> {
  if (!steps.includes('bridge')) reportLastBridgeApply(session, warn);
  // stdout holds the document alone; the person (or the Ansible log) still hears that there is no log.
  session.transcript.onProblem(warn);
  const resume = await resumableStep(session.host, steps);
  if (resume) warn(t(resume.note.key, resume.note.params));
  const done: JsonStep[] = [];
  let code: number = EXIT.ok;
  for (const id of steps) {
    if (id === 'summary') continue;
    const commands: JsonCommand[] = [];
    let started = 0;
    let bridge: BridgeStatus | undefined;
    const stepStart = performance.now();
    const result = await session.runStep(id, {
      onCommand: () => {
        started = performance.now();
      },
      onCommandEnd: (command, exitCode) => {
        const durationMs = Math.round(performance.now() - started);
        commands.push({ argv: [...command.argv], exitCode, durationMs });
      },
      onBridgeStatus: (status, confirm) => {
        bridge = status;
        if (keptUnattended(status)) confirm();
      },
    });
    done.push(stepJson(result, commands, Math.round(performance.now() - stepStart), bridge));
    if (isFailure(result.outcome)) {
      code = EXIT.failed;
      break;
    }
  }
  const transcript = session.transcript.written ? session.transcript.path : null;
  write(
    JSON.stringify(
      resultDocument('run', { ...hostInfo(session), exitCode: code, transcript, steps: done }),
      null,
      2,
    ),
  );
  return code;
}

function stepJson(
  r: StepResult,
  commands: JsonCommand[],
  durationMs: number,
  status?: BridgeStatus,
): JsonStep {
  // virt-host-validate runs every time and changes nothing: passing it is "ok", not "changed".
  const outcome = r.plan.state === 'check' && r.outcome === 'done' ? 'ok' : OUTCOME[r.outcome];
  const step: JsonStep = { id: r.id, outcome, commands, durationMs };
  if (status) step.bridge = bridgeJson(status);
  if (r.failure) step.reason = r.failure.tail.length ? r.failure.tail : r.failure.verify ? ['verify'] : [];
  else if (r.outcome === 'blocked')
    step.reason = r.plan.notes.filter((n) => n.tone === 'error').map((n) => n.key);
  return step;
}

function bridgeJson(s: BridgeStatus): JsonBridge {
  const checks = 'checks' in s && s.checks ? s.checks : [];
  if (s.phase === 'committed') return { result: 'committed', checks };
  if (s.phase === 'rolled-back' || s.phase === 'refused')
    return { result: s.phase, checks, reason: s.reason };
  // The run ended before the applier said how it ended (it is still deciding, or was lost).
  return { result: 'unknown', checks };
}

function hostInfo(session: Session): Record<string, unknown> {
  // standIn: a --target plan, made for a fresh host of that release rather than for this one.
  return {
    simulated: session.host.simulated,
    standIn: Boolean(session.host.standIn),
    profile: session.profile.id,
  };
}

const WOULD: Record<StepState, JsonOutcome | 'todo' | 'check'> = {
  todo: 'todo',
  check: 'check',
  already: 'ok',
  blocked: 'blocked',
  skip: 'skipped',
};

/** --dry-run --json: each step's state and the commands it would run; exit 1 when a run would stop blocked. */
export function printPlanJson(session: Session, steps: StepId[], write: (s: string) => void): number {
  const planned = steps
    .map((id, i) => ({
      id,
      plan: planStep(id, session.facts, session.answers, session.profile, steps.slice(0, i)),
    }))
    .filter(({ id }) => id !== 'summary')
    .map(({ id, plan }) => {
      return {
        id,
        state: WOULD[plan.state],
        blocking: plan.state === 'blocked' && !leftOut(plan),
        commands: shownCommands(plan).map((c) => ({ argv: [...c.argv], why: c.why })),
        notes: plan.notes.map((n) => n.key),
      };
    });
  const code = planned.some((s) => s.blocking) ? EXIT.failed : EXIT.ok;
  write(
    JSON.stringify(
      resultDocument('dry-run', { ...hostInfo(session), exitCode: code, steps: planned }),
      null,
      2,
    ),
  );
  return code;
}
