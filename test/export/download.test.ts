import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Answers } from '../../src/answers/schema.js';
import { downloadArgv, hashArgv } from '../../src/export/download.js';
import { shellScript } from '../../src/export/shell.js';
import type { StepPlan } from '../../src/plan/types.js';
import { runStubbed } from './run-stubbed.js';
import { simPlans, withImagesIn } from './sim-plans.js';

const SHA = 'ab'.repeat(32);
const OTHER = 'cd'.repeat(32);

async function isoPlans(answers: Answers): Promise<{ plans: StepPlan[]; part: string; dest: string }> {
  const plans = withImagesIn(
    (await simPlans({ sim: 'centos-stream9' }, answers)).filter((p) => p.id === 'iso'),
    mkdtempSync(join(tmpdir(), 'kw-export-images-')),
  );
  const d = plans[0]?.download;
  if (!d) throw new Error('no download in the plan');
  return { plans, part: downloadArgv(d).part, dest: d.dest };
}

describe('the ISO download in the script', () => {
  it('stops without moving the file into place when its SHA-256 does not match', async () => {
    const { plans, part } = await isoPlans({ iso: { url: 'https://example.org/a.iso', sha256: SHA } });
    const run = runStubbed(shellScript(plans, []), plans, {
      responses: [{ argv: hashArgv(part), stdout: `${OTHER}  ${part}\n` }],
    });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('does not match');
    expect(run.recorded.at(-1)).toEqual(hashArgv(part));
  });

  it('never overwrites another file of the same name', async () => {
    const { plans, dest } = await isoPlans({ iso: { url: 'https://example.org/a.iso', sha256: SHA } });
    writeFileSync(dest, 'something else');
    const run = runStubbed(shellScript(plans, []), plans, {
      host: 'done',
      responses: [{ argv: hashArgv(dest), stdout: `${OTHER}  ${dest}\n` }],
    });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('exists and is not this ISO');
    expect(run.recorded).toEqual([hashArgv(dest)]);
  });

  it('accepts the sum whatever its case, and a name sha256sum escapes with a backslash', async () => {
    const { plans, dest } = await isoPlans({ iso: { url: 'https://example.org/a.iso', sha256: SHA } });
    writeFileSync(dest, 'the ISO');
    const run = runStubbed(shellScript(plans, []), plans, {
      host: 'done',
      responses: [{ argv: hashArgv(dest), stdout: `\\${SHA}  ${dest}\\n\n` }],
    });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('is there already: not downloaded again');
  });

  it('without a SHA-256 (a catalogue entry), a file already there is kept and not fetched again', async () => {
    const { plans, dest } = await isoPlans({ iso: { catalog: 'rocky-9' } });
    writeFileSync(dest, 'the ISO');
    const run = runStubbed(shellScript(plans, []), plans, { host: 'done' });
    expect(run.code).toBe(0);
    expect(run.recorded).toEqual([['restorecon', '-v', dest]]);
    expect(run.stdout).toContain(`${dest} is there already`);
  });
});
