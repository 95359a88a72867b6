// `kvm-wizard confirm` / `revert` as a user types them: arguments, root, nothing pending (text and --json).
// The flows with a pending change are in test/run/bridge/reconnect.test.ts and test/system/reconnect.test.sh.
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runAnswer } from '../../src/cli/answer.js';
import { parseCli, UsageError } from '../../src/cli/args.js';
import { ExitError } from '../../src/cli/context.js';
import { en } from '../../src/i18n/en.js';
import { t } from '../../src/i18n/messages.js';
import { checkLine } from '../../src/present/text.js';
import { SimulatedHost } from '../../src/sim/sim-host.js';

describe('confirm / revert arguments', () => {
  it.each(['confirm', 'revert'] as const)('%s alone, or with --json', (command) => {
    expect(parseCli([command]).command).toBe(command);
    expect(parseCli([command, '--json']).json).toBe(true);
  });

  it.each([
    [['confirm', 'now'], t('cli.decideArgs', { command: 'confirm' })],
    [['revert', '--yes'], t('cli.notForDecide', { option: '--yes', command: 'revert' })],
    [['confirm', '--answers', 'a.yaml'], t('cli.notForDecide', { option: '--answers', command: 'confirm' })],
  ])('%j is a usage error (exit 2)', (argv, message) => {
    expect(() => parseCli(argv)).toThrow(UsageError);
    expect(() => parseCli(argv)).toThrow(message);
  });
});

describe('confirm / revert with nothing pending', () => {
  let dir: string;
  const saved = process.env.KVM_WIZARD_STATE_DIR;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'kvm-wizard-answer-'));
    process.env.KVM_WIZARD_STATE_DIR = dir;
  });
  afterEach(() => {
    rmSync(dir, { recursive: true, force: true });
    if (saved === undefined) delete process.env.KVM_WIZARD_STATE_DIR;
    else process.env.KVM_WIZARD_STATE_DIR = saved;
  });

  it('says so on stderr, exit 1, writes nothing', async () => {
    const out: string[] = [];
    const err: string[] = [];
    const code = await runAnswer(
      new SimulatedHost(),
      'confirm',
      false,
      (l) => out.push(l),
      (l) => err.push(l),
    );
    expect(code).toBe(1);
    expect(out).toEqual([]);
    expect(err.join('\n')).toContain(t('cli.nothingPending', { verb: 'confirm' }));
    expect(readdirSync(dir)).toEqual([]);
  });

  it('--json: one document, result "nothing"', async () => {
    const out: string[] = [];
    const code = await runAnswer(
      new SimulatedHost(),
      'revert',
      true,
      (l) => out.push(l),
      () => {},
    );
    expect(code).toBe(1);
    expect(JSON.parse(out.join('\n'))).toMatchObject({
      format: 'kvm-wizard-result',
      command: 'revert',
      exitCode: 1,
      result: 'nothing',
    });
  });

  it('needs root', async () => {
    const host = new SimulatedHost();
    host.isRoot = () => false;
    await expect(
      runAnswer(
        host,
        'confirm',
        false,
        () => {},
        () => {},
      ),
    ).rejects.toThrow(ExitError);
  });
});

describe('a check as a line', () => {
  it('a failed check says what was expected and found; a value from the host cannot move the cursor', () => {
    const line = checkLine({
      name: 'address',
      ok: false,
      expected: '192.168.1.6/24',
      found: '\u001b[2J10.0.0.9/8',
    });
    expect(line).toMatch(/^✗ /);
    expect(line).toContain('192.168.1.6/24');
    expect(line).toContain('10.0.0.9/8');
    expect(line).not.toContain('\u001b');
    // i-screens: the label is said once, not again inside the reason.
    expect(line.split(en['bridge.check.address']).length).toBe(2);
    expect(line).toContain('expected 192.168.1.6/24, found');
  });
});
