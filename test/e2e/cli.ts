import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '../..');
export const BIN = join(ROOT, 'bin/kvm-wizard.js');
const BUNDLE = join(ROOT, 'dist/kvm-wizard.mjs');

function newestMtime(dir: string): number {
  let newest = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    newest = Math.max(newest, e.isDirectory() ? newestMtime(p) : statSync(p).mtimeMs);
  }
  return newest;
}

/**
 * The e2e tests run the built CLI. Build it when dist is missing or older than src (`npm test` builds first
 * anyway); a lock directory keeps two test files from building at once.
 */
export function ensureBuilt(): void {
  const fresh = () => existsSync(BUNDLE) && statSync(BUNDLE).mtimeMs >= newestMtime(join(ROOT, 'src'));
  if (fresh()) return;
  const lock = join(tmpdir(), 'kvm-wizard-e2e-build.lock');
  const deadline = Date.now() + 60_000;
  for (;;) {
    try {
      mkdirSync(lock);
      break;
    } catch {
      if (Date.now() > deadline) rmSync(lock, { recursive: true, force: true });
      else Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 100);
    }
  }
  try {
    if (!fresh()) execFileSync('npm', ['run', '--silent', 'build'], { cwd: ROOT, stdio: 'pipe' });
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

/** A fresh directory for transcripts and bridge state: nothing lands in ~/.local/state or /var/lib. */
export function tempDirs(): { dir: string; env: Record<string, string> } {
  const dir = mkdtempSync(join(tmpdir(), 'kvm-wizard-e2e-'));
  return { dir, env: { KVM_WIZARD_LOG_DIR: dir, KVM_WIZARD_STATE_DIR: join(dir, 'state') } };
}

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
  dir: string;
}

/** The caller's environment without colour switches, and in English whatever the caller's locale. */
export function cleanEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, LC_ALL: 'C.UTF-8' };
  delete env.NO_COLOR;
  delete env.FORCE_COLOR;
  return env;
}

/** Runs the CLI without a terminal (stdin is /dev/null, output is piped). */
export function cli(args: string[], env: Record<string, string> = {}): CliRun {
  const { dir, env: dirs } = tempDirs();
  const baseEnv = cleanEnv();
  const r = spawnSync(process.execPath, [BIN, ...args], {
    cwd: ROOT,
    env: { ...baseEnv, ...dirs, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr, dir };
}

/** The `$ …` lines of every transcript in `dir`: the commands that actually ran. */
export function transcriptCommands(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.startsWith('transcript-'))
    .flatMap((f) => readFileSync(join(dir, f), 'utf8').split('\n'))
    .filter((l) => l.startsWith('$ '));
}

/**
 * Runs a non-interactive CLI command with its output on a pseudo-terminal (util-linux `script`), where
 * colours are on unless NO_COLOR says otherwise. Output lines end in CRLF there.
 */
export function ptyCli(args: string[], env: Record<string, string> = {}): CliRun {
  const { dir, env: dirs } = tempDirs();
  const command = [process.execPath, BIN, ...args].map((a) => `'${a.replaceAll("'", "'\\''")}'`).join(' ');
  const r = spawnSync('script', ['-q', '-e', '-c', command, '/dev/null'], {
    cwd: ROOT,
    env: { ...cleanEnv(), TERM: 'xterm-256color', ...dirs, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { code: r.status, stdout: r.stdout.replaceAll('\r\n', '\n'), stderr: r.stderr, dir };
}
