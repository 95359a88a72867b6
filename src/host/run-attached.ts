import { spawn } from 'node:child_process';

/**
 * Runs argv on the user's own terminal: stdin, stdout and stderr are inherited, so a program that asks
 * something itself (`passwd` reading a password with echo off) talks to the user directly and nothing of it
 * passes through this process. Resolves with the exit code (127 when it could not start, 128+n on a signal).
 */
export function runAttached(argv: readonly string[], start: typeof spawn = spawn): Promise<number> {
  const [file, ...args] = argv;
  if (!file) return Promise.reject(new Error('empty argv'));
  return new Promise((resolve) => {
    const child = start(file, args, { stdio: 'inherit' });
    child.on('error', () => resolve(127));
    child.on('close', (code, signal) => resolve(code ?? (signal ? 128 + signalNumber(signal) : 1)));
  });
}

function signalNumber(signal: NodeJS.Signals): number {
  return signal === 'SIGINT' ? 2 : signal === 'SIGKILL' ? 9 : 15;
}
