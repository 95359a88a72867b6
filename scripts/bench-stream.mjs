// Streaming benchmark (measured, not asserted): `node scripts/bench-stream.mjs [runs] [--huge]`.
// A command printing a million lines, through the wizard's real path, against the floor a shell gives:
// `bash -c 'seq N | tee -a log'` (the command's output on screen and in a log, nothing else).
//  - real host: `seq N` through RealHost + executeCommands + the transcript + --yes's output formatting, in
//    a harness process (what a real `dnf` flood costs; the wizard's start-up is not part of it);
//  - --yes --simulate: the built CLI with KVM_WIZARD_SIM_LINES=N, less the same run with 0 lines;
//  - Ctrl-C → canceled: abort while a command streams, time until the step reports canceled;
//  - the longest the event loop stood still while streaming (what a key press would wait for in the TUI).
// Wall time and CPU time (user + system, children included): on a shared machine CPU time is the steadier.
// `--huge` also runs 20,000,000 lines once (peak RSS must stay ≤ 120 MiB); not for CI.
// The lead's scripts/bench.mjs imports benchStream() and prints its rows in its table.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const LINES = 1_000_000;
const HUGE = 20_000_000;

/** The harness runs inside a child process (so /usr/bin/time sees its peak RSS), bundled from src/. */
export const HARNESS = `
import { readFileSync } from 'node:fs';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { RealHost } from './host/real-host.js';
import { SimulatedHost } from './host/sim/sim-host.js';
import { cmd } from './plan/command.js';
import { PROFILES } from './plan/profiles.js';
import { executeCommands } from './run/execute.js';
import { Session } from './run/session.js';
import { LineTail } from './run/tail.js';
import { Transcript } from './run/transcript.js';
import { TurnBatch } from './run/turn-batch.js';
import { outputText } from './cli/unattended.js';
import { style } from './cli/style.js';

const [mode, n, dir] = process.argv.slice(2);
const ms = (t0) => Number(process.hrtime.bigint() - t0) / 1e6;
// CPU of this process and of its waited-for children (the command), in ms (/proc/self/stat: ticks of 10 ms).
const cpuNow = () => {
  const own = process.cpuUsage();
  const f = readFileSync('/proc/self/stat', 'utf8').split(') ')[1].split(' ');
  return (own.user + own.system) / 1000 + (Number(f[13]) + Number(f[14])) * 10;
};
const report = (o) => process.stderr.write(JSON.stringify(o) + '\\n');
// --yes's own writer: one write per event-loop turn, each block as --yes shows it.
const out = new TurnBatch((text) => process.stdout.write(text + '\\n'), '\\n');
const onOutput = (block) => out.add(style.dim(outputText(block)));

if (mode === 'real' || mode === 'real-tui') {
  // real-tui: what the interactive wizard does with output (the last lines for the screen), not --yes's.
  const tail = new LineTail(8);
  const events = { onOutput: mode === 'real' ? onOutput : (block) => tail.pushBlock(block) };
  const lag = monitorEventLoopDelay({ resolution: 5 });
  lag.enable();
  const c0 = cpuNow();
  const t0 = process.hrtime.bigint();
  const r = await executeCommands(new RealHost(), [cmd(['seq', n], 'why.install')], new Transcript(dir), events);
  out.flush();
  lag.disable();
  report({ ms: ms(t0), ok: r.ok, maxLagMs: lag.max / 1e6, cpuMs: cpuNow() - c0 });
} else if (mode === 'cancel-real') {
  const abort = new AbortController();
  let t0;
  setTimeout(() => { t0 = process.hrtime.bigint(); abort.abort(); }, 300);
  const r = await executeCommands(new RealHost(), [cmd(['seq', '1000000000'], 'why.install')], new Transcript(dir),
    { onOutput, signal: abort.signal });
  out.flush();
  report({ ms: ms(t0), canceled: !r.ok && r.canceled });
} else if (mode === 'cancel-sim') {
  // The whole step through the Session, as the TUI runs it: the package install of the simulated host.
  const host = new SimulatedHost('centos-stream9', 0, false, 1_000_000_000);
  const session = new Session(host, PROFILES.el9, {}, new Transcript(dir));
  await session.probe();
  const abort = new AbortController();
  let t0;
  setTimeout(() => { t0 = process.hrtime.bigint(); abort.abort(); }, 300);
  const r = await session.runStep('packages', { onOutput, signal: abort.signal });
  out.flush();
  report({ ms: ms(t0), canceled: r.outcome === 'canceled' });
}
`;

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** Runs argv under GNU time: wall ms, CPU ms (user + sys, children included), peak RSS MiB, and stderr. */
function timed(argv, env = {}) {
  const t0 = process.hrtime.bigint();
  const r = spawnSync('/usr/bin/time', ['-f', '@@%U %S %M', ...argv], {
    cwd: ROOT,
    env: { ...process.env, NO_COLOR: '1', ...env },
    stdio: ['ignore', 'ignore', 'pipe'],
    encoding: 'utf8',
    maxBuffer: 1 << 26,
  });
  const wall = Number(process.hrtime.bigint() - t0) / 1e6;
  const lines = r.stderr.trim().split('\n');
  const [user, sys, rss] = (lines.findLast((l) => l.startsWith('@@')) ?? '@@0 0 0')
    .slice(2)
    .split(' ')
    .map(Number);
  const reports = lines.filter((l) => l.startsWith('{')).map((l) => JSON.parse(l));
  return {
    wall,
    cpu: (user + sys) * 1000,
    rss: rss / 1024,
    status: r.status,
    report: reports.at(-1),
    stderr: r.stderr,
  };
}

async function bundleHarness(dir) {
  const { build } = await import('esbuild');
  const file = join(dir, 'harness.mjs');
  await build({
    stdin: { contents: HARNESS, resolveDir: join(ROOT, 'src'), loader: 'ts', sourcefile: 'harness.ts' },
    outfile: file,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    define: { 'process.env.NODE_ENV': '"production"' },
    banner: {
      js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);",
    },
    logLevel: 'warning',
  });
  return file;
}

/** Rows of { name, wallMs: [median, min, max], cpuMs, ratio (to the floor), rssMiB, note }. */
export async function benchStream({ runs = 5, huge = false, log = () => {} } = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'kw-bench-stream-'));
  try {
    const harness = await bundleHarness(dir);
    const logDir = (i) => {
      const d = join(dir, `logs-${i}`);
      return d;
    };
    const series = { floor: [], real: [], tui: [], simN: [], sim0: [] };
    let lag = 0;
    let tuiLag = 0;
    for (let i = 0; i < runs; i++) {
      // Interleaved, so that the machine's load falls on every row alike.
      log(`run ${i + 1}/${runs}`);
      const logFile = join(dir, `tee-${i}.log`);
      series.floor.push(timed(['bash', '-c', `seq ${LINES} | tee -a ${logFile}`]));
      const real = timed([process.execPath, harness, 'real', String(LINES), logDir(`r${i}`)]);
      if (!real.report?.ok) throw new Error(`real-host harness failed: ${real.stderr}`);
      lag = Math.max(lag, real.report.maxLagMs);
      series.real.push(real);
      const tui = timed([process.execPath, harness, 'real-tui', String(LINES), logDir(`t${i}`)]);
      if (!tui.report?.ok) throw new Error(`real-host harness (TUI) failed: ${tui.stderr}`);
      tuiLag = Math.max(tuiLag, tui.report.maxLagMs);
      series.tui.push(tui);
      const cli = (n, tag) =>
        timed([process.execPath, 'bin/kvm-wizard.js', '--yes', '--simulate', '--only', 'packages'], {
          KVM_WIZARD_SIM_LINES: String(n),
          KVM_WIZARD_LOG_DIR: logDir(`${tag}${i}`),
        });
      series.simN.push(cli(LINES, 's'));
      series.sim0.push(cli(0, 'z'));
      rmSync(logFile, { force: true });
    }
    const stats = (xs, key) => {
      const v = xs.map((x) => x[key]);
      return [median(v), Math.min(...v), Math.max(...v)];
    };
    const floorWall = median(series.floor.map((x) => x.wall));
    const floorCpu = median(series.floor.map((x) => x.cpu));
    // The harness's own work, measured inside it: no Node start-up, no module loading.
    const realWall = series.real.map((x) => x.report.ms);
    const realCpu = series.real.map((x) => x.report.cpuMs);
    const simWall = series.simN.map((x, i) => x.wall - series.sim0[i].wall);
    const simCpu = series.simN.map((x, i) => x.cpu - series.sim0[i].cpu);
    const triple = (v) => [median(v), Math.min(...v), Math.max(...v)];
    const rows = [
      {
        name: `bash: seq ${LINES} | tee -a log (floor)`,
        wallMs: stats(series.floor, 'wall'),
        cpuMs: floorCpu,
        ratio: 1,
        rssMiB: median(series.floor.map((x) => x.rss)),
      },
      {
        name: `real host: seq ${LINES}, as --yes shows it (+ transcript)`,
        wallMs: triple(realWall),
        cpuMs: median(realCpu),
        ratio: median(realWall) / floorWall,
        cpuRatio: median(realCpu) / floorCpu,
        rssMiB: median(series.real.map((x) => x.rss)),
        note: `longest event-loop stall ${lag.toFixed(0)} ms`,
      },
      {
        name: `real host, as the TUI takes it (transcript + last lines)`,
        wallMs: triple(series.tui.map((x) => x.report.ms)),
        cpuMs: median(series.tui.map((x) => x.report.cpuMs)),
        ratio: median(series.tui.map((x) => x.report.ms)) / floorWall,
        cpuRatio: median(series.tui.map((x) => x.report.cpuMs)) / floorCpu,
        rssMiB: median(series.tui.map((x) => x.rss)),
        note: `longest event-loop stall ${tuiLag.toFixed(0)} ms`,
      },
      {
        name: `--yes --simulate, ${LINES} lines (less 0 lines)`,
        wallMs: triple(simWall),
        cpuMs: median(simCpu),
        ratio: median(simWall) / floorWall,
        cpuRatio: median(simCpu) / floorCpu,
        rssMiB: median(series.simN.map((x) => x.rss)),
        note: 'includes the simulation making its lines',
      },
    ];
    for (const [mode, name] of [
      ['cancel-real', 'Ctrl-C → canceled, real host (seq streaming)'],
      ['cancel-sim', 'Ctrl-C → canceled, simulated package step'],
    ]) {
      const got = Array.from({ length: runs }, (_, i) =>
        timed([process.execPath, harness, mode, '0', logDir(`${mode}${i}`)]),
      );
      if (!got.every((g) => g.report?.canceled)) throw new Error(`${mode}: not canceled: ${got[0]?.stderr}`);
      rows.push({ name, wallMs: triple(got.map((g) => g.report.ms)), rssMiB: median(got.map((g) => g.rss)) });
    }
    if (huge) {
      log(`${HUGE} lines, once each`);
      const real = timed([process.execPath, harness, 'real', String(HUGE), logDir('huge-r')]);
      rows.push({
        name: `real host: seq ${HUGE} (once)`,
        wallMs: [real.report?.ms ?? Number.NaN],
        cpuMs: real.cpu,
        rssMiB: real.rss,
        note: real.report?.ok ? 'completed' : `FAILED: ${real.stderr.slice(-200)}`,
      });
      rmSync(logDir('huge-r'), { recursive: true, force: true });
      const sim = timed(
        [process.execPath, 'bin/kvm-wizard.js', '--yes', '--simulate', '--only', 'packages'],
        {
          KVM_WIZARD_SIM_LINES: String(HUGE),
          KVM_WIZARD_LOG_DIR: logDir('huge-s'),
        },
      );
      rows.push({
        name: `--yes --simulate, ${HUGE} lines (once)`,
        wallMs: [sim.wall],
        cpuMs: sim.cpu,
        rssMiB: sim.rss,
        note: sim.status === 0 ? 'completed' : `FAILED: exit ${sim.status}`,
      });
    }
    return rows;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export function formatRows(rows) {
  const f = (x) => (x === undefined || Number.isNaN(x) ? '' : x.toFixed(0));
  const lines = [
    `${'scenario'.padEnd(58)} ${'wall ms'.padStart(8)} ${'min–max'.padStart(11)} ${'×floor'.padStart(7)} ${'CPU ms'.padStart(7)} ${'×floor'.padStart(7)} ${'RSS MiB'.padStart(8)}`,
  ];
  for (const r of rows) {
    const [med, min, max] = r.wallMs;
    lines.push(
      `${r.name.padEnd(58)} ${f(med).padStart(8)} ${(min === undefined ? '' : `${f(min)}–${f(max)}`).padStart(11)} ${(r.ratio ? r.ratio.toFixed(2) : '').padStart(7)} ${f(r.cpuMs).padStart(7)} ${(r.cpuRatio ? r.cpuRatio.toFixed(2) : '').padStart(7)} ${r.rssMiB.toFixed(1).padStart(8)}${r.note ? `  ${r.note}` : ''}`,
    );
  }
  return lines.join('\n');
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const runs = Number(process.argv.find((a) => /^\d+$/.test(a)) ?? 5);
  const huge = process.argv.includes('--huge');
  console.log(
    `kvm-wizard streaming bench: ${LINES} lines, ${runs} runs each (median), node ${process.version}`,
  );
  const rows = await benchStream({ runs, huge, log: (s) => process.stderr.write(`  ${s}\n`) });
  console.log(formatRows(rows));
}
