// The single executable (npm run release): Node 22 and the wizard in one file, run from an empty directory with
// no Node on PATH. Built here (node scripts/release.mjs --sea, ~1 min) when missing or older than the sources.
import { execFileSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt, ROOT } from '../e2e/cli.js';
import { closeTmuxServer } from '../e2e/tmux.js';
import {
  expectInteractiveWorks,
  expectSameAsRepository,
  newestSource,
  runInstalled,
  VERSION,
  withLock,
} from './installed.js';

const EXE = join(ROOT, 'release', `kvm-wizard-${VERSION}-linux-x86_64`);

beforeAll(() => {
  ensureBuilt();
  withLock('sea-build', () => {
    if (existsSync(EXE) && statSync(EXE).mtimeMs >= newestSource()) return;
    execFileSync(process.execPath, ['scripts/release.mjs', '--sea'], { cwd: ROOT, stdio: 'pipe' });
  });
}, 600_000);
afterAll(() => closeTmuxServer());

describe('single executable', () => {
  it('runs with no node to be found (empty PATH, empty environment)', () => {
    const r = runInstalled(['/usr/bin/env', '-i', 'PATH=/nonexistent', EXE], ['--version']);
    expect(r.stdout).toBe(`${VERSION}\n`);
    expect(r.stderr).toBe('');
  });

  it('--version, --dry-run --simulate and --yes --simulate as the repository build', () => {
    expectSameAsRepository([EXE]);
  });

  it('starts the bridge applier as itself: `EXE __apply-bridge JOB` reaches the applier', () => {
    // A job file that does not exist: the applier (and nothing else) tries to read it. Were argv[1] not
    // handled, the wizard would take "__apply-bridge" for a usage error.
    const r = runInstalled([EXE], ['__apply-bridge', '/nonexistent/kvm-wizard-job.json']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("ENOENT: no such file or directory, open '/nonexistent/kvm-wizard-job.json'");
  });

  it('runs the interactive wizard in a real terminal', async () => {
    await expectInteractiveWorks([EXE]);
  }, 60_000);
});
