import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runUnattendedJson } from '../../src/cli/json-result.js';
import { outputText, runUnattended } from '../../src/cli/unattended.js';
import { t } from '../../src/i18n/messages.js';
import { PROFILES } from '../../src/plan/profiles.js';
import { simulationBanner } from '../../src/present/text.js';
import { Session } from '../../src/run/session.js';
import { Transcript } from '../../src/run/transcript.js';
import { SimulatedHost } from '../../src/sim/sim-host.js';

const root = mkdtempSync(join(tmpdir(), 'kvm-wizard-unattended-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('--yes: command output on screen', () => {
  it('each line behind the bar, control characters written out, tabs as spaces', () => {
    expect(outputText('one\ntwo\n')).toBe('    │ one\n    │ two');
    expect(outputText('\u001b]0;pwned\u0007\u001b[2Jcleared\r\nx\ty\n')).toBe(
      '    │ \\e]0;pwned\\x07\\e[2Jcleared\n    │ x       y',
    );
  });

  it('a run writes in batches, not once per line, and says where the log is only once it exists', async () => {
    const host = new SimulatedHost('centos-stream9', 0, false, 20_000);
    const session = new Session(host, PROFILES.el9, {}, new Transcript(join(root, 'batches')));
    await session.probe();
    const writes: string[] = [];
    expect(await runUnattended(session, ['packages'], (s) => writes.push(s))).toBe(0);
    const lines = writes.join('\n').split('\n');
    expect(lines).toContain('    │ 20000');
    expect(lines.length).toBeGreaterThan(20_000);
    expect(writes.length).toBeLessThan(lines.length / 100);
    // What one turn of the event loop wrote is one write: the banner, the step's header, notes and commands.
    expect(writes[0]).toContain(simulationBanner(session.transcript.path));
    expect(writes[0]).toContain('[1/1] ');
    expect(writes[0]).toContain('  $ dnf -y install');
    expect(lines.filter((l) => l.startsWith('Log: '))).toEqual([`Log: ${session.transcript.path}`]);
    expect(lines.at(-1)).toBe(`Log: ${session.transcript.path}`);
  });

  it('a log that cannot be written: said once, the run goes on, no "Log:"', async () => {
    const file = join(root, 'not-a-dir');
    writeFileSync(file, '');
    const session = new Session(new SimulatedHost(), PROFILES.el9, {}, new Transcript(join(file, 'logs')));
    await session.probe();
    const out: string[] = [];
    expect(await runUnattended(session, ['packages', 'services'], (s) => out.push(s))).toBe(0);
    const text = out.join('\n');
    const notice = t('transcript.unwritable', {
      reason: t('transcript.reason.notDirectory'),
      path: session.transcript.path,
    });
    expect(text.split(notice)).toHaveLength(2);
    expect(text).toContain(t('cli.allDone'));
    expect(text).not.toContain('Log: ');
  });

  it('--json: stdout is the document alone, and the missing log is said on stderr', async () => {
    const file = join(root, 'not-a-dir-json');
    writeFileSync(file, '');
    const session = new Session(new SimulatedHost(), PROFILES.el9, {}, new Transcript(join(file, 'logs')));
    await session.probe();
    const out: string[] = [];
    const err: string[] = [];
    await runUnattendedJson(
      session,
      ['packages'],
      (s) => out.push(s),
      (s) => err.push(s),
    );
    expect(JSON.parse(out.join('\n')).transcript).toBeNull();
    expect(err.join('\n')).toContain(
      t('transcript.unwritable', {
        reason: t('transcript.reason.notDirectory'),
        path: session.transcript.path,
      }),
    );
  });
});
