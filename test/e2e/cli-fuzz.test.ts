// Random command lines (known options with hostile values, repeats, junk) thrown at the built CLI. Each case
// must give the exit code the rules say (cli-fuzz-cases.ts), never a stack trace or raw control character,
// run nothing when refused, and stay within 2 s of CPU time and 200 MiB. Nothing reaches this machine: every
// case has --simulate, --target, --help or --version, except dry-runs that must be refused before looking.
// Time is CPU time (user + system), not wall time: the test machine is shared, and a case that waits on nothing
// takes as long on the clock as the other processes let it. A case that hangs is killed after HANG_MS and fails.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, expect, it } from 'vitest';
import { hasControlChars } from '../../src/i18n/visible.js';
import { BIN, cleanEnv, ensureBuilt, ROOT, tempDirs, transcriptCommands } from './cli.js';
import { type FuzzCase, fuzzCase, prng } from './cli-fuzz-cases.js';

const SEED = Number(process.env.KVM_WIZARD_FUZZ_SEED ?? 20261130);
const CASES = Number(process.env.KVM_WIZARD_FUZZ_CASES ?? 120);
const CONCURRENCY = 2;
const MAX_CPU_SECONDS = 2;
const HANG_MS = 20_000;
const MAX_KIB = 200 * 1024;
const PWNED = '/tmp/kvm-wizard-fuzz-pwned';

interface Measured {
  code: number | null;
  stdout: string;
  stderr: string;
  wallSeconds: number;
  cpuSeconds: number;
  maxRssKiB: number;
  hung: boolean;
  ran: string[];
}

/** Runs the CLI under /usr/bin/time: wall and CPU seconds, peak RSS. */
function measure(args: string[]): Promise<Measured> {
  const { dir, env } = tempDirs();
  const timeFile = join(dir, 'time');
  const child = spawn(
    '/usr/bin/time',
    ['-o', timeFile, '-f', '%e %U %S %M', process.execPath, BIN, ...args],
    {
      cwd: ROOT,
      env: { ...cleanEnv(), ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    },
  );
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (d: string) => {
    stdout += d;
  });
  child.stderr.setEncoding('utf8').on('data', (d: string) => {
    stderr += d;
  });
  let hung = false;
  const hang = setTimeout(() => {
    hung = true;
    process.kill(-(child.pid as number), 'SIGKILL');
  }, HANG_MS);
  return new Promise((resolve) => {
    child.on('close', (code) => {
      clearTimeout(hang);
      // "Command exited with non-zero status 2" comes first when the code is not 0; the numbers are last.
      const last = existsSync(timeFile) ? readFileSync(timeFile, 'utf8').trim().split('\n').at(-1) : '';
      const [wall = Number.NaN, user = Number.NaN, sys = Number.NaN, kib = Number.NaN] = (last ?? '')
        .split(' ')
        .map(Number);
      const ran = transcriptCommands(dir);
      rmSync(dir, { recursive: true, force: true });
      resolve({ code, stdout, stderr, wallSeconds: wall, cpuSeconds: user + sys, maxRssKiB: kib, ran, hung });
    });
  });
}

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
  if (!(r.maxRssKiB <= MAX_KIB)) found.push(`peak memory ${r.maxRssKiB} KiB > ${MAX_KIB}`);
  if (!(r.cpuSeconds <= MAX_CPU_SECONDS)) found.push(`${r.cpuSeconds} s of CPU time > ${MAX_CPU_SECONDS}`);
  if (r.hung) found.push(`still running after ${HANG_MS / 1000} s: killed`);
  return found;
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
