// Runs the built CLI under /usr/bin/time to see what one run costs: CPU time and peak memory (issue 8: every
// run ≤ 2 s and ≤ 200 MiB). Time is CPU time (user + system), not wall time: the test machine is shared, and a
// run that waits on nothing takes as long on the clock as the other processes let it. A run that hangs is
// killed after HANG_MS and reported as hung.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { BIN, cleanEnv, ROOT, tempDirs, transcriptCommands } from './cli.js';

export const MAX_CPU_SECONDS = 2;
export const MAX_KIB = 200 * 1024;
export const HANG_MS = 20_000;

export interface Measured {
  code: number | null;
  stdout: string;
  stderr: string;
  wallSeconds: number;
  cpuSeconds: number;
  maxRssKiB: number;
  hung: boolean;
  /** The commands the run's transcripts say it ran. */
  ran: string[];
}

/** Runs the CLI under /usr/bin/time: wall and CPU seconds, peak RSS. */
export function measure(args: string[]): Promise<Measured> {
  const { dir, env } = tempDirs();
  const timeFile = join(dir, 'time');
  const child = spawn(
    '/usr/bin/time',
    ['-o', timeFile, '-f', '%e %U %S %M', process.execPath, BIN, ...args],
    {
      cwd: ROOT,
      env: { ...cleanEnv(), ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    },
  );
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (d: string) => {
    stdout += d;
  });
  child.stderr.setEncoding('utf8').on('data', (d: string) => {
    stderr += d;
  });
  let hung = false;
  const hang = setTimeout(() => {
    hung = true;
    process.kill(-(child.pid as number), 'SIGKILL');
  }, HANG_MS);
  return new Promise((resolve) => {
    child.on('close', (code) => {
      clearTimeout(hang);
      // "Command exited with non-zero status 2" comes first when the code is not 0; the numbers are last.
      const last = existsSync(timeFile) ? readFileSync(timeFile, 'utf8').trim().split('\n').at(-1) : '';
      const [wall = Number.NaN, user = Number.NaN, sys = Number.NaN, kib = Number.NaN] = (last ?? '')
        .split(' ')
        .map(Number);
      const ran = transcriptCommands(dir);
      rmSync(dir, { recursive: true, force: true });
      resolve({ code, stdout, stderr, wallSeconds: wall, cpuSeconds: user + sys, maxRssKiB: kib, ran, hung });
    });
  });
}

/** What a run broke of the limits: memory, CPU time, a hang. A missing measure (NaN) breaks them too. */
export function limitProblems(r: Measured): string[] {
  const found: string[] = [];
  if (!(r.maxRssKiB <= MAX_KIB)) found.push(`peak memory ${r.maxRssKiB} KiB > ${MAX_KIB}`);
  if (!(r.cpuSeconds <= MAX_CPU_SECONDS)) found.push(`${r.cpuSeconds} s of CPU time > ${MAX_CPU_SECONDS}`);
  if (r.hung) found.push(`still running after ${HANG_MS / 1000} s: killed`);
  return found;
}

/** Runs `jobs` through `each`, `concurrency` at a time (the machine is shared), results in order. */
export async function inTurn<J, R>(jobs: readonly J[], concurrency: number, each: (j: J) => Promise<R>) {
  const results: R[] = new Array(jobs.length);
  let next = 0;
  const worker = async () => {
    for (let i = next++; i < jobs.length; i = next++) results[i] = await each(jobs[i] as J);
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return results;
}
