import type { BridgeCheck, BridgeStatus, FinalBridgeStatus } from '../../facts/bridge-status.js';
import { readCheckpoints } from '../../facts/checkpoints.js';
import { parseBusctlObjectPaths } from '../../facts/parse/busctl.js';
import type { Host, RunResult } from '../../host/host.js';
import { type MessageKey, type MessageParams, t } from '../../i18n/messages.js';
import { checkpointCommit, staleParams } from '../../plan/checkpoint.js';
import { formatArgv } from '../../plan/command.js';
import type { BridgeExpectation, Reconnect } from '../../plan/types.js';
import { errorText, rollBackCheckpoint } from './rollback.js';
import { gatewayAnswers, verifyBridge } from './verify.js';

/** Everything the detached applier needs, written to a job file by the wizard. */
export interface BridgeJob {
  id: string;
  create: readonly string[];
  commands: ReadonlyArray<readonly string[]>;
  rollbackTimeout: number;
  expect: BridgeExpectation;
  /** How long verification may keep retrying (a DHCP lease or a gateway's ARP cache can take seconds). */
  verifyWindowMs: number;
  /** The address moves: confirmation comes from `kvm-wizard confirm` in a new session (see plan/types.ts). */
  reconnect?: Reconnect;
}

/** The applier's view of the outside world: status out, confirmation in, time. Files when detached, memory in simulation. */
export interface ApplyIo {
  report(status: BridgeStatus): void;
  confirmed(): boolean;
  /** The user asked to undo the change now (r/Esc/Ctrl-C on the countdown, or `kvm-wizard revert`). */
  reverted(): boolean;
  /** Says the bridge's new address where someone cut off from the session can read it (the host's console). */
  announce?(line: string): void;
  log(line: string): void;
  now(): number;
  sleep(ms: number): Promise<void>;
  pid: number;
}

/** Roll back ourselves a little before NetworkManager would, so the status file says why. */
const ROLLBACK_MARGIN_MS = 2_000;

/**
 * checkpoint → apply → verify → wait for confirmation → commit, or roll back (nmstate's cycle). Every D-Bus
 * answer is checked, so the final status says what really happened. If this process dies at any point
 * after the checkpoint exists, NetworkManager rolls back by itself at the deadline.
 */
export async function applyBridge(host: Host, job: BridgeJob, io: ApplyIo): Promise<FinalBridgeStatus> {
  const final = (s: FinalBridgeStatus) => {
    io.report(s);
    return s;
  };
  const run = async (argv: readonly string[]): Promise<RunResult> => {
    io.log(`$ ${formatArgv(argv)}`);
    const r = await host.run(argv, { onLine: io.log });
    io.log(`# exit ${r.exitCode}`);
    return r;
  };
  const refuse = (reason: MessageKey, params: MessageParams) =>
    final({ phase: 'refused', id: job.id, at: io.now(), reason, params });

  const stale = await readCheckpoints(host, run);
  const forever = stale.neverExpiring?.[0];
  if (forever) return refuse('bridge.reason.staleForever', staleParams(forever));
  if (stale.checkpoints.length) return refuse('bridge.reason.stale', { path: stale.checkpoints.join(', ') });

  const gateways = await gatewaysToCheck(host, job.expect, io);
  const created = await run(job.create);
  const checkpoint = parseBusctlObjectPaths(created.stdout)[0];
  if (created.exitCode !== 0 || !checkpoint) {
    return refuse('bridge.reason.checkpoint', { output: errorText(created) });
  }
  const deadline = io.now() + job.rollbackTimeout * 1000;
  const started = io.now();
  io.report({ phase: 'applying', id: job.id, at: started, checkpoint, deadline, pid: io.pid });
  const rollBack = async (reason: MessageKey, params: MessageParams, checks?: BridgeCheck[]) => {
    const undone = await rollBackCheckpoint(run, checkpoint, job.expect);
    const base = { id: job.id, at: io.now(), reason, params, ...(checks ? { checks } : {}) };
    return final(
      undone.ok
        ? { phase: 'rolled-back', ...base }
        : { phase: 'rollback-failed', ...base, ...undone.failure },
    );
  };

  for (const argv of job.commands) {
    const r = await run(argv);
    if (r.exitCode !== 0) {
      return rollBack('bridge.reason.command', {
        command: formatArgv(argv),
        code: r.exitCode,
        output: errorText(r),
      });
    }
  }

  const verifyUntil = Math.min(io.now() + job.verifyWindowMs, deadline - ROLLBACK_MARGIN_MS * 5);
  let checks = await verify(host, job, gateways, io);
  while (!checks.every((c) => c.ok) && io.now() < verifyUntil) {
    if (io.reverted()) return rollBack('bridge.reason.reverted', {}, checks);
    await io.sleep(500);
    checks = await verify(host, job, gateways, io);
  }
  const failed = checks.find((c) => !c.ok);
  if (failed) {
    const { name: check, expected, found, missing } = failed;
    return rollBack(
      'bridge.reason.verify',
      { check, expected, found, ...(missing ? { missing: missing.join('; ') } : {}) },
      checks,
    );
  }

  const reconnect = job.reconnect ? { addresses: bridgeAddresses(checks) } : undefined;
  io.report({
    phase: 'verified',
    ...{ id: job.id, at: started, checkpoint, deadline, pid: io.pid, checks },
    ...(reconnect ? { reconnect } : {}),
  });
  if (reconnect) announce(io, job, reconnect.addresses, deadline);
  while (!io.confirmed()) {
    if (io.reverted()) return rollBack('bridge.reason.reverted', {}, checks);
    if (io.now() >= deadline - ROLLBACK_MARGIN_MS) return rollBack('bridge.reason.noConfirm', {}, checks);
    await io.sleep(200);
  }
  const commit = await run(checkpointCommit(checkpoint).argv);
  if (commit.exitCode === 0) return final({ phase: 'committed', id: job.id, at: io.now(), checks });
  // Destroying a checkpoint NetworkManager already rolled back (its timeout passed while we were slow)
  // fails with "checkpoint … does not exist": the old network is back, whatever the confirmation said.
  if (/does not exist|UnknownObject|unknown object/i.test(commit.stderr)) {
    return final({
      phase: 'rolled-back',
      id: job.id,
      at: io.now(),
      reason: 'bridge.reason.lateCommit',
      params: {},
      checks,
    });
  }
  // Any other failure leaves the checkpoint pending: roll back now rather than leave it to the timeout.
  return rollBack('bridge.reason.commitFailed', { output: errorText(commit) }, checks);
}

/** The bridge's IPv4 addresses as the address check found them, without prefix length. */
function bridgeAddresses(checks: BridgeCheck[]): string[] {
  const found = checks.find((c) => c.name === 'address')?.found ?? '';
  return found
    .split(',')
    .map((a) => a.split('/')[0] ?? '')
    .filter((a) => /^[0-9.]+$/.test(a));
}

/** The new address for a user cut off from the session (above all with DHCP): console and log. */
function announce(io: ApplyIo, job: BridgeJob, addresses: string[], deadline: number): void {
  const seconds = Math.max(0, Math.round((deadline - io.now()) / 1000));
  for (const address of addresses) {
    const line = t('bridge.reconnectAnnounce', { bridge: job.expect.bridge, address, seconds });
    io.log(`# ${line}`);
    io.announce?.(line);
  }
}

/**
 * The default gateway always; every other next hop of the uplink's routes only if it answers now, before
 * the change: a route to a router that is already gone must not make the bridge fail.
 */
async function gatewaysToCheck(host: Host, expect: BridgeExpectation, io: ApplyIo): Promise<string[]> {
  const hops = new Set((expect.carried?.routes ?? []).flatMap((r) => (r.gateway ? [r.gateway] : [])));
  if (expect.gateway) hops.delete(expect.gateway);
  const others: string[] = [];
  for (const hop of hops) {
    if (await gatewayAnswers(host, hop, expect.port)) others.push(hop);
    else io.log(`# gateway ${hop} does not answer before the change either: not checked after it`);
  }
  return [...(expect.gateway ? [expect.gateway] : []), ...others];
}

async function verify(host: Host, job: BridgeJob, gateways: string[], io: ApplyIo): Promise<BridgeCheck[]> {
  const checks = await verifyBridge(host, job.expect, gateways);
  io.log(
    `# verify: ${checks.map((c) => `${c.name}=${c.ok ? 'ok' : `expected ${c.expected}, found ${c.found}`}`).join('; ')}`,
  );
  return checks;
}
