import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { loadAnswers } from '../../src/answers/load.js';
import { hasControlChars } from '../../src/i18n/visible.js';
import { ensureBuilt } from '../e2e/cli.js';
import { inTurn, limitProblems, MAX_CPU_SECONDS, type Measured, measure } from '../e2e/cli-measure.js';
import { expectedArgv, runStubbed, untilBlocked } from '../export/run-stubbed.js';
import { dryRunAndExport } from './fuzz-pipeline.js';
import { hostileFile, prng, VALID } from './hostile-answers.js';
import { plausibleFile } from './plausible-answers.js';

/**
 * Thousands of hostile answers files: each either loads or is refused with errors, never throws, never hangs
 * (a hang fails the test by its timeout), and every error line is safe to print. Each file that loads goes on
 * through what `--dry-run --simulate` and `export --simulate` do (fuzz-pipeline.ts), and its exported script
 * runs under recording stubs: it may run nothing the plan does not hold and create no file. A sample goes
 * through the built CLI too. The seed is printed; KVM_WIZARD_FUZZ_SEED=N repeats a run.
 */
const SEED = Number(process.env.KVM_WIZARD_FUZZ_SEED) || Math.floor(Math.random() * 2 ** 31);
const IN_PROCESS = 1000;
const THROUGH_CLI = 30;
const STACK_TRACE = /^\s+at .+(:\d+:\d+\)?|\(native\))$/m;

const dir = mkdtempSync(join(tmpdir(), 'kvm-wizard-answers-fuzz-'));
const savedLogDir = process.env.KVM_WIZARD_LOG_DIR;
// The in-process sessions' transcripts (openSession) go here rather than to ~/.local/state.
process.env.KVM_WIZARD_LOG_DIR = join(dir, 'logs');
afterAll(() => {
  if (savedLogDir === undefined) delete process.env.KVM_WIZARD_LOG_DIR;
  else process.env.KVM_WIZARD_LOG_DIR = savedLogDir;
  rmSync(dir, { recursive: true, force: true });
});

/** Every fourth file is plausible (mostly accepted, so its plan and script meet hostile text); the rest hostile. */
function writeHostile(random: () => number, i: number) {
  const { recipe, bytes } = i % 4 === 0 ? plausibleFile(random) : hostileFile(random);
  const file = join(dir, `hostile-${i}.yaml`);
  writeFileSync(file, bytes);
  return { file, recipe: recipe.join(', ') };
}

describe(`hostile answers files (seed ${SEED})`, () => {
  beforeAll(() => console.log(`answers fuzz seed: ${SEED} (KVM_WIZARD_FUZZ_SEED=${SEED} repeats it)`));

  it(`${IN_PROCESS} files: refused with printable errors, or dry-run, export and stubbed run of the script run nothing outside the plan`, async () => {
    const random = prng(SEED);
    let refused = 0;
    let scripts = 0;
    for (let i = 0; i < IN_PROCESS; i++) {
      const { file, recipe } = writeHostile(random, i);
      let result: Awaited<ReturnType<typeof loadAnswers>>;
      try {
        result = await loadAnswers(file);
      } catch (e) {
        throw new Error(`file ${i} (${recipe}) threw: ${(e as Error).stack}`);
      }
      if (result.ok) {
        await exportAndRun(result.answers, `file ${i} (${recipe})`);
        scripts += 1;
        continue;
      }
      refused += 1;
      expect(result.errors.length, `file ${i} (${recipe})`).toBeGreaterThan(0);
      for (const line of result.errors) {
        expect(typeof line, `file ${i} (${recipe})`).toBe('string');
        expect(hasControlChars(line), `file ${i} (${recipe}): ${JSON.stringify(line)}`).toBe(false);
        // One line each, of a readable length: no message echoes a 300 kB value back.
        expect(line.length, `file ${i} (${recipe})`).toBeLessThan(1000);
      }
    }
    // The generator is hostile: nearly every file must be refused (a generator that only made valid files
    // would prove nothing).
    expect(refused).toBeGreaterThan(IN_PROCESS * 0.6);
    // ...and one that refused them all would prove nothing about the plans and scripts.
    expect(scripts).toBeGreaterThan(IN_PROCESS * 0.1);
    console.log(`answers fuzz: ${refused} refused, ${scripts} planned, exported and run under stubs`);
  }, 300_000);

  it('the valid file: exported, and its stubbed run holds every step', async () => {
    const ran = await exportAndRun(VALID as never, 'valid');
    // The stubs really record: a fresh host runs the packages, the bridge and the VM.
    expect(ran.length).toBeGreaterThan(10);
  });

  describe('through the built CLI', () => {
    beforeAll(() => ensureBuilt(), 120_000);

    it(`${THROUGH_CLI} files × --dry-run and export: exit 0, 1 or 2, no stack trace, nothing raw, ≤ ${MAX_CPU_SECONDS} s CPU and ≤ 200 MiB`, async () => {
      const random = prng(SEED + 1);
      // The valid file first: the CLI must accept it (0, or 1 for a dry-run whose plan has a blocked step, here
      // the VM before its ISO is downloaded), or the sample proves nothing about the rest.
      const valid = join(dir, 'valid.yaml');
      writeFileSync(valid, stringify(VALID));
      const files = [
        { file: valid, recipe: 'valid' },
        ...Array.from({ length: THROUGH_CLI }, (_, i) => writeHostile(random, IN_PROCESS + i)),
      ];
      const jobs = files.flatMap(({ file, recipe }) => [
        { recipe, args: ['--dry-run', '--simulate', '--answers', file] },
        { recipe, args: ['export', '--simulate', '--answers', file] },
      ]);
      // Two at a time: the machine is shared.
      const results = await inTurn(jobs, 2, async (j) => ({ ...j, r: await measure(j.args) }));
      for (const { recipe, args, r } of results) {
        const what = `${args.join(' ')} (${recipe})\n${r.stderr}`;
        expect(recipe === 'valid' ? [0, 1] : [0, 1, 2], what).toContain(r.code);
        expect(r.stderr, what).not.toMatch(STACK_TRACE);
        for (const line of `${r.stdout}${r.stderr}`.split('\n'))
          expect(hasControlChars(line), `${what}: ${JSON.stringify(line)}`).toBe(false);
        expect(limitProblems(r), what).toEqual([]);
      }
      const most = (f: (r: Measured) => number) => Math.max(...results.map(({ r }) => f(r)));
      console.log(
        `answers fuzz CLI: ${results.length} runs, most CPU ${most((r) => r.cpuSeconds).toFixed(2)} s, peak ${Math.round(most((r) => r.maxRssKiB) / 1024)} MiB`,
      );
    }, 600_000);
  });
});

/**
 * The dry-run and the export of answers that loaded: neither throws, the dry-run says 0 or 1 in printable
 * lines, and the script, run under stubs on a fresh host, runs nothing the plan does not hold (`extra`: an
 * argv not in the plan, or a program not on the stubs' PATH such as an injected `touch`), creates no file,
 * and runs exactly what the plan says, in order (so a script that stopped early would not pass unnoticed).
 */
async function exportAndRun(answers: Parameters<typeof dryRunAndExport>[0], what: string) {
  let out: Awaited<ReturnType<typeof dryRunAndExport>>;
  try {
    out = await dryRunAndExport(answers);
  } catch (e) {
    throw new Error(`${what}: dry-run or export threw: ${(e as Error).stack}`);
  }
  expect([0, 1], what).toContain(out.dryRunCode);
  // The dry-run's own colours are not a value's control characters.
  for (const line of out.dryRunLines.flatMap((l) => stripVTControlCharacters(l).split('\n')))
    expect(hasControlChars(line), `${what}: ${JSON.stringify(line)}`).toBe(false);
  const run = runStubbed(out.script, out.plans);
  expect(run.extra, `${what}: ran outside the plan\n${run.stderr.slice(0, 500)}`).toEqual([]);
  expect(run.created, what).toEqual([]);
  // A step that is blocked on this host stops the script there, as it would stop the wizard.
  const until = untilBlocked(out.plans);
  expect(run.recorded, what).toEqual(expectedArgv(until.plans, 'fresh'));
  expect(run.code, what).toBe(until.code);
  return run.recorded;
}
