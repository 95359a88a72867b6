import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { SimulatedHost } from '../../src/host/sim/sim-host.js';
import { cmd } from '../../src/plan/command.js';
import { executeCommands } from '../../src/run/execute.js';
import { logDirectory, Transcript } from '../../src/run/transcript.js';

const root = mkdtempSync(join(tmpdir(), 'kvm-wizard-transcript-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const NOW = new Date('2026-03-04T05:06:07.890Z');
const STAMP = /\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z/;

/** The transcript with its timestamps replaced, so the rest can be compared exactly. */
function read(t: Transcript): string {
  return readFileSync(t.path, 'utf8').replace(new RegExp(STAMP.source, 'g'), 'TIME');
}

describe('Transcript', () => {
  it('is created on the first write, in the given directory, named after the start time and the pid', () => {
    const dir = join(root, 'nested', 'logs');
    const t = new Transcript(dir, NOW);
    expect(t.path).toBe(join(dir, `transcript-20260304-050607-${process.pid}.log`));
    // Nothing written yet (a --dry-run): no file, not even an empty one.
    expect(existsSync(t.path)).toBe(false);
    t.step('host');
    expect(readFileSync(t.path, 'utf8')).toMatch(
      /^# kvm-wizard transcript, started 2026-03-04T05:06:07.890Z\n\n== step host /,
    );
    // Never more open than rw-r----- / rwxr-x--- (the umask may only take more away): logs hold addresses.
    expect(statSync(t.path).mode & 0o777 & ~0o640).toBe(0);
    expect(statSync(dir).mode & 0o777 & ~0o750).toBe(0);
  });

  it('records the step, the argv quoted for a shell, every output line and the exit code', () => {
    const t = new Transcript(join(root, 'lines'), NOW);
    t.step('bridge');
    t.commandStart(['nmcli', 'connection', 'delete', 'id', 'System eth0']);
    t.line("Connection 'System eth0' (5fb06bd0-0bb0-7ffb-45f1-d6edd65f3e03) successfully deleted.");
    t.commandEnd(0);
    t.commandStart(['sh', '-c', "echo it's $HOME"]);
    t.commandEnd(127);
    expect(read(t)).toBe(
      [
        '# kvm-wizard transcript, started TIME',
        '',
        '== step bridge (TIME)',
        "$ nmcli connection delete id 'System eth0'",
        '# start TIME',
        "Connection 'System eth0' (5fb06bd0-0bb0-7ffb-45f1-d6edd65f3e03) successfully deleted.",
        '# end TIME exit 0',
        `$ sh -c 'echo it'\\''s $HOME'`,
        '# start TIME',
        '# end TIME exit 127',
        '',
      ].join('\n'),
    );
  });

  it('executeCommands writes every line the host streamed, and stops at the first failure', async () => {
    const t = new Transcript(join(root, 'exec'), NOW);
    const host = new SimulatedHost('centos-stream9');
    const result = await executeCommands(
      host,
      [
        cmd(['dnf', '-y', 'install', 'cockpit'], 'why.install'),
        cmd(['systemctl', 'enable', '--now', 'cockpit.socket', 'nosuch.service'], 'why.enableCockpit'),
        cmd(['virsh', 'net-start', 'default'], 'why.netStart'),
      ],
      t,
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.failed.argv).toEqual(['systemctl', 'enable', '--now', 'cockpit.socket', 'nosuch.service']);
    expect(result.exitCode).toBe(1);
    expect(result.tail).toEqual(['Failed to enable unit: Unit file nosuch.service does not exist.']);
    const text = read(t);
    expect(text).toContain(
      [
        '$ dnf -y install cockpit',
        '# start TIME',
        'Last metadata expiration check: 0:00:42 ago.',
        'Dependencies resolved.',
        'Installing:',
      ].join('\n'),
    );
    expect(text).toContain('Complete!\n# end TIME exit 0\n');
    expect(text).toContain(
      [
        '$ systemctl enable --now cockpit.socket nosuch.service',
        '# start TIME',
        'Failed to enable unit: Unit file nosuch.service does not exist.',
        '# end TIME exit 1',
        '',
      ].join('\n'),
    );
    expect(text).not.toContain('virsh');
  });

  it('a directory it cannot write to does not throw once created', () => {
    const t = new Transcript(join(root, 'gone'), NOW);
    t.step('host');
    rmSync(join(root, 'gone'), { recursive: true });
    expect(() => t.line('still running')).not.toThrow();
  });
});

describe('logDirectory', () => {
  it('honours KVM_WIZARD_LOG_DIR, else /var/log for root on a real host, else the XDG state directory', () => {
    const saved = { log: process.env.KVM_WIZARD_LOG_DIR, xdg: process.env.XDG_STATE_HOME };
    try {
      process.env.KVM_WIZARD_LOG_DIR = '/tmp/x';
      expect(logDirectory(true, false)).toBe('/tmp/x');
      delete process.env.KVM_WIZARD_LOG_DIR;
      expect(logDirectory(true, false)).toBe('/var/log/kvm-wizard');
      process.env.XDG_STATE_HOME = '/home/u/.state';
      expect(logDirectory(true, true)).toBe('/home/u/.state/kvm-wizard');
      expect(logDirectory(false, false)).toBe('/home/u/.state/kvm-wizard');
    } finally {
      for (const [key, value] of [
        ['KVM_WIZARD_LOG_DIR', saved.log],
        ['XDG_STATE_HOME', saved.xdg],
      ] as const) {
        if (value === undefined) delete process.env[key];
        else process.env[key] = value;
      }
    }
  });
});
