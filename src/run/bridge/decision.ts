import { closeSync, constants, openSync, readFileSync, writeSync } from 'node:fs';

/** The user's answer to a pending bridge change: keep it, or undo it now. */
export type Decision = 'keep' | 'revert';

export type DecideResult = { written: true } | { written: false; existing: Decision | undefined };

/**
 * Writes the answer beside the job, once: created exclusively (O_EXCL), so of two sessions answering at the
 * same moment (two `confirm`s, or a `confirm` and a `revert`) exactly one wins and the other learns which
 * answer stands; a file or symlink already at the path is never followed nor overwritten.
 */
export function decide(path: string, decision: Decision): DecideResult {
  let fd: number;
  try {
    fd = openSync(
      path,
      constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | constants.O_NOFOLLOW,
      0o600,
    );
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
    return { written: false, existing: readDecision(path) };
  }
  try {
    writeSync(fd, `${decision} ${new Date().toISOString()}\n`);
  } finally {
    closeSync(fd);
  }
  return { written: true };
}

/** The answer written so far; anything but a file starting with "keep" or "revert" is no answer. */
export function readDecision(path: string): Decision | undefined {
  let text: string;
  try {
    // O_NOFOLLOW: a symlink planted at the path is not an answer (and is not read through).
    const fd = openSync(path, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK);
    try {
      text = readFileSync(fd, 'utf8').slice(0, 64);
    } finally {
      closeSync(fd);
    }
  } catch {
    return undefined;
  }
  const word = text.split(/\s/, 1)[0];
  return word === 'keep' || word === 'revert' ? word : undefined;
}
