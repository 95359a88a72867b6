import { t } from '../i18n/messages.js';
import { visible } from '../i18n/visible.js';
import { acquireLock, type HeldLock, type LockHolder, lockPath, thisProcess } from '../run/lock.js';
import { NotAFileError } from '../run/safe-file.js';
import { EXIT, ExitError } from './context.js';

/** A holder as people read it: PID, when, which terminal, from which SSH client. */
export function holderText(h: LockHolder): string {
  return [
    t('lock.holder', { pid: h.pid, startedAt: h.startedAt.replace(/\.\d+Z$/, 'Z') }),
    h.tty ? t('lock.holderTty', { tty: h.tty }) : '',
    h.from ? t('lock.holderFrom', { from: h.from }) : '',
  ].join('');
}

/**
 * The one-wizard-per-host lock, for a run that changes the host: refused (exit 3) naming the holder when
 * another wizard runs; a lock left by one that no longer runs is taken over, and `warn` says so.
 */
export function holdHostLock(warn: (s: string) => void, path = lockPath()): HeldLock {
  const r = lockOrNamedError(path);
  if (!r.ok) throw new ExitError(t('lock.held', { holder: holderText(r.holder), path }), EXIT.environment);
  if (r.tookOver === 'unreadable') warn(t('lock.tookOverUnreadable', { path }));
  else if (r.tookOver) warn(t('lock.tookOver', { path, holder: holderText(r.tookOver) }));
  return r.lock;
}

/** Something else than a lock at its path (a FIFO, a directory, a link: someone put it there) is exit 3, named. */
function lockOrNamedError(path: string) {
  try {
    return acquireLock(path, thisProcess());
  } catch (error) {
    if (!(error instanceof NotAFileError)) throw error;
    const what = t(`safeFile.what.${error.what}`);
    throw new ExitError(t('lock.notAFile', { path: visible(error.path), what }), EXIT.environment);
  }
}
