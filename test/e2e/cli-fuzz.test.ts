// Random command lines (known options with hostile values, repeats, junk) thrown at the built CLI. Each case
// must give the exit code the rules say (cli-fuzz-cases.ts), never a stack trace or raw control character,
// run nothing when refused, and stay within 2 s of CPU time and 200 MiB. Nothing reaches this machine: every
// case has --simulate, --target, --help or --version, except dry-runs that must be refused before looking.
// How a run is measured: cli-measure.ts.
import { existsSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, expect, it } from 'vitest';
import { hasControlChars } from '../../src/i18n/visible.js';
import { ensureBuilt, tempDirs } from './cli.js';
import { type FuzzCase, fuzzCase, prng } from './cli-fuzz-cases.js';
import { limitProblems, MAX_CPU_SECONDS, type Measured, measure } from './cli-measure.js';

const SEED = Number(process.env.KVM_WIZARD_FUZZ_SEED ?? 20261130);
const CASES = Number(process.env.KVM_WIZARD_FUZZ_CASES ?? 120);
const CONCURRENCY = 2;
const PWNED = '/tmp/kvm-wizard-fuzz-pwned';

/** A case as a reader can repeat it: long values shortened, control characters written out. */
const describe = (args: string[]) =>
  JSON.stringify(args.map((a) => (a.length > 60 ? `${a.slice(0, 20)}…(${a.length} chars)` : a)));

function problems(c: FuzzCase, r: Measured): string[] {
  const out = r.stdout + r.stderr;
  const found: string[] = [];
  if (r.code !== c.code) found.push(`exit ${r.code}, expected ${c.code}: ${r.stderr.slice(0, 300)}`);
  if (/^\s+at /m.test(out) || /Error:|Internal error/.test(out))
    found.push(`a stack or internal error: ${out.slice(0, 500)}`);
  if (hasControlChars(r.stderr.replaceAll('\n', '')))
    found.push(`raw control characters on stderr: ${JSON.stringify(r.stderr.slice(0, 200))}`);
  if (c.code === 2 && (r.stdout !== '' || !r.stderr.startsWith('kvm-wizard: ') || r.ran.length))
    found.push(
      `refused, yet it printed or ran something: ${JSON.stringify(r.stdout.slice(0, 200))} ${r.ran.join(' | ')}`,
    );
  if (c.code !== 2 && c.code !== 3 && r.stderr !== '') found.push(`stderr: ${r.stderr.slice(0, 300)}`);
  return [...found, ...limitProblems(r)];
}

beforeAll(() => ensureBuilt(), 120_000);

it(`${CASES} random command lines: the exit code the rules give, one plain message, ≤ ${MAX_CPU_SECONDS} s CPU and ≤ 200 MiB each`, async () => {
  const { dir } = tempDirs();
  const files = { ok: join(dir, 'ok.yaml'), blocking: join(dir, 'blocking.yaml') };
  writeFileSync(files.ok, 'bridge:\n  name: br1\nvm:\n  name: fuzz-vm\n');
  writeFileSync(files.blocking, 'iso:\n  path: /var/lib/libvirt/images/not-there.iso\n');
  rmSync(PWNED, { force: true });
  const rand = prng(SEED);
  const cases = Array.from({ length: CASES }, () => fuzzCase(rand, files));
  console.log(`cli-fuzz: seed ${SEED} (set KVM_WIZARD_FUZZ_SEED to repeat or vary it), ${CASES} cases`);

  const failures: string[] = [];
  const stats = { wall: 0, cpu: 0, kib: 0, codes: new Map<number, number>() };
  let next = 0;
  const worker = async () => {
    for (let i = next++; i < cases.length; i = next++) {
      const c = cases[i] as FuzzCase;
      const r = await measure(c.args);
      for (const p of problems(c, r)) failures.push(`#${i} ${describe(c.args)}: ${p}`);
      stats.wall = Math.max(stats.wall, r.wallSeconds);
      stats.cpu = Math.max(stats.cpu, r.cpuSeconds);
      stats.kib = Math.max(stats.kib, r.maxRssKiB);
      stats.codes.set(c.code, (stats.codes.get(c.code) ?? 0) + 1);
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  console.log(
    `cli-fuzz: most CPU ${stats.cpu.toFixed(2)} s (longest wall ${stats.wall} s), peak ${Math.round(stats.kib / 1024)} MiB, cases by expected code ${JSON.stringify([...stats.codes].sort())}`,
  );
  expect(failures).toEqual([]);
  // The generator is not degenerate: every outcome is exercised, refusals most.
  for (const code of [0, 1, 2, 3]) expect(stats.codes.get(code) ?? 0).toBeGreaterThan(0);
  expect(stats.codes.get(2) ?? 0).toBeGreaterThan(CASES / 3);
  expect(existsSync(PWNED)).toBe(false);
  rmSync(dir, { recursive: true, force: true });
}, 600_000);
