import { closeSync, constants, existsSync, openSync, writeSync } from 'node:fs';

/** The user's answer to a pending bridge change: keep it, or undo it now. */
export type Decision = 'keep' | 'revert';

export type DecideResult = { written: true } | { written: false; existing: Decision };

/** The two answer files beside a job (facts/bridge-jobs.ts jobPaths): the applier polls for either. */
export interface DecisionPaths {
  confirm: string;
  revert: string;
}

/**
 * Writes the answer beside the job, once: created exclusively (O_EXCL, never through a symlink), and not at
 * all when the other answer is there already. Two `confirm`s at once: one writes, the other learns the change
 * is answered. A `confirm` and a `revert` in the very same instant may both write; the applier then keeps
 * (it checks the confirmation first), which only happens after `confirm`'s checks passed.
 */
export function decide(paths: DecisionPaths, decision: Decision): DecideResult {
  const existing = readDecision(paths);
  if (existing) return { written: false, existing };
  const path = decision === 'keep' ? paths.confirm : paths.revert;
  let fd: number;
  try {
    fd = openSync(
      path,
      constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | constants.O_NOFOLLOW,
      0o600,
    );
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
    return { written: false, existing: decision };
  }
  try {
    writeSync(fd, `${new Date().toISOString()}\n`);
  } finally {
    closeSync(fd);
  }
  return { written: true };
}

/** The answer given so far, as the applier reads it (a confirmation first). */
export function readDecision(paths: DecisionPaths): Decision | undefined {
  if (existsSync(paths.confirm)) return 'keep';
  if (existsSync(paths.revert)) return 'revert';
  return undefined;
}
