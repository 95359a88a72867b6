import { spawn } from 'node:child_process';

/** The keys that signal the whole foreground process group: while the program has the terminal, they are its. */
const SHIELDED = ['SIGINT', 'SIGQUIT'] as const;

/**
 * Runs argv on the user's own terminal: stdin, stdout and stderr are inherited, so a program that asks
 * something itself (`passwd` reading a password with echo off) talks to the user directly and nothing of it
 * passes through this process. Resolves with the exit code (127 when it could not start, 128+n on a signal).
 * Like system(3), this process ignores SIGINT and SIGQUIT meanwhile: Ctrl-C in passwd reaches the wizard too
 * (same process group, terminal out of raw mode), and must not end it (nor its lock and transcript) under
 * passwd, which goes on asking.
 */
export function runAttached(argv: readonly string[], start: typeof spawn = spawn): Promise<number> {
  const [file, ...args] = argv;
  if (!file) return Promise.reject(new Error('empty argv'));
  const unshield = shieldSignals();
  return new Promise<number>((resolve) => {
    const child = start(file, args, { stdio: 'inherit' });
    child.on('error', () => resolve(127));
    child.on('close', (code, signal) => resolve(code ?? (signal ? 128 + signalNumber(signal) : 1)));
  }).finally(unshield);
}

/** Sets this process's SIGINT/SIGQUIT listeners aside (one that does nothing instead); the returned function puts them back. */
function shieldSignals(): () => void {
  const ignore = () => {};
  const saved = SHIELDED.map((signal) => {
    const listeners = process.rawListeners(signal) as Array<(signal: NodeJS.Signals) => void>;
    process.removeAllListeners(signal);
    process.on(signal, ignore);
    return { signal, listeners };
  });
  return () => {
    for (const { signal, listeners } of saved) {
      process.removeListener(signal, ignore);
      for (const listener of listeners) process.on(signal, listener);
    }
  };
}

function signalNumber(signal: NodeJS.Signals): number {
  return signal === 'SIGINT' ? 2 : signal === 'SIGKILL' ? 9 : 15;
}
