import {
  closeSync,
  constants,
  fstatSync,
  ftruncateSync,
  lstatSync,
  openSync,
  readFileSync,
  type Stats,
  writeSync,
} from 'node:fs';

const { O_APPEND, O_CREAT, O_EXCL, O_NOFOLLOW, O_NONBLOCK, O_RDONLY, O_WRONLY } = constants;

/** What sits at a path where the wizard expected a plain file of its own ('file' where it wanted a directory). */
export type NotAFile = 'file' | 'directory' | 'fifo' | 'symlink' | 'socket' | 'device' | 'other';

/**
 * A path of the wizard's (lock, state, log) that holds something else than a regular file: someone put it
 * there. Named, so that the user learns what is at which path, never a hang (a FIFO) or an internal error.
 */
export class NotAFileError extends Error {
  readonly code = 'NOT_A_FILE';
  constructor(
    readonly path: string,
    readonly what: NotAFile,
  ) {
    super(`${path} is not a regular file (${what})`);
  }
}

function kindOf(st: Stats): NotAFile {
  if (st.isDirectory()) return 'directory';
  if (st.isFIFO()) return 'fifo';
  if (st.isSymbolicLink()) return 'symlink';
  if (st.isSocket()) return 'socket';
  if (st.isBlockDevice() || st.isCharacterDevice()) return 'device';
  return 'other';
}

const MODES = {
  read: O_RDONLY,
  append: O_WRONLY | O_APPEND | O_CREAT,
  write: O_WRONLY | O_CREAT,
  create: O_WRONLY | O_CREAT | O_EXCL,
} as const;

/**
 * Opens a file of the wizard's: never through a symbolic link (O_NOFOLLOW), never waiting on a FIFO
 * (O_NONBLOCK), and only a regular file (fstat of the very descriptor, so nothing can be swapped in between).
 * Anything else at the path throws NotAFileError; a missing file (for `read`) throws ENOENT as open does.
 */
export function openRegular(path: string, mode: keyof typeof MODES, perm = 0o600): number {
  let fd: number;
  try {
    fd = openSync(path, MODES[mode] | O_NOFOLLOW | O_NONBLOCK, perm);
  } catch (error) {
    // ELOOP (a link), EISDIR, ENXIO (a FIFO nobody reads), EEXIST for `create`: say what is there.
    const st = lstatSync(path, { throwIfNoEntry: false });
    if (st && !st.isFile()) throw new NotAFileError(path, kindOf(st));
    throw error;
  }
  const st = fstatSync(fd);
  if (!st.isFile()) {
    closeSync(fd);
    throw new NotAFileError(path, kindOf(st));
  }
  return fd;
}

/** A file's text, or undefined when there is none; anything but a regular file throws NotAFileError. */
export function readRegular(path: string): string | undefined {
  let fd: number;
  try {
    fd = openRegular(path, 'read');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
  try {
    return readFileSync(fd, 'utf8');
  } finally {
    closeSync(fd);
  }
}

/**
 * Writes `text` to a file of the wizard's (see openRegular): `append` adds to it, `write` replaces what it
 * held, `create` only makes a new one (EEXIST when the name is taken).
 */
export function writeRegular(
  path: string,
  text: string,
  mode: 'append' | 'write' | 'create' = 'write',
): void {
  const fd = openRegular(path, mode);
  try {
    // Truncated only once it is known to be our regular file (O_TRUNC would act before the fstat).
    if (mode === 'write') ftruncateSync(fd);
    const bytes = Buffer.from(text);
    for (let done = 0; done < bytes.length; ) done += writeSync(fd, bytes, done);
  } finally {
    closeSync(fd);
  }
}
