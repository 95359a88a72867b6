import type { Host, RunResult } from '../host/host.js';
import { parseBusctlObjectPaths, parseBusctlUint } from './parse/busctl.js';

/** NetworkManager's D-Bus name, object and interface (busctl is part of systemd: on every supported host). */
export const NM = [
  'org.freedesktop.NetworkManager',
  '/org/freedesktop/NetworkManager',
  'org.freedesktop.NetworkManager',
] as const;

/** The read-only questions asked of NetworkManager about checkpoints (plan/checkpoint.ts makes Commands). */
export const CHECKPOINT_ARGV = {
  list: () => ['busctl', 'get-property', ...NM, 'Checkpoints'],
  timeout: (path: string) => [
    'busctl',
    'get-property',
    NM[0],
    path,
    'org.freedesktop.NetworkManager.Checkpoint',
    'RollbackTimeout',
  ],
  deviceInterface: (path: string) => [
    'busctl',
    'get-property',
    NM[0],
    path,
    'org.freedesktop.NetworkManager.Device',
    'Interface',
  ],
};

/**
 * NetworkManager's pending checkpoints, and which of them never expire (made with rollback timeout 0: nothing
 * rolls them back by itself, so "wait for its timeout" would be wrong advice). `run` lets the applier log
 * the commands in its own way.
 */
export async function readCheckpoints(
  host: Host,
  run: (argv: readonly string[]) => Promise<RunResult> = (argv) => host.run(argv),
): Promise<{ checkpoints: string[]; neverExpiring?: string[] }> {
  const list = await run(CHECKPOINT_ARGV.list());
  const checkpoints = list.exitCode === 0 ? parseBusctlObjectPaths(list.stdout) : [];
  if (!checkpoints.length) return { checkpoints };
  const timeouts = await Promise.all(
    checkpoints.map(async (path) => {
      const r = await run(CHECKPOINT_ARGV.timeout(path));
      return r.exitCode === 0 ? parseBusctlUint(r.stdout) : undefined;
    }),
  );
  const neverExpiring = checkpoints.filter((_, i) => timeouts[i] === 0);
  return neverExpiring.length ? { checkpoints, neverExpiring } : { checkpoints };
}
