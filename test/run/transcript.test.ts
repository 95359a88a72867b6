import {
  chmodSync,
  chownSync,
  existsSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { t as msg } from '../../src/i18n/messages.js';
import { hasControlChars } from '../../src/i18n/visible.js';
import { cmd } from '../../src/plan/command.js';
import { executeCommands } from '../../src/run/execute.js';
import { logDirectory, Transcript } from '../../src/run/transcript.js';
import { SimulatedHost } from '../../src/sim/sim-host.js';

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
    // The owner's alone, whatever the umask: logs hold addresses, and nobody else may swap the file.
    expect(statSync(t.path).mode & 0o777).toBe(0o600);
    expect(statSync(dir).mode & 0o777).toBe(0o700);
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

/** A fresh private directory (0700, ours), as the wizard would make it. */
const privateDir = (name: string) => {
  const dir = join(root, name);
  mkdirSync(dir, { mode: 0o700 });
  return dir;
};

/** Writes what a step would, and returns the problems the transcript reported. */
function runAStep(t: Transcript): string[] {
  const problems: string[] = [];
  t.onProblem((p) => problems.push(p));
  t.step('packages');
  t.commandStart(['dnf', '-y', 'install', 'cockpit']);
  t.output('Complete!\n');
  t.commandEnd(0);
  t.flush();
  return problems;
}

const told = (reason: Parameters<typeof msg>[0], path: string) =>
  msg('transcript.unwritable', { reason: msg(reason), path });

describe('Transcript: only a new file of its own, in a directory of its own', () => {
  it('a symbolic link planted at its name is refused: the file it points at is untouched; told once', () => {
    const dir = privateDir('planted');
    const t = new Transcript(dir, NOW);
    const victim = join(root, 'victim');
    writeFileSync(victim, 'precious\n');
    symlinkSync(victim, t.path);
    expect(runAStep(t)).toEqual([told('transcript.reason.exists', t.path)]);
    // More writes change nothing and say nothing more.
    t.line('and more');
    t.flush();
    expect(readFileSync(victim, 'utf8')).toBe('precious\n');
    expect(lstatSync(t.path).isSymbolicLink()).toBe(true);
    expect(t.written).toBe(false);
    expect(t.problem).toBe(told('transcript.reason.exists', t.path));
  });

  it('a dangling link is not followed either: nothing is created where it points', () => {
    const dir = privateDir('dangling');
    const t = new Transcript(dir, NOW);
    const target = join(root, 'would-be-created');
    symlinkSync(target, t.path);
    expect(runAStep(t)).toEqual([told('transcript.reason.exists', t.path)]);
    expect(existsSync(target)).toBe(false);
  });

  it('an existing directory others may write to is refused, and so is one that is a symbolic link', () => {
    const open = privateDir('world-writable');
    chmodSync(open, 0o777);
    const t = new Transcript(open, NOW);
    expect(runAStep(t)).toEqual([told('transcript.reason.unsafeDir', t.path)]);
    expect(existsSync(t.path)).toBe(false);

    const link = join(root, 'dir-link');
    symlinkSync(privateDir('real-dir'), link);
    const viaLink = new Transcript(link, NOW);
    expect(runAStep(viaLink)).toEqual([told('transcript.reason.unsafeDir', viaLink.path)]);
  });

  it.skipIf(process.getuid?.() !== 0)('a directory that belongs to someone else is refused (as root)', () => {
    const theirs = privateDir('theirs');
    chownSync(theirs, 65534, 65534);
    const t = new Transcript(theirs, NOW);
    expect(runAStep(t)).toEqual([told('transcript.reason.unsafeDir', t.path)]);
    expect(existsSync(t.path)).toBe(false);
  });

  it('a path through a file: told once that it is not a directory, nothing thrown', () => {
    writeFileSync(join(root, 'a-file'), '');
    const t = new Transcript(join(root, 'a-file', 'logs'), NOW);
    expect(runAStep(t)).toEqual([told('transcript.reason.notDirectory', t.path)]);
    expect(t.written).toBe(false);
  });

  it('the log directory is itself a file: "not a directory", not "a file of that name is already there"', () => {
    writeFileSync(join(root, 'log-dir-file'), 'mine');
    const t = new Transcript(join(root, 'log-dir-file'), NOW);
    expect(runAStep(t)).toEqual([told('transcript.reason.notDirectory', t.path)]);
    expect(readFileSync(join(root, 'log-dir-file'), 'utf8')).toBe('mine');
  });

  it('KVM_WIZARD_LOG_DIR relative to where the wizard started is said as an absolute path', () => {
    const saved = process.env.KVM_WIZARD_LOG_DIR;
    process.env.KVM_WIZARD_LOG_DIR = 'logs-here';
    try {
      expect(logDirectory(true, false)).toBe(join(process.cwd(), 'logs-here'));
    } finally {
      if (saved === undefined) delete process.env.KVM_WIZARD_LOG_DIR;
      else process.env.KVM_WIZARD_LOG_DIR = saved;
    }
  });

  it('an existing private directory of ours is used as it is', () => {
    const dir = privateDir('ours');
    const t = new Transcript(dir, NOW);
    expect(runAStep(t)).toEqual([]);
    expect(t.written).toBe(true);
    expect(read(t)).toContain('Complete!\n# end TIME exit 0\n');
  });
});

describe('Transcript: what it writes', () => {
  it('control characters are written out, in output, in lines, in a step and in an argv; only newlines end lines', () => {
    const t = new Transcript(join(root, 'controls'), NOW);
    t.step('x\u001b[2Jy');
    t.commandStart(['printf', 'a\n# end 2026 exit 0']);
    t.output('plain\n\u001b]0;title\u0007\r\nnul\u0000 sep\u2028 tab\tend\n');
    t.line('bell\u0007 and a\nnewline');
    t.write('applier log\n\u001b[31mred\u001b[0m\n');
    t.commandEnd(0);
    const text = read(t);
    expect(text).toContain('== step x\\e[2Jy (TIME)\n');
    // The newline inside the quoted word would have made a line that looks like a record.
    expect(text).toContain("$ printf $'a\\n# end 2026 exit 0'\n");
    expect(text).not.toMatch(/^# end 2026/m);
    // A tab stays a tab: it moves no cursor anywhere a log is read.
    expect(text).toContain('plain\n\\e]0;title\\x07\nnul\\x00 sep\\u2028 tab\tend\n');
    expect(text).toContain('bell\\x07 and a\\nnewline\n');
    expect(text).toContain('applier log\n\\e[31mred\\e[0m\n');
    // Nothing but the newlines that end lines, and tabs, among the control characters.
    expect(hasControlChars(text.replaceAll('\n', '').replaceAll('\t', ''))).toBe(false);
  });

  it('output is written once per turn of the event loop, records at once', async () => {
    const t = new Transcript(join(root, 'turns'), NOW);
    t.step('packages');
    t.commandStart(['seq', '3']);
    t.output('1\n');
    t.output('2\n3\n');
    // Still pending: a flood of output is gathered into one write, not one per line.
    expect(read(t)).not.toContain('1\n');
    await new Promise((resolve) => setImmediate(resolve));
    expect(read(t)).toMatch(/# start TIME\n1\n2\n3\n$/);
    t.output('4\n');
    t.commandEnd(0);
    // A record takes the output before it along.
    expect(read(t)).toMatch(/\n3\n4\n# end TIME exit 0\n$/);
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
