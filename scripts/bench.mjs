// Start-up time and peak memory of the built CLI, measured (not asserted): `node scripts/bench.mjs [runs]`.
// Prints the median and the spread of wall time and the peak RSS (GNU time's %M) for each scenario.
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const runs = Number(process.argv[2] ?? 9);
const env = { ...process.env, KVM_WIZARD_LOG_DIR: mkdtempSync(join(tmpdir(), 'kw-bench-')), NO_COLOR: '1' };
const scenarios = [
  ['--version', ['--version']],
  ['--help', ['--help']],
  ['--dry-run --simulate', ['--dry-run', '--simulate']],
  ['facts --simulate', ['facts', '--simulate']],
  ['--yes --simulate (all steps)', ['--yes', '--simulate']],
];

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
console.log(`kvm-wizard bench, ${runs} runs each, node ${process.version}`);
console.log(
  `${'scenario'.padEnd(32)} ${'median ms'.padStart(10)} ${'min'.padStart(6)} ${'max'.padStart(6)} ${'peak RSS MiB'.padStart(13)}`,
);
for (const [name, args] of scenarios) {
  const times = [];
  const rss = [];
  for (let i = 0; i < runs; i++) {
    const t0 = process.hrtime.bigint();
    const r = spawnSync('/usr/bin/time', ['-f', '%M', process.execPath, 'bin/kvm-wizard.js', ...args], {
      env,
      encoding: 'utf8',
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    times.push(Number(process.hrtime.bigint() - t0) / 1e6);
    rss.push(Number(r.stderr.trim().split('\n').at(-1)) / 1024);
    if (r.status !== 0) console.log(`  ${name}: exit ${r.status}`);
  }
  console.log(
    `${name.padEnd(32)} ${median(times).toFixed(0).padStart(10)} ${Math.min(...times)
      .toFixed(0)
      .padStart(6)} ${Math.max(...times)
      .toFixed(0)
      .padStart(6)} ${median(rss).toFixed(1).padStart(13)}`,
  );
}
