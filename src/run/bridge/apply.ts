import { parseBusctlObjectPaths } from '../../facts/parse/busctl.js';
import type { Host } from '../../host/host.js';
import type { MessageKey, MessageParams } from '../../i18n/messages.js';
import { checkpointCommit, checkpointRollback, listCheckpoints } from '../../plan/checkpoint.js';
import { formatArgv } from '../../plan/command.js';
import type { BridgeExpectation } from '../../plan/types.js';
import type { BridgeCheck, BridgeStatus, FinalBridgeStatus } from './status.js';
import { verifyBridge } from './verify.js';

/** Everything the detached applier needs, written to a job file by the wizard. */
export interface BridgeJob {
  id: string;
  create: readonly string[];
  commands: ReadonlyArray<readonly string[]>;
  rollbackTimeout: number;
  expect: BridgeExpectation;
  /** How long verification may keep retrying (a DHCP lease or a gateway's ARP cache can take seconds). */
  verifyWindowMs: number;
}

/** The applier's view of the outside world: status out, confirmation in, time. Files when detached, memory in simulation. */
export interface ApplyIo {
  report(status: BridgeStatus): void;
  confirmed(): boolean;
  log(line: string): void;
  now(): number;
  sleep(ms: number): Promise<void>;
  pid: number;
}

/** Roll back ourselves a little before NetworkManager would, so the status file says why. */
const ROLLBACK_MARGIN_MS = 2_000;

/**
 * checkpoint → apply → verify → wait for confirmation → commit, or roll back (nmstate's cycle). If this
 * process dies at any point after the checkpoint exists, NetworkManager rolls back by itself at the deadline.
 */
export async function applyBridge(host: Host, job: BridgeJob, io: ApplyIo): Promise<FinalBridgeStatus> {
  const final = (s: FinalBridgeStatus) => {
    io.report(s);
    return s;
  };
  const run = async (argv: readonly string[]) => {
    io.log(`$ ${formatArgv(argv)}`);
    const r = await host.run(argv, { onLine: io.log });
    io.log(`# exit ${r.exitCode}`);
    return r;
  };
  const pending = parseBusctlObjectPaths((await run(listCheckpoints().argv)).stdout);
  if (pending.length)
    return final({
      phase: 'refused',
      id: job.id,
      at: io.now(),
      reason: 'bridge.reason.stale',
      params: { path: pending.join(', ') },
    });

  const created = await run(job.create);
  const checkpoint = parseBusctlObjectPaths(created.stdout)[0];
  if (created.exitCode !== 0 || !checkpoint) {
    return final({
      phase: 'refused',
      id: job.id,
      at: io.now(),
      reason: 'bridge.reason.checkpoint',
      params: { output: lastLine(created.stderr || created.stdout) },
    });
  }
  const deadline = io.now() + job.rollbackTimeout * 1000;
  const started = io.now();
  io.report({ phase: 'applying', id: job.id, at: started, checkpoint, deadline, pid: io.pid });
  const rollBack = async (reason: MessageKey, params: MessageParams, checks?: BridgeCheck[]) => {
    await run(checkpointRollback(checkpoint).argv);
    return final({
      phase: 'rolled-back',
      id: job.id,
      at: io.now(),
      reason,
      params,
      ...(checks ? { checks } : {}),
    });
  };

  for (const argv of job.commands) {
    const r = await run(argv);
    if (r.exitCode !== 0) {
      return rollBack('bridge.reason.command', {
        command: formatArgv(argv),
        code: r.exitCode,
        output: lastLine(r.stderr || r.stdout),
      });
    }
  }

  const verifyUntil = Math.min(io.now() + job.verifyWindowMs, deadline - ROLLBACK_MARGIN_MS * 5);
  let checks = await verify(host, job, io);
  while (!checks.every((c) => c.ok) && io.now() < verifyUntil) {
    await io.sleep(500);
    checks = await verify(host, job, io);
  }
  const failed = checks.find((c) => !c.ok);
  if (failed)
    return rollBack(
      'bridge.reason.verify',
      { check: failed.name, expected: failed.expected, found: failed.found },
      checks,
    );

  io.report({ phase: 'verified', id: job.id, at: started, checkpoint, deadline, pid: io.pid, checks });
  while (!io.confirmed()) {
    if (io.now() >= deadline - ROLLBACK_MARGIN_MS) return rollBack('bridge.reason.noConfirm', {}, checks);
    await io.sleep(200);
  }
  await run(checkpointCommit(checkpoint).argv);
  return final({ phase: 'committed', id: job.id, at: io.now(), checks });
}

async function verify(host: Host, job: BridgeJob, io: ApplyIo): Promise<BridgeCheck[]> {
  const checks = await verifyBridge(host, job.expect);
  io.log(
    `# verify: ${checks.map((c) => `${c.name}=${c.ok ? 'ok' : `expected ${c.expected}, found ${c.found}`}`).join('; ')}`,
  );
  return checks;
}

function lastLine(text: string): string {
  return text.trim().split('\n').at(-1) ?? '';
}
