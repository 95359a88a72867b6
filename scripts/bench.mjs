// Start-up time and peak memory of the built CLI and of the single executable, measured (not asserted):
//   node scripts/bench.mjs [runs]      (default 11; the single executable is included when release/ has one)
// Every scenario runs once per round, rounds interleaved, so the floor (`node -e ''`, plain and in a pty) is
// measured under the same load as the wizard; the table gives the median, the spread, the ratio of the
// median to the floor's median, the median CPU time (user + system: steadier than wall time on a busy machine)
// and the median peak RSS (GNU time's %U, %S, %M).
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { nodeRuntime, SEA_NODE } from './node-runtime.mjs';

const runs = Math.max(9, Number(process.argv[2] ?? 11));
const work = mkdtempSync(join(tmpdir(), 'kw-bench-'));
const env = {
  ...process.env,
  KVM_WIZARD_LOG_DIR: work,
  KVM_WIZARD_STATE_DIR: join(work, 'state'),
  LC_ALL: 'C.UTF-8',
};
delete env.NO_COLOR;
delete env.FORCE_COLOR;
const timeFile = join(work, 'time');
const TIME_FORMAT = '%U %S %M';

/** CPU ms and peak RSS MiB from GNU time's file (its last line: a killed child adds a line before it). */
function usage() {
  try {
    const [user, sys, kib] = readFileSync(timeFile, 'utf8').trim().split('\n').at(-1).split(' ').map(Number);
    return { cpu: (user + sys) * 1000, rss: kib / 1024 };
  } catch {
    return { cpu: Number.NaN, rss: Number.NaN };
  }
}
const node = [process.execPath];
const npmBin = [process.execPath, 'bin/kvm-wizard.js'];
const sea = existsSync('release')
  ? readdirSync('release').find((f) => /^kvm-wizard-.*-linux-x86_64$/.test(f))
  : undefined;

/** Runs argv to its end (output discarded), under GNU time for its CPU time and peak RSS. */
function timed(argv) {
  rmSync(timeFile, { force: true });
  const t0 = process.hrtime.bigint();
  const r = spawnSync('/usr/bin/time', ['-f', TIME_FORMAT, '-o', timeFile, ...argv], {
    env,
    stdio: 'ignore',
  });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  return { ms, ...usage(), code: r.status };
}

// biome-ignore lint/suspicious/noControlCharactersInRegex: ESC starts the escape sequences it removes
const ANSI = /\x1b\[[0-9;?]*[A-Za-z]/g;
/**
 * Runs argv in a real pseudo-terminal (util-linux `script`, 80×24) until its output matches `done` (or it
 * ends), then quits it with q: the time to the first complete frame of the interactive wizard.
 */
function inPty(argv, done) {
  const command = `stty cols 80 rows 24; exec /usr/bin/time -f '${TIME_FORMAT}' -o ${timeFile} ${argv.map((a) => `'${a}'`).join(' ')}`;
  rmSync(timeFile, { force: true });
  return new Promise((resolve) => {
    const t0 = process.hrtime.bigint();
    const child = spawn('script', ['-q', '-e', '-c', command, '/dev/null'], { env, detached: true });
    let out = '';
    let ms = 0;
    let confirmed = false;
    child.stdout.on('data', (chunk) => {
      out += chunk;
      // Quit asks first ("Quit kvm-wizard now? [y/N]"): q again quits.
      if (ms && !confirmed && /Quit kvm-wizard now\?/.test(out.replace(ANSI, ''))) {
        confirmed = true;
        child.stdin.write('q');
      }
      if (!ms && done?.test(out.replace(ANSI, ''))) {
        ms = Number(process.hrtime.bigint() - t0) / 1e6;
        // q (then q on the question) quits the wizard, so that GNU time sees it end and writes its peak RSS; a kill is the fallback.
        child.stdin.write('q');
        setTimeout(() => child.exitCode === null && process.kill(-child.pid, 'SIGKILL'), 5000).unref();
      }
    });
    child.on('close', (code) => {
      ms ||= Number(process.hrtime.bigint() - t0) / 1e6;
      resolve({ ms, ...usage(), code: done && !out.replace(ANSI, '').match(done) ? code || 1 : 0 });
    });
  });
}

// The first screen is complete once its footer (the last line, "Quit") follows the step header.
const FIRST_FRAME = /Step 1\/\d+[\s\S]*Quit/;
const cases = (label, cmd) => [
  [`${label} --version`, () => timed([...cmd, '--version'])],
  [`${label} --dry-run --simulate`, () => timed([...cmd, '--dry-run', '--simulate'])],
  [`${label} facts --simulate`, () => timed([...cmd, 'facts', '--simulate'])],
  [`${label} --yes --simulate`, () => timed([...cmd, '--yes', '--simulate'])],
  [`${label} first frame (pty)`, () => inPty([...cmd, '--simulate'], FIRST_FRAME), 'pty'],
];
const scenarios = [
  ["node -e ''", () => timed([...node, '-e', ''])],
  ["node -e '' (pty)", () => inPty([...node, '-e', '']), 'pty'],
  ...cases('npm', npmBin),
  ...(sea
    ? [
        // The runtime inside the single executable, for comparison (the ratios stay against this machine's node).
        [`node ${SEA_NODE} -e ''`, () => timed([nodeRuntime(SEA_NODE), '-e', ''])],
        ...cases('sea', [join('release', sea)]),
      ]
    : []),
];

const results = scenarios.map(() => []);
for (let round = 0; round < runs; round++) {
  for (const [i, [, run]] of scenarios.entries()) results[i].push(await run());
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const floor = { plain: median(results[0].map((r) => r.ms)), pty: median(results[1].map((r) => r.ms)) };
console.log(
  `kvm-wizard start-up, median of ${runs} interleaved runs, node ${process.version}, ${new Date().toISOString()}`,
);
if (sea) console.log(`single executable: release/${sea}`);
else console.log('(no single executable: npm run release builds one)');
console.log('| command | median ms | min–max ms | × floor | CPU ms | peak RSS MiB |');
console.log('|---|---:|---:|---:|---:|---:|');
for (const [i, [name, , kind]] of scenarios.entries()) {
  const ms = results[i].map((r) => r.ms);
  const failed = results[i].filter((r) => r.code !== 0).length;
  const ratio = median(ms) / (kind === 'pty' ? floor.pty : floor.plain);
  console.log(
    `| ${name}${failed ? ` (${failed} failed)` : ''} | ${median(ms).toFixed(0)} | ${Math.min(...ms).toFixed(0)}–${Math.max(...ms).toFixed(0)} | ${ratio.toFixed(2)} | ${median(results[i].map((r) => r.cpu)).toFixed(0)} | ${median(results[i].map((r) => r.rss)).toFixed(1)} |`,
  );
}

// Streaming: a command printing 1,000,000 lines, against `bash -c 'seq | tee -a log'` (scripts/bench-stream.mjs).
if (!process.argv.includes('--no-stream')) {
  const { benchStream, formatRows } = await import('./bench-stream.mjs');
  console.log('\nstreaming 1,000,000 lines, median of 5:');
  console.log(formatRows(await benchStream({ runs: 5 })));
}
