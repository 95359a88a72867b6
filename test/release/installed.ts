// Helpers for the tests of what a release ships (the npm package installed elsewhere, the single executable):
// the same commands as the repository's own build must give the same results.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from 'vitest';
import { t } from '../../src/i18n/messages.js';
import { type CliRun, cleanEnv, cli, ROOT, tempDirs, transcriptCommands } from '../e2e/cli.js';
import { TmuxWizard } from '../e2e/tmux.js';

export const VERSION: string = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version;

/** Runs `command args` without a terminal, from an empty directory (nothing of the repository nearby). */
export function runInstalled(command: string[], args: string[]): CliRun {
  const { dir, env } = tempDirs();
  const [file = '', ...pre] = command;
  const r = spawnSync(file, [...pre, ...args], {
    cwd: dir,
    env: { ...cleanEnv(), ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr, dir };
}

/** --version, --dry-run --simulate and --yes --simulate give what the repository's build gives. */
export function expectSameAsRepository(command: string[]): void {
  const version = runInstalled(command, ['--version']);
  expect(version.stderr).toBe('');
  expect(version.stdout).toBe(`${VERSION}\n`);

  const dryRun = runInstalled(command, ['--dry-run', '--simulate']);
  expect(dryRun.stderr).toBe('');
  expect(dryRun.code).toBe(0);
  expect(dryRun.stdout).toBe(cli(['--dry-run', '--simulate']).stdout);

  const yes = runInstalled(command, ['--yes', '--simulate']);
  const reference = cli(['--yes', '--simulate']);
  expect(yes.code, yes.stdout + yes.stderr).toBe(reference.code);
  expect(transcriptCommands(yes.dir).length).toBeGreaterThan(5);
  expect(transcriptCommands(yes.dir)).toEqual(transcriptCommands(reference.dir));
}

/** The interactive wizard in a real terminal: the first screen, a step forward by Enter, then q quits. */
export async function expectInteractiveWorks(command: string[]): Promise<void> {
  const w = new TmuxWizard(['--simulate'], { command });
  try {
    await w.waitFor(
      (s) => s.includes(`Step 1/`) && s.includes(t('step.host.title')) && s.includes('Quit'),
      30_000,
    );
    w.send(['Enter']);
    await w.waitFor(`Step 2/`);
    w.send(['q'], true);
    // Quit asks first; q again quits.
    await w.waitFor('Quit kvm-wizard now?');
    w.send(['q'], true);
    // Quit before the summary: not finished (README: exit 1).
    expect(await w.exitCode()).toBe(1);
  } finally {
    w.kill();
  }
}

/** Newest modification time of the sources a build reads. */
export function newestSource(): number {
  let newest = 0;
  const walk = (p: string) => {
    const st = statSync(p);
    if (st.isDirectory()) for (const e of readdirSync(p)) walk(join(p, e));
    else newest = Math.max(newest, st.mtimeMs);
  };
  for (const p of [
    'src',
    'scripts/bundle.mjs',
    'scripts/release.mjs',
    'scripts/node-runtime.mjs',
    'package.json',
  ])
    walk(join(ROOT, p));
  return newest;
}

/** Runs `fn` while holding a lock directory, so that two test files never build the same thing at once. */
export function withLock<T>(name: string, fn: () => T): T {
  const lock = join(tmpdir(), `kvm-wizard-${name}.lock`);
  const deadline = Date.now() + 600_000;
  for (;;) {
    try {
      mkdirSync(lock);
      break;
    } catch {
      if (Date.now() > deadline) rmSync(lock, { recursive: true, force: true });
      else Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 200);
    }
  }
  try {
    return fn();
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}
