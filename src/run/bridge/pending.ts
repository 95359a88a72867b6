import { closeSync, constants, fstatSync, openSync, readdirSync, readFileSync } from 'node:fs';
import type { BridgeCheck, BridgeStatus, FinalBridgeStatus } from '../../facts/bridge-status.js';
import { isFinal } from '../../facts/bridge-status.js';
import { bridgeStatus } from '../../facts/schema.js';
import type { Host } from '../../host/host.js';
import type { BridgeJob } from './apply.js';
import { type Decision, decide, readDecision } from './decision.js';
import { isAlive, jobPaths } from './job-files.js';
import { readJob } from './job-schema.js';
import { verifyBridge } from './verify.js';

type Waiting = Extract<BridgeStatus, { phase: 'applying' | 'verified' }>;

/** A bridge change waiting for its answer: its job (as the applier reads it), status and files. */
export interface Pending {
  job: BridgeJob;
  status: Waiting;
  paths: ReturnType<typeof jobPaths>;
}

const STATUS_SUFFIX = '.status.json';
/** The ids the applier accepts (job-schema.ts): a name that climbs out of the directory is never one. */
const ID = /^[A-Za-z0-9_-][A-Za-z0-9_.-]*$/;
/** Status files are a few kilobytes; a larger one is not the applier's. */
const MAX_STATUS_BYTES = 1 << 20;

/**
 * The newest change whose applier is alive and whose deadline is ahead. Every file is checked as the applier
 * checks its job (strict schemas, ids that match their file names): a damaged or planted file is no change.
 */
export function findPending(dir: string, now: number): Pending | undefined {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return undefined;
  }
  const ids = names
    .filter((n) => n.endsWith(STATUS_SUFFIX))
    .map((n) => n.slice(0, -STATUS_SUFFIX.length))
    .filter((id) => ID.test(id))
    .sort()
    .reverse();
  for (const id of ids) {
    const paths = jobPaths(dir, id);
    const status = readStatus(paths.status);
    if (!status || status.id !== id || isFinal(status)) continue;
    // No change waits longer than the longest timeout an answer allows: a later deadline is a damaged file.
    if (status.deadline <= now || status.deadline > now + LONGEST_WAIT_MS || !isAlive(status.pid)) continue;
    let job: BridgeJob;
    try {
      job = readJob(paths.job);
    } catch {
      continue;
    }
    if (job.id === id) return { job, status, paths };
  }
  return undefined;
}

/** A status file through the facts schema; not a regular file, too large, or another shape: none. */
export function readStatus(path: string): BridgeStatus | undefined {
  let text: string;
  try {
    const fd = openSync(path, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK);
    try {
      const st = fstatSync(fd);
      if (!st.isFile() || st.size > MAX_STATUS_BYTES) return undefined;
      text = readFileSync(fd, 'utf8');
    } finally {
      closeSync(fd);
    }
  } catch {
    return undefined;
  }
  try {
    const parsed = bridgeStatus.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

/** What `confirm`/`revert` found: the CLI says it and picks the exit code. */
export type AnswerOutcome =
  | { kind: 'nothing' }
  | { kind: 'checks-failed'; checks: BridgeCheck[]; deadline: number }
  | { kind: 'no-result' }
  | { kind: 'final'; status: FinalBridgeStatus; answered: Decision | undefined; ours: boolean };

export interface AnswerIo {
  dir: string;
  now(): number;
  sleep(ms: number): Promise<void>;
  /** Progress worth a line: still being checked, or another session answered first. */
  say(event: { kind: 'waiting' } | { kind: 'decided'; decision: Decision | undefined }): void;
}

/** reconnectTimeout's maximum (900 s) and a minute: no real deadline is further ahead. */
const LONGEST_WAIT_MS = 960_000;

/** After the deadline the applier rolls back within seconds; past this margin it is taken as gone. */
const RESULT_MARGIN_MS = 15_000;

/**
 * `kvm-wizard confirm` (keep) or `revert` from any session on the host. Keep only after the same checks the
 * applier made pass again from here; the answer goes to the applier through the decision file, and the
 * outcome is the applier's final status. Nothing is kept without this: silence rolls back at the deadline.
 */
export async function answerPending(host: Host, decision: Decision, io: AnswerIo): Promise<AnswerOutcome> {
  const pending = findPending(io.dir, io.now());
  if (!pending) return { kind: 'nothing' };
  const { paths } = pending;
  let status: BridgeStatus = pending.status;
  const existing = readDecision(paths);
  if (existing) return waitForFinal(pending, existing, false, io);
  if (decision === 'keep') {
    if (status.phase === 'applying') io.say({ kind: 'waiting' });
    while (status.phase === 'applying' && io.now() < status.deadline) {
      await io.sleep(200);
      status = readStatus(paths.status) ?? status;
    }
    if (status.phase !== 'verified')
      return isFinal(status) ? finalOf(status, decision, false) : { kind: 'no-result' };
    const checks = await verifyBridge(host, pending.job.expect);
    if (!checks.every((c) => c.ok)) return { kind: 'checks-failed', checks, deadline: status.deadline };
  }
  const written = decide(paths, decision);
  if (!written.written) return waitForFinal(pending, written.existing, false, io);
  return waitForFinal(pending, decision, true, io);
}

async function waitForFinal(
  pending: Pending,
  answered: Decision | undefined,
  ours: boolean,
  io: AnswerIo,
): Promise<AnswerOutcome> {
  if (!ours) io.say({ kind: 'decided', decision: answered });
  const until = pending.status.deadline + RESULT_MARGIN_MS;
  for (;;) {
    const s = readStatus(pending.paths.status);
    if (s && isFinal(s)) return finalOf(s, answered, ours);
    if (io.now() > until) return { kind: 'no-result' };
    await io.sleep(200);
  }
}

function finalOf(status: FinalBridgeStatus, answered: Decision | undefined, ours: boolean): AnswerOutcome {
  return { kind: 'final', status, answered, ours };
}

/**
 * The simulation's stand-in for `kvm-wizard confirm` typed in a session to the new address: the same checks
 * against the (simulated) host, then keep; failed checks keep nothing.
 */
export async function confirmInProcess(
  host: Host,
  expect: BridgeJob['expect'],
  keep: () => void,
): Promise<BridgeCheck[]> {
  const checks = await verifyBridge(host, expect);
  if (checks.every((c) => c.ok)) keep();
  return checks;
}
