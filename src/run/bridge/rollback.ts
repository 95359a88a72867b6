import type { Reason } from '../../facts/bridge-status.js';
import { parseBusctlString, parseRollbackResult } from '../../facts/parse/busctl.js';
import type { RunResult } from '../../host/host.js';
import { visible } from '../../i18n/visible.js';
import { checkpointRollback, deviceInterface, staleParams } from '../../plan/checkpoint.js';
import { formatArgv } from '../../plan/command.js';
import type { BridgeExpectation } from '../../plan/types.js';

type Run = (argv: readonly string[]) => Promise<RunResult>;

export type RollbackOutcome = { ok: true } | { ok: false; failure: { rollback: Reason; manual: string[] } };

/**
 * CheckpointRollback, and what it really did: the call itself may fail (the checkpoint is then still
 * pending), or NetworkManager may answer with a non-zero result for a device it could not restore
 * (NMRollbackResult: 1 no such device, 2 unmanaged, 3 failed). A checkpoint that no longer exists was rolled
 * back by NetworkManager at its timeout: that is a rollback too.
 */
export async function rollBackCheckpoint(
  run: Run,
  checkpoint: string,
  expect: BridgeExpectation,
): Promise<RollbackOutcome> {
  const r = await run(checkpointRollback(checkpoint).argv);
  if (r.exitCode !== 0) {
    if (/does not exist|UnknownObject|unknown object/i.test(r.stderr)) return { ok: true };
    return {
      ok: false,
      failure: {
        rollback: { reason: 'bridge.reason.rollbackCall', params: { output: errorText(r) } },
        // The checkpoint is still pending: the same call again, from the console, is the first thing to try.
        manual: [staleParams(checkpoint).rollback, ...restoreByHand(expect)],
      },
    };
  }
  const results = parseRollbackResult(r.stdout);
  const failed = (results ?? []).filter((d) => d.result !== 0);
  if (!failed.length) return { ok: true };
  const names = await Promise.all(
    failed.map(async (d) => {
      const name = parseBusctlString((await run(deviceInterface(d.device).argv)).stdout);
      return `${name ? visible(name) : d.device} (${d.result})`;
    }),
  );
  return {
    ok: false,
    failure: {
      rollback: { reason: 'bridge.reason.rollbackDevices', params: { devices: names.join(', ') } },
      manual: restoreByHand(expect),
    },
  };
}

/** By hand, from the console: see what is there, remove what the change made, bring the old profile up. */
function restoreByHand(expect: BridgeExpectation): string[] {
  return [
    formatArgv(['nmcli', 'device', 'status']),
    ...(expect.portProfile ? [formatArgv(['nmcli', 'connection', 'delete', 'id', expect.portProfile])] : []),
    formatArgv(['nmcli', 'connection', 'delete', 'id', expect.bridge]),
    formatArgv(
      expect.profile
        ? ['nmcli', 'connection', 'up', 'uuid', expect.profile]
        : ['nmcli', 'device', 'connect', expect.port],
    ),
  ];
}

/**
 * A failed command's own error for a message: nmcli's "Error: …" lines, not the "Hint: use 'journalctl
 * -xe …'" line it adds after them; else the last line that says anything. Control characters written out.
 */
export function errorText(r: Pick<RunResult, 'stdout' | 'stderr'>): string {
  const lines = (r.stderr.trim() ? r.stderr : r.stdout)
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l && !/^Hint: /.test(l));
  const errors = lines.filter((l) => /^Error\b/.test(l));
  const text = (errors.length ? errors.join(' ') : (lines.at(-1) ?? '')).slice(0, 500);
  return visible(text);
}
