// `facts --json` → `--facts FILE`, through the built CLI: a capture replays as the same plan, on any machine.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { cli, ensureBuilt } from './cli.js';

beforeAll(() => ensureBuilt(), 120_000);

describe('--facts FILE', () => {
  it('a capture from the Debian simulation plans as the simulation does, without looking at this machine', () => {
    const captured = cli(['facts', '--json', '--simulate=debian12']);
    expect(captured.code).toBe(0);
    const file = join(captured.dir, 'facts.json');
    writeFileSync(file, captured.stdout);
    const simulated = cli(['--dry-run', '--simulate=debian12']);
    const replayed = cli(['--dry-run', '--facts', file]);
    expect(replayed.stderr).toBe('');
    expect(replayed.code).toBe(0);
    const body = (s: string) => s.slice(s.indexOf('\n[1/'));
    expect(body(replayed.stdout)).toBe(body(simulated.stdout));
    expect(replayed.stdout).toMatch(/^FACTS FILE — the plan is for the host these facts were captured on/);
    expect(replayed.stdout).toContain('apt-get install -y --no-install-recommends');

    const script = cli(['export', '--facts', file, '--only', 'packages']);
    expect(script.code).toBe(0);
    expect(script.stdout).toMatch(/^#!\/bin\/bash/);
    expect(script.stdout).toContain('apt-get install -y --no-install-recommends');
    expect(script.stdout).toContain('# FACTS FILE');

    const table = cli(['facts', '--facts', file]);
    expect(table.stdout).toMatch(/^system +Debian GNU\/Linux 12 \(bookworm\) \(ID=debian, VERSION_ID=12\)$/m);
  });

  it('a wrong file: exit 2, the file and each problem by path', () => {
    const { dir } = cli(['--version']);
    const file = join(dir, 'wrong.json');
    writeFileSync(file, JSON.stringify({ format: 'kvm-wizard-facts', version: 1, facts: { os: {} } }));
    const r = cli(['--dry-run', '--facts', file]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(new RegExp(`^kvm-wizard: Error in facts file ${file}:\n  facts\\.probedAt: `));
    expect(r.stderr).toMatch(/^ {2}facts\.os\.id: /m);
  });

  it('--yes with facts is refused: a file cannot run steps', () => {
    const r = cli(['--yes', '--facts', 'f.json']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^kvm-wizard: --yes runs steps on a host, and a facts file only describes one/);
  });
});
