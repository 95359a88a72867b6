// The npm package as a user gets it: `npm pack` of the built dist/, installed with --omit=dev into an empty
// prefix (no node_modules of the repository in reach), then run by its bin link.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt, ROOT } from '../e2e/cli.js';
import { closeTmuxServer } from '../e2e/tmux.js';
import { expectInteractiveWorks, expectSameAsRepository, VERSION } from './installed.js';

const work = mkdtempSync(join(tmpdir(), 'kvm-wizard-npm-'));
const prefix = join(work, 'prefix');
let files: string[] = [];

beforeAll(() => {
  ensureBuilt();
  // --ignore-scripts: prepack would rebuild dist/ under the other test files' feet.
  const packed = JSON.parse(
    execFileSync('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', work], {
      cwd: ROOT,
      encoding: 'utf8',
    }),
  );
  files = packed[0].files.map((f: { path: string }) => f.path);
  // --offline: a package without dependencies needs nothing from the registry.
  execFileSync(
    'npm',
    ['install', '--global', '--omit=dev', '--offline', '--prefix', prefix, join(work, packed[0].filename)],
    {
      encoding: 'utf8',
      stdio: 'pipe',
    },
  );
}, 120_000);
afterAll(() => {
  closeTmuxServer();
  rmSync(work, { recursive: true, force: true });
});

describe('npm package', () => {
  it('holds bin/ and dist/ only (no source maps) and declares no dependencies', () => {
    const extra = files.filter(
      (f) => !/^(bin|dist)\//.test(f) && !['package.json', 'README.md', 'LICENSE'].includes(f),
    );
    expect(extra).toEqual([]);
    expect(files.filter((f) => f.endsWith('.map'))).toEqual([]);
    expect(files).toContain('bin/kvm-wizard.js');
    expect(files).toContain('dist/kvm-wizard.mjs');
    const installed = JSON.parse(
      readFileSync(join(prefix, 'lib/node_modules/kvm-wizard/package.json'), 'utf8'),
    );
    expect(installed.version).toBe(VERSION);
    expect(installed.dependencies).toBeUndefined();
    expect(installed.scripts.prepare).toBeUndefined();
  });

  it('--version, --dry-run --simulate and --yes --simulate as the repository build', () => {
    expectSameAsRepository([join(prefix, 'bin/kvm-wizard')]);
  });

  it('runs the interactive wizard in a real terminal', async () => {
    await expectInteractiveWorks([join(prefix, 'bin/kvm-wizard')]);
  }, 60_000);
});
