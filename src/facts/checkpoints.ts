import type { Host, RunResult } from '../host/host.js';
import { checkpointTimeout, listCheckpoints } from '../plan/checkpoint.js';
import { parseBusctlObjectPaths, parseBusctlUint } from './parse/busctl.js';

/**
 * NetworkManager's pending checkpoints, and which of them never expire (made with rollback timeout 0: nothing
 * rolls them back by itself, so "wait for its timeout" would be wrong advice). `run` lets the applier log
 * the commands in its own way.
 */
export async function readCheckpoints(
  host: Host,
  run: (argv: readonly string[]) => Promise<RunResult> = (argv) => host.run(argv),
): Promise<{ checkpoints: string[]; neverExpiring?: string[] }> {
  const list = await run(listCheckpoints().argv);
  const checkpoints = list.exitCode === 0 ? parseBusctlObjectPaths(list.stdout) : [];
  if (!checkpoints.length) return { checkpoints };
  const timeouts = await Promise.all(
    checkpoints.map(async (path) => {
      const r = await run(checkpointTimeout(path).argv);
      return r.exitCode === 0 ? parseBusctlUint(r.stdout) : undefined;
    }),
  );
  const neverExpiring = checkpoints.filter((_, i) => timeouts[i] === 0);
  return neverExpiring.length ? { checkpoints, neverExpiring } : { checkpoints };
}
