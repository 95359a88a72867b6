import { spawn } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { invocation, sessionEnv } from '../../src/facts/invocation.js';
import { comeBackWords } from '../../src/plan/come-back.js';

/** The reconnect flow names the command that starts this wizard again: the file the user really ran. */
const dir = mkdtempSync(join(tmpdir(), 'kvmwiz-inv-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const binary = join(dir, 'kvm-wizard-0.1.0-linux-x86_64');
writeFileSync(binary, '');
chmodSync(binary, 0o755);

describe('invocation', () => {
  it('a single executable run by path, through sudo: sudo and that path, and the sudo user logs in', () => {
    const inv = invocation({ SUDO_USER: 'alice', PATH: '/usr/bin' }, [binary, binary], binary, 0);
    expect(inv).toEqual({ user: 'alice', command: [binary], sudo: true });
    expect(comeBackWords(inv)).toEqual({
      user: 'alice',
      confirm: `sudo ${binary} confirm`,
      revert: `sudo ${binary} revert`,
    });
  });

  it('kvm-wizard on PATH that is this very file: just kvm-wizard', () => {
    const bin = mkdtempSync(join(dir, 'bin-'));
    symlinkSync(binary, join(bin, 'kvm-wizard'));
    const inv = invocation({ PATH: `/nonexistent:${bin}` }, [binary, binary], binary, 0);
    expect(inv.command).toEqual(['kvm-wizard']);
    expect(inv.sudo).toBe(false);
  });

  it('the npm script: node and the script, quoted for the shell where it needs to be', () => {
    const script = join(dir, 'my dir', 'kvm-wizard.mjs');
    const inv = invocation({ PATH: '' }, ['/usr/bin/node', script], '/usr/bin/node', 0);
    expect(inv.command).toEqual(['node', script]);
    expect(comeBackWords(inv).confirm).toBe(`node '${script}' confirm`);
  });

  it('a SUDO_USER that is no login name (or not root) is not believed', () => {
    expect(invocation({ SUDO_USER: 'x;rm -rf /' }, [binary], binary, 0).sudo).toBe(false);
    expect(invocation({ SUDO_USER: 'alice' }, [binary], binary, 1000).sudo).toBe(false);
  });

  it('without facts of it (an export): kvm-wizard as root, as the README says', () => {
    expect(comeBackWords(undefined)).toEqual({
      user: 'root',
      confirm: 'kvm-wizard confirm',
      revert: 'kvm-wizard revert',
    });
  });
});

describe('sessionEnv', () => {
  it('under sudo (no SSH_CONNECTION of its own), reads it from the nearest ancestor that has it', async () => {
    const connection = '192.0.2.7 50022 192.0.2.1 22';
    // sh holds SSH_CONNECTION in its environment; its child stands for the wizard that sudo started.
    const sh = spawn('sh', ['-c', 'sleep 30 & echo $!; wait'], {
      env: { PATH: process.env.PATH, SSH_CONNECTION: connection, TMUX: '/tmp/tmux-0/default,1,0' },
    });
    const child = await new Promise<string>((done) => sh.stdout.once('data', (d) => done(String(d).trim())));
    try {
      const env = sessionEnv({ SUDO_USER: 'alice' }, child);
      expect(env.SSH_CONNECTION).toBe(connection);
      expect(env.TMUX).toBe('/tmp/tmux-0/default,1,0');
      expect(sessionEnv({}, child).SSH_CONNECTION).toBeUndefined(); // not under sudo: its own environment only
    } finally {
      process.kill(Number(child));
      sh.kill();
    }
  });
});
