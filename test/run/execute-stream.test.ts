import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { RealHost } from '../../src/host/real-host.js';
import { cmd } from '../../src/plan/command.js';
import { PROFILES } from '../../src/plan/profiles.js';
import { executeCommands } from '../../src/run/execute.js';
import { Session } from '../../src/run/session.js';
import { Transcript } from '../../src/run/transcript.js';
import { SimulatedHost } from '../../src/sim/sim-host.js';

const root = mkdtempSync(join(tmpdir(), 'kvm-wizard-stream-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** The output lines of a transcript: everything that is not a record of the wizard's own. */
const outputLines = (path: string) =>
  readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l && !/^(# |\$ |== )/.test(l));

describe('executeCommands with a real command', () => {
  it('3,000,000 lines past a 1 MB buffer cap: the command succeeds, the transcript has every line', async () => {
    const transcript = new Transcript(join(root, 'big'));
    let blocks = 0;
    const r = await executeCommands(
      new RealHost({ maxBuffer: 1_000_000 }),
      [cmd(['seq', '3000000'], 'why.install'), cmd(['false'], 'why.install')],
      transcript,
      { onOutput: () => blocks++ },
    );
    expect(r.ok).toBe(false);
    if (r.ok) return;
    // The first command went through; the second (false) is where it stopped.
    expect(r.failed.argv).toEqual(['false']);
    expect(r.outputs[0]).toBe('');
    const lines = outputLines(transcript.path);
    expect(lines).toHaveLength(3_000_000);
    expect(lines[0]).toBe('1');
    expect(lines.at(-1)).toBe('3000000');
    expect(blocks).toBeLessThan(3_000_000 / 100);
  });

  it('keeps the output of a command that shows it, or of every command of a check', async () => {
    const transcript = new Transcript(join(root, 'shown'));
    const host = new RealHost();
    const echo = cmd(['echo', 'vm1'], 'why.install');
    const shown = await executeCommands(host, [{ ...echo, showOutput: true }, echo], transcript);
    expect(shown.outputs).toEqual(['vm1\n', '']);
    const check = await executeCommands(host, [echo], transcript, {}, { captureAll: true });
    expect(check.outputs).toEqual(['vm1\n']);
  });

  it('the tail of a failed command is its last lines, made safe to show', async () => {
    const transcript = new Transcript(join(root, 'fail'));
    const r = await executeCommands(
      new RealHost(),
      [cmd(['sh', '-c', 'seq 20; printf "\\033]0;pwned\\007\\n" >&2; exit 3'], 'why.install')],
      transcript,
    );
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.exitCode).toBe(3);
    expect(r.tail).toEqual(['14', '15', '16', '17', '18', '19', '20', '\\e]0;pwned\\x07']);
  });

  it('stopped while it streams: canceled, and the transcript says how it ended', async () => {
    const transcript = new Transcript(join(root, 'cancel'));
    const abort = new AbortController();
    const r = await executeCommands(new RealHost(), [cmd(['seq', '1000000000'], 'why.install')], transcript, {
      signal: abort.signal,
      onOutput: () => abort.abort(),
    });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.canceled).toBe(true);
    expect(readFileSync(transcript.path, 'utf8')).toMatch(/\n# end \S+ exit \d+\n$/);
  });
});

describe('KVM_WIZARD_SIM_LINES: the simulated package install prints N more lines', () => {
  it('every one reaches the transcript, in order, between dnf’s own lines', async () => {
    const host = new SimulatedHost('centos-stream9', 0, false, 50_000);
    const session = new Session(host, PROFILES.el9, {}, new Transcript(join(root, 'sim')));
    await session.probe();
    const r = await session.runStep('packages');
    expect(r.outcome).toBe('done');
    const lines = outputLines(session.transcript.path);
    const first = lines.indexOf('1');
    expect(lines.slice(first, first + 50_000)).toEqual(
      Array.from({ length: 50_000 }, (_, i) => String(i + 1)),
    );
    expect(lines[first - 1]).toMatch(/Installing +: cockpit-machines/);
    expect(lines[first + 50_000]).toBe('Complete!');
  });

  it('read from the environment: a whole positive number, else none', () => {
    const saved = process.env.KVM_WIZARD_SIM_LINES;
    try {
      process.env.KVM_WIZARD_SIM_LINES = '1000';
      expect(new SimulatedHost().floodLines).toBe(1000);
      for (const bad of ['', '-5', 'lots', '1e400']) {
        process.env.KVM_WIZARD_SIM_LINES = bad;
        expect(new SimulatedHost().floodLines, bad).toBe(0);
      }
    } finally {
      if (saved === undefined) delete process.env.KVM_WIZARD_SIM_LINES;
      else process.env.KVM_WIZARD_SIM_LINES = saved;
    }
  });

  it('a stop during the flood: the step says canceled', async () => {
    const host = new SimulatedHost('centos-stream9', 0, false, 1_000_000_000);
    const session = new Session(host, PROFILES.el9, {}, new Transcript(join(root, 'sim-cancel')));
    await session.probe();
    const abort = new AbortController();
    let seen = 0;
    const r = await session.runStep('packages', {
      signal: abort.signal,
      onOutput: () => {
        if (++seen === 10) abort.abort();
      },
    });
    expect(r.outcome).toBe('canceled');
  });
});
