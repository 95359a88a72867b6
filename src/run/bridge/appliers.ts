import { readFileSync } from 'node:fs';
import {
  type BridgeStatus,
  describeFinal,
  type FinalBridgeStatus,
  isFinal,
} from '../../facts/bridge-status.js';
import type { Host } from '../../host/host.js';
import type { StepPlan } from '../../plan/types.js';
import { launchDetached } from '../detach/launch.js';
import type { CommandEvents } from '../execute.js';
import type { Transcript } from '../transcript.js';
import { applyBridge } from './apply.js';
import { decide } from './decision.js';
import { jobFromPlan } from './job.js';
import { bridgeStateDir, isAlive, jobPaths, readStatusFile, writeJsonAtomic } from './job-files.js';

/** Applies the bridge step's commands; the safe (checkpoint) applier plugs in here. */
export type BridgeApplier = (
  plan: StepPlan,
  events: CommandEvents,
) => Promise<{ ok: boolean; tail: string[]; reverted?: boolean }>;

const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));
const noop = () => {};

/** `reverted`: rolled back because the user asked (r, Esc, Ctrl-C, `kvm-wizard revert`), not a failure. */
function outcome(s: FinalBridgeStatus) {
  const reverted = s.phase === 'rolled-back' && s.reason === 'bridge.reason.reverted';
  return { ok: s.phase === 'committed', tail: describeFinal(s), ...(reverted ? { reverted } : {}) };
}

/** Simulation: the same applier, in this process, against the simulated host. */
export function inProcessApplier(host: Host, transcript: Transcript): BridgeApplier {
  return async (plan: StepPlan, events: CommandEvents) => {
    let confirmed = false;
    let reverted = false;
    const confirm = () => {
      confirmed = true;
    };
    const revert = () => {
      reverted = true;
    };
    // The simulated network settles at once: a short verification window keeps a failing case quick.
    const final = await applyBridge(host, jobFromPlan(plan, 1500), {
      report: (s) => events.onBridgeStatus?.(s, confirm, revert),
      confirmed: () => confirmed,
      reverted: () => reverted,
      log: (line) => {
        transcript.line(line);
        events.onLine?.(line);
      },
      now: () => Date.now(),
      sleep,
      pid: process.pid,
    });
    return outcome(final);
  };
}

/**
 * A real host: the applier runs in its own session (systemd-run, else setsid), so it outlives the SSH
 * connection. This process only writes the job, watches the status file and writes the confirmation.
 */
export function detachedApplier(host: Host, transcript: Transcript): BridgeApplier {
  return async (plan: StepPlan, events: CommandEvents) => {
    const job = jobFromPlan(plan);
    const dir = bridgeStateDir();
    const paths = jobPaths(dir, job.id);
    writeJsonAtomic(paths.job, job);
    const launched = await launchDetached(host, {
      unit: `kvm-wizard-bridge-${job.id}`,
      args: ['__apply-bridge', paths.job],
      logPath: paths.log,
    });
    transcript.line(`# bridge job ${paths.job}, applier log ${paths.log}`);
    if (!launched.ok) {
      const refused: FinalBridgeStatus = {
        phase: 'refused',
        id: job.id,
        at: Date.now(),
        reason: 'bridge.reason.launch',
        params: { output: launched.output },
      };
      writeJsonAtomic(paths.status, refused);
      events.onBridgeStatus?.(refused, noop, noop);
      return outcome(refused);
    }
    // One answer only (decision.ts): Enter here and `kvm-wizard revert` elsewhere cannot both count.
    const confirm = () => void decide(paths, 'keep');
    const revert = () => void decide(paths, 'revert');
    let last = '';
    let seen: BridgeStatus | undefined;
    // Before its first status the applier only lists and creates a checkpoint: 30 s is plenty. After that it
    // gives up by the checkpoint's deadline; allow a margin before deciding it is gone.
    const startDeadline = Date.now() + 30_000;
    for (;;) {
      const s = readStatusFile(paths.status);
      const text = s ? JSON.stringify(s) : '';
      if (s && text !== last) {
        last = text;
        seen = s;
        events.onBridgeStatus?.(s, confirm, revert);
        if (isFinal(s)) break;
      }
      const deadline = seen && 'deadline' in seen ? seen.deadline + 15_000 : startDeadline;
      const dead = seen && 'pid' in seen && !isAlive(seen.pid);
      if (Date.now() > deadline || dead) {
        const lost: FinalBridgeStatus = {
          phase: 'rolled-back',
          id: job.id,
          at: Date.now(),
          reason: 'bridge.reason.lost',
        };
        events.onBridgeStatus?.(lost, noop, noop);
        break;
      }
      await sleep(200);
    }
    copyLog(paths.log, transcript);
    const final = readStatusFile(paths.status);
    return final && isFinal(final)
      ? outcome(final)
      : outcome({ phase: 'rolled-back', id: job.id, at: Date.now(), reason: 'bridge.reason.lost' });
  };
}

function copyLog(path: string, transcript: Transcript): void {
  try {
    transcript.write(readFileSync(path, 'utf8'));
  } catch {
    // The applier log stays on disk beside the job; the transcript only misses a copy of it.
  }
}
