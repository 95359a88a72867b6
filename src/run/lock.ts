import { randomBytes } from 'node:crypto';
import { linkSync, lstatSync, mkdirSync, readlinkSync, renameSync, unlinkSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { isRunning, processStartTime } from '../host/process-start.js';
import { NotAFileError, readRegular, writeRegular } from './safe-file.js';

/**
 * One wizard at a time on a host: two would run dnf, move the network or follow the same detached step at
 * once. The lock is a file naming its holder by PID and start time (a PID alone may have been reused).
 */
export interface LockHolder {
  pid: number;
  /** /proc/PID/stat's start time (see host/process-start.ts). */
  startTime: string;
  /** ISO time the holder took the lock, for people. */
  startedAt: string;
  /** The SSH client's address when the holder was started over SSH. */
  from?: string;
  /** Its terminal (/dev/pts/3), when it has one. */
  tty?: string;
}

export type LockResult =
  | { ok: true; lock: HeldLock; tookOver?: LockHolder | 'unreadable' }
  | { ok: false; holder: LockHolder };

/** Where the lock lives: /run is cleared at boot, so a lock never outlives a reboot. */
export function lockPath(env: NodeJS.ProcessEnv = process.env): string {
  return join(env.KVM_WIZARD_RUN_DIR || '/run/kvm-wizard', 'lock');
}

/** This process as a holder. */
export function thisProcess(env: NodeJS.ProcessEnv = process.env, now = new Date()): LockHolder {
  const from = env.SSH_CONNECTION?.trim().split(/\s+/)[0];
  const tty = terminalName();
  return {
    pid: process.pid,
    startTime: processStartTime(process.pid) ?? '',
    startedAt: now.toISOString(),
    ...(from ? { from } : {}),
    ...(tty ? { tty } : {}),
  };
}

function terminalName(): string | undefined {
  try {
    const target = readlinkSync('/proc/self/fd/0');
    return target.startsWith('/dev/') ? target : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Takes the lock, or names who holds it. A lock whose holder no longer runs (dead, or its PID reused by a
 * process that started at another time), or that names nobody, is taken over, and the result says so.
 * Anything but a regular file at the path (a FIFO, a directory, a link) throws NotAFileError: someone put it
 * there, and reading it could hang. `pause` lets a test run another wizard at each point where one could
 * interleave.
 */
export function acquireLock(path: string, self: LockHolder, pause?: (point: string) => void): LockResult {
  const dir = dirname(path);
  const there = lstatSync(dir, { throwIfNoEntry: false });
  if (there && !there.isDirectory()) throw new NotAFileError(dir, there.isFile() ? 'file' : 'other');
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  const text = `${JSON.stringify(self)}\n`;
  const tmp = `${path}.${self.pid}.${randomBytes(4).toString('hex')}.tmp`;
  writeRegular(tmp, text, 'create');
  try {
    let tookOver: LockHolder | 'unreadable' | undefined;
    // A few rounds: another wizard may take or give up the lock between our looks.
    for (let round = 0; round < 5; round++) {
      if (linkIfFree(tmp, path)) return { ok: true, lock: new HeldLock(path, text), ...took(tookOver) };
      const seen = readRegular(path);
      if (seen === undefined) continue; // given up meanwhile: try again
      const holder = parseHolder(seen);
      if (holder && isRunning(holder.pid, holder.startTime)) return { ok: false, holder };
      pause?.('judged stale');
      const taking = takeOver(path, seen, tmp, pause);
      if (taking === 'done')
        return { ok: true, lock: new HeldLock(path, text), tookOver: holder ?? 'unreadable' };
      if (taking !== 'again') return { ok: false, holder: taking };
    }
    throw new Error(`cannot take the lock ${path}: it keeps changing`);
  } finally {
    unlinkQuietly(tmp);
  }
}

function took(holder: LockHolder | 'unreadable' | undefined) {
  return holder ? { tookOver: holder } : {};
}

/** link() is atomic and never replaces: of two wizards, exactly one gets the name. */
function linkIfFree(tmp: string, path: string): boolean {
  try {
    linkSync(tmp, path);
    return true;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw e;
  }
}

/**
 * Replaces the stale lock `judged` by ours, atomically: one wizard at a time may take over (it holds
 * `LOCK.takeover`, a link to its own lock file), checks under it that the lock is still the one it judged,
 * and renames its file over it, so the name is never free for a moment (a wizard starting then would take
 * it) and a lock taken meanwhile is never replaced. The answer: done, go round again, or the live wizard
 * that is taking over right now.
 */
function takeOver(
  path: string,
  judged: string,
  tmp: string,
  pause?: (point: string) => void,
): 'done' | 'again' | LockHolder {
  const guard = `${path}.takeover`;
  if (!linkIfFree(tmp, guard)) {
    const seen = readRegular(guard);
    if (seen === undefined) return 'again';
    const taker = parseHolder(seen);
    if (taker && isRunning(taker.pid, taker.startTime)) return taker;
    // Its taker died in the middle (a window of microseconds): clear it, then look again from the start.
    removeIfStill(guard, seen);
    return 'again';
  }
  try {
    pause?.('guarded');
    if (readRegular(path) !== judged) return 'again';
    renameSync(tmp, path);
    return 'done';
  } finally {
    unlinkQuietly(guard);
  }
}

/**
 * Removes a dead taker's guard only if it is still the one judged: moved aside (atomic), compared, and put
 * back when another wizard's guard was moved instead.
 */
function removeIfStill(path: string, judged: string): void {
  const aside = `${path}.stale.${process.pid}`;
  try {
    renameSync(path, aside);
  } catch {
    return;
  }
  if (readText(aside) !== judged) {
    try {
      linkSync(aside, path);
    } catch {
      // Yet another wizard took the name meanwhile: it goes on; ours goes round again and sees it.
    }
  }
  unlinkQuietly(aside);
}

function readText(path: string): string | undefined {
  try {
    return readRegular(path);
  } catch {
    return undefined;
  }
}

function unlinkQuietly(path: string): void {
  try {
    unlinkSync(path);
  } catch {
    // Already gone.
  }
}

/** A lock file's holder; undefined when it names none (empty, damaged, another format). */
export function parseHolder(text: string): LockHolder | undefined {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (typeof data !== 'object' || data === null) return undefined;
  const d = data as Record<string, unknown>;
  const str = (v: unknown) => (typeof v === 'string' && v.length <= 256 ? v : undefined);
  if (!Number.isSafeInteger(d.pid) || !str(d.startTime) || !str(d.startedAt)) return undefined;
  const from = str(d.from);
  const tty = str(d.tty);
  return {
    pid: d.pid as number,
    startTime: d.startTime as string,
    startedAt: d.startedAt as string,
    ...(from ? { from } : {}),
    ...(tty ? { tty } : {}),
  };
}

const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;

/** The lock this process holds: given back at exit, also when a signal ends the process. */
export class HeldLock {
  private held = true;
  private readonly onSignal = (signal: NodeJS.Signals) => {
    this.release();
    // Nobody else listens: end as the signal would have without us (as the transcript does).
    if (process.listenerCount(signal) === 0) process.kill(process.pid, signal);
  };
  private readonly onExit = () => this.release();

  constructor(
    readonly path: string,
    private readonly text: string,
  ) {
    for (const signal of SIGNALS) process.on(signal, this.onSignal);
    process.on('exit', this.onExit);
  }

  /** Removes the file, only while it is still ours (never a lock another wizard took over). */
  release(): void {
    if (!this.held) return;
    this.held = false;
    for (const signal of SIGNALS) process.removeListener(signal, this.onSignal);
    process.removeListener('exit', this.onExit);
    if (readText(this.path) === this.text) unlinkQuietly(this.path);
  }
}
