// reportError: one line on stderr for every error, never a stack unless KVM_WIZARD_DEBUG asks for it.
// The bridge applier's internal subcommand fails the same way on a job file it cannot use.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { UsageError } from '../../src/cli/arg-rules.js';
import { ExitError } from '../../src/cli/context.js';
import { reportError } from '../../src/cli/main.js';
import { runApplierProcess } from '../../src/run/bridge/applier-process.js';

let stderr = '';
beforeEach(() => {
  stderr = '';
  vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => {
    stderr += String(chunk);
    return true;
  });
});
afterEach(() => {
  vi.restoreAllMocks();
  delete process.env.KVM_WIZARD_DEBUG;
});

const oneLine = () => {
  expect(stderr.endsWith('\n')).toBe(true);
  expect(stderr.slice(0, -1)).not.toContain('\n');
  expect(stderr).not.toMatch(/^\s+at /m);
};

describe('reportError', () => {
  it('a usage error: exit 2, its message', () => {
    expect(reportError(new UsageError('Unknown option --x. Try --help.'))).toBe(2);
    expect(stderr).toBe('kvm-wizard: Unknown option --x. Try --help.\n');
  });

  it('an environment error: its own code', () => {
    expect(reportError(new ExitError('needs a terminal', 3))).toBe(3);
    expect(stderr).toBe('kvm-wizard: needs a terminal\n');
  });

  it('an error from the system (EACCES on the state directory): exit 3, one line', () => {
    const e = Object.assign(new Error("EACCES: permission denied, mkdir '/var/lib/kvm-wizard'"), {
      code: 'EACCES',
      syscall: 'mkdir',
    });
    expect(reportError(e)).toBe(3);
    expect(stderr).toBe("kvm-wizard: EACCES: permission denied, mkdir '/var/lib/kvm-wizard'\n");
  });

  it('a bug: exit 1, one line that says so and how to see the stack', () => {
    expect(reportError(new TypeError('profile.packages is not iterable'))).toBe(1);
    expect(stderr).toBe(
      'kvm-wizard: Internal error (a bug in kvm-wizard): TypeError: profile.packages is not iterable. Run it again with KVM_WIZARD_DEBUG=1 to see where, and please report it.\n',
    );
    oneLine();
  });

  it('…and with KVM_WIZARD_DEBUG=1, the stack after that line', () => {
    process.env.KVM_WIZARD_DEBUG = '1';
    expect(reportError(new TypeError('boom'))).toBe(1);
    expect(stderr).toMatch(/^kvm-wizard: Internal error .*\nTypeError: boom\n\s+at /);
  });

  it('a message quoting hostile text cannot drive the terminal or add lines', () => {
    expect(reportError(new ExitError('Unsupported system: \u001b[2JEvil\nOS', 3))).toBe(3);
    expect(stderr).toBe('kvm-wizard: Unsupported system: \\e[2JEvil\\nOS\n');
  });

  it('something thrown that is not an Error', () => {
    expect(reportError('just a string')).toBe(1);
    expect(stderr).toMatch(/^kvm-wizard: Internal error \(a bug in kvm-wizard\): just a string\./);
    oneLine();
  });
});

describe('__apply-bridge JOB with a job file it cannot use', () => {
  const dir = mkdtempSync(join(tmpdir(), 'kvm-wizard-cli-test-'));
  const file = (name: string, text: string) => {
    const path = join(dir, name);
    writeFileSync(path, text);
    return path;
  };

  it('a missing file: exit 1, one line naming it, nothing run', async () => {
    expect(await runApplierProcess([join(dir, 'nonexistent.job.json')])).toBe(1);
    expect(stderr).toBe(
      `kvm-wizard: Cannot use the bridge job ${dir}/nonexistent.job.json: ENOENT: no such file or directory, open '${dir}/nonexistent.job.json'\n`,
    );
  });

  it.each([
    ['not JSON', 'not json {'],
    ['JSON but not a job', '{"hello": 1}'],
    ['null', 'null'],
    // The id names the status file next to the job: it may not climb out of that directory.
    [
      'an id with a path in it',
      JSON.stringify({
        id: '../../tmp/x',
        create: ['true'],
        commands: [],
        rollbackTimeout: 90,
        expect: { bridge: 'br0', port: 'eth0' },
        verifyWindowMs: 1,
      }),
    ],
  ])('%s: exit 1, "not a bridge job file", nothing run', async (name, text) => {
    const path = file(`${name.replaceAll(' ', '-')}.job.json`, text);
    expect(await runApplierProcess([path])).toBe(1);
    expect(stderr).toBe(`kvm-wizard: Cannot use the bridge job ${path}: not a bridge job file\n`);
  });

  it.each([[[]], [['a.job.json', 'b.job.json']]])('%j: exit 2 with the usage', async (args) => {
    expect(await runApplierProcess(args)).toBe(2);
    expect(stderr).toBe(
      'kvm-wizard: Usage: kvm-wizard __apply-bridge JOB-FILE (started by the wizard itself, not by hand)\n',
    );
  });
});
