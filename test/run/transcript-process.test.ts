import { spawn, spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { t } from '../../src/i18n/messages.js';
import { BIN, cleanEnv, ensureBuilt, ROOT, tempDirs } from '../e2e/cli.js';

// The built CLI in a child process: signals and file systems are those of a real run.
beforeAll(() => ensureBuilt(), 120_000);

const isRoot = process.getuid?.() === 0;

/** `--yes --simulate --only packages` with dnf's lines slowed down, killed by `signal` once dnf has started. */
function killDuringDnf(signal: NodeJS.Signals): Promise<{ signal: NodeJS.Signals | null; dir: string }> {
  const { dir, env } = tempDirs();
  const child = spawn(process.execPath, [BIN, '--yes', '--simulate', '--only', 'packages'], {
    cwd: ROOT,
    env: { ...cleanEnv(), ...env, KVM_WIZARD_SIM_LINE_MS: '300' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout.on('data', (d: Buffer) => {
    out += d.toString();
    if (out.includes('│ Dependencies resolved.')) child.kill(signal);
  });
  return new Promise((resolve) => child.on('exit', (_code, sig) => resolve({ signal: sig, dir })));
}

function transcriptOf(dir: string): string {
  const [name] = readdirSync(dir).filter((f) => f.startsWith('transcript-'));
  if (!name) throw new Error(`no transcript in ${dir}`);
  return readFileSync(join(dir, name), 'utf8');
}

describe('a run ended by a signal', () => {
  it.each(['SIGTERM', 'SIGINT', 'SIGHUP'] as const)(
    '%s: the transcript gets a closing line, and the wizard still ends by that signal',
    async (signal) => {
      const r = await killDuringDnf(signal);
      expect(r.signal).toBe(signal);
      const text = transcriptOf(r.dir);
      expect(text).toContain('$ dnf -y install');
      expect(text).toContain('Dependencies resolved.\n');
      expect(text).toMatch(new RegExp(`\\n# ended by ${signal} at \\d{4}-\\d\\d-\\d\\dT[\\d:.]+Z\\n$`));
    },
  );
});

/**
 * The CLI with its log directory on a tmpfs of its own (a private mount namespace: nothing outside sees it),
 * mounted with `options`.
 */
function withLogMount(options: string, env: Record<string, string> = {}) {
  const { dir, env: dirs } = tempDirs();
  const script = 'mount -t tmpfs -o "$1" kvm-wizard-test "$2" && shift 2 && exec "$@"';
  const r = spawnSync(
    'unshare',
    [
      '-m',
      'sh',
      '-c',
      script,
      'sh',
      options,
      dir,
      process.execPath,
      BIN,
      '--yes',
      '--simulate',
      '--only',
      'packages',
    ],
    {
      cwd: ROOT,
      env: { ...cleanEnv(), ...dirs, ...env },
      encoding: 'utf8',
      timeout: 60_000,
      maxBuffer: 1 << 26,
    },
  );
  return { ...r, dir };
}

const count = (text: string, part: string) => text.split(part).length - 1;

describe.skipIf(!isRoot)('a transcript that cannot be written (real file systems, as root)', () => {
  it('read-only: told once, plainly; the run goes on; no "Log:" for a file that does not exist', () => {
    const r = withLogMount('ro,mode=0700');
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const notice = t('transcript.unwritable', { reason: t('transcript.reason.readOnly'), path: '' });
    expect(count(r.stdout, notice.slice(0, notice.indexOf('): ') + 3))).toBe(1);
    expect(r.stdout).toContain(t('transcript.reason.readOnly'));
    expect(r.stdout).toContain('Complete!');
    expect(r.stdout).toContain(t('cli.allDone'));
    expect(r.stdout).not.toContain('Log: ');
  });

  it('disk full half-way: told once; every line still reaches the screen; the partial log is named', () => {
    const r = withLogMount('size=64k,mode=0700', { KVM_WIZARD_SIM_LINES: '100000' });
    expect(r.status).toBe(0);
    expect(count(r.stdout, t('transcript.reason.full'))).toBe(1);
    expect(r.stdout).toContain('    │ 100000\n');
    expect(r.stdout).toContain(t('cli.allDone'));
    expect(r.stdout).toMatch(new RegExp(`^Log: ${r.dir}/transcript-.*\\.log$`, 'm'));
  });
});
