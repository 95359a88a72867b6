// The built CLI: `validate FILE` in the user's language, and the default answers file /etc/kvm-wizard/answers.yaml.
import { chmodSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { cli, ensureBuilt } from '../e2e/cli.js';

beforeAll(() => ensureBuilt(), 120_000);

describe('kvm-wizard validate FILE', () => {
  it('a valid file: exit 0 and says so', () => {
    const r = cli(['validate', 'test/answers/files/static-bridge.yaml']);
    expect(r).toMatchObject({ code: 0, stderr: '' });
    expect(r.stdout).toBe('test/answers/files/static-bridge.yaml: valid answers file.\n');
  });

  it('a bad file: exit 2 with every error at once, on stderr', () => {
    const r = cli(['validate', 'test/answers/files/bad-two-unknown-keys.yaml']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(
      `Error in answers file test/answers/files/bad-two-unknown-keys.yaml:\n  bridge.nmae: unknown key: the keys here are name, interface, stp, ipv4, rollbackTimeout, reconnectTimeout\n  bridge.stpp: unknown key: the keys here are name, interface, stp, ipv4, rollbackTimeout, reconnectTimeout\n`,
    );
  });

  it("in the user's language", () => {
    const r = cli(['validate', 'test/answers/files/bad-gateway-outside.yaml'], {
      LANG: 'ja_JP.UTF-8',
      LC_ALL: '',
    });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(
      '回答ファイル test/answers/files/bad-gateway-outside.yaml にエラーがあります:',
    );
    expect(r.stderr).toContain('bridge.ipv4.gateway: 192.168.1.0/24 の範囲内にしてください');
  });

  it('a missing file: exit 2', () => {
    expect(cli(['validate', '/nonexistent/answers.yaml']).code).toBe(2);
  });
});

/** A sysroot with /etc/kvm-wizard/answers.yaml in it. */
function sysrootWith(yaml: string): string {
  const root = mkdtempSync(join(tmpdir(), 'kvm-wizard-sysroot-'));
  mkdirSync(join(root, 'etc/kvm-wizard'), { recursive: true });
  writeFileSync(join(root, 'etc/kvm-wizard/answers.yaml'), yaml, { mode: 0o600 });
  return root;
}

describe('default answers file /etc/kvm-wizard/answers.yaml', () => {
  it('is used when present and --answers is not given, and says so on stderr', () => {
    const root = sysrootWith('bridge:\n  name: brlab\n');
    const r = cli(['--dry-run', '--simulate', '--only', 'bridge'], { KVM_WIZARD_SYSROOT: root });
    expect(r.code).toBe(0);
    expect(r.stderr).toBe(`Using answers from ${root}/etc/kvm-wizard/answers.yaml\n`);
    expect(r.stdout).toContain('con-name brlab ifname brlab');
  });

  it('one that others can change is not used: exit 2, saying why and how to fix it', () => {
    const root = sysrootWith('bridge:\n  name: brlab\n');
    chmodSync(join(root, 'etc/kvm-wizard/answers.yaml'), 0o666);
    const r = cli(['--dry-run', '--simulate', '--only', 'bridge'], { KVM_WIZARD_SYSROOT: root });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('is not used: it must be a regular file owned by root (or you)');
    expect(r.stdout).toBe('');
  });

  it('--answers wins over it', () => {
    const root = sysrootWith('bridge:\n  name: brlab\n');
    const r = cli(
      ['--dry-run', '--simulate', '--only', 'bridge', '--answers', 'test/answers/files/empty.yaml'],
      {
        KVM_WIZARD_SYSROOT: root,
      },
    );
    expect(r.stderr).toBe('');
    expect(r.stdout).toContain('con-name br0 ifname br0');
  });

  it('a bad default file is an error like a bad --answers (exit 2), naming it', () => {
    const root = sysrootWith('bridge:\n  nmae: br0\n');
    const r = cli(['--yes', '--simulate'], { KVM_WIZARD_SYSROOT: root });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`Error in answers file ${root}/etc/kvm-wizard/answers.yaml:`);
    expect(r.stderr).toContain('bridge.nmae: unknown key');
  });

  it('does not disturb --json: the notice is on stderr, stdout stays one document', () => {
    const root = sysrootWith('bridge:\n  name: brlab\n');
    const r = cli(['--dry-run', '--simulate', '--json', '--only', 'bridge'], { KVM_WIZARD_SYSROOT: root });
    expect(JSON.parse(r.stdout).steps[0].commands[1].argv).toContain('brlab');
  });
});
