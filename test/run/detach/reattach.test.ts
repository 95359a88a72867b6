import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { JobSpec } from '../../../src/host/jobs.js';
import { planStep } from '../../../src/plan/plan.js';
import { PROFILES } from '../../../src/plan/profiles.js';
import { jobFor, resumableStep } from '../../../src/run/detach/step.js';
import { Session } from '../../../src/run/session.js';
import { Transcript } from '../../../src/run/transcript.js';
import { SimulatedHost } from '../../../src/sim/sim-host.js';

const ANSWERS = { host: { allowNoVirt: true } };
let dir = '';
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'kvm-wizard-reattach-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A wizard started on `host`: its own session and transcript, as a new start over SSH would have. */
async function wizard(host: SimulatedHost) {
  // A directory each: two transcripts of one second and one PID would have the same name.
  const transcript = new Transcript(mkdtempSync(join(dir, 'w-')));
  const s = new Session(host, PROFILES.debian, ANSWERS, transcript);
  await s.probe();
  return s;
}

/** An earlier session started the packages step as a job, then dropped: nobody follows it. */
async function droppedSession(host: SimulatedHost): Promise<JobSpec> {
  const s = await wizard(host);
  const job = jobFor(planStep('packages', s.facts, s.answers, s.profile));
  expect(await host.jobs.start(job)).toEqual({ ok: true });
  return job;
}

const until = async (ok: () => Promise<boolean>) => {
  for (let i = 0; i < 500 && !(await ok()); i++) await new Promise((r) => setTimeout(r, 10));
};

describe('a long step runs as a detached job, and a new start re-attaches to it', () => {
  it('a step run by the wizard goes through the host’s jobs and is marked shown at its end', async () => {
    const host = new SimulatedHost('debian12');
    const s = await wizard(host);
    const r = await s.runStep('packages');
    expect(r.outcome).toBe('done');
    expect(await host.jobs.unreported()).toEqual([]);
    expect(readFileSync(s.transcript.path, 'utf8')).toMatch(
      /^# detached job \S+-packages \(kvm-wizard-packages\)$/m,
    );
    expect(await resumableStep(host, ['packages'])).toBeUndefined();
  });

  it('still running: the next start says so, follows it to its end, and the step is done', async () => {
    const host = new SimulatedHost('debian12', 20); // 20 ms a line: still running when the next start looks
    const job = await droppedSession(host);
    const s = await wizard(host);
    const resume = await resumableStep(host, ['host', 'packages', 'summary']);
    expect(resume?.step).toBe('packages');
    expect(resume?.note.key).toBe('detach.reattachRunning');
    const lines: string[] = [];
    const commands: string[] = [];
    const r = await s.runStep('packages', {
      onCommand: (c) => commands.push(c.argv.join(' ')),
      onOutput: (b) => lines.push(b),
    });
    expect(r.outcome).toBe('done');
    expect(commands).toEqual(job.commands.map((c) => c.argv.join(' ')));
    expect(lines.join('')).toMatch(/Setting up qemu-system-x86/);
    const log = readFileSync(s.transcript.path, 'utf8');
    expect(log).toContain(`# re-attached to job ${job.id} (kvm-wizard-packages)`);
    expect(log).not.toMatch(/^# detached job/m); // followed, not started a second time
    expect(planStep('packages', s.facts, s.answers, s.profile).state).toBe('already');
    expect(await resumableStep(host, ['packages'])).toBeUndefined();
  });

  it('ended unseen: the next start shows its result and the step counts as done, not "already so"', async () => {
    const host = new SimulatedHost('debian12');
    const job = await droppedSession(host);
    await until(async () => (await host.jobs.state(job.id)) === 'gone');
    const s = await wizard(host);
    // The host is already as the step wants it, yet the step is the job's: done.
    expect(planStep('packages', s.facts, s.answers, s.profile).state).toBe('already');
    expect((await resumableStep(host, ['packages']))?.note.key).toBe('detach.reattachFinished');
    const commands: Array<[string, number]> = [];
    const r = await s.runStep('packages', {
      onCommandEnd: (c, code) => commands.push([c.argv[0] ?? '', code]),
    });
    expect(r.outcome).toBe('done');
    expect(commands).toEqual(job.commands.map((c) => [c.argv[0], 0]));
    // Shown once: the start after that has nothing to re-attach to, and the step is "already so".
    const next = await wizard(host);
    expect(await resumableStep(host, ['packages'])).toBeUndefined();
    expect((await next.runStep('packages')).outcome).toBe('already');
  });

  it('a job that failed: the step counts as failed, with the command and its exit code', async () => {
    const host = new SimulatedHost('debian12');
    const s = await wizard(host);
    const job: JobSpec = {
      ...jobFor(planStep('packages', s.facts, s.answers, s.profile)),
      commands: [
        { argv: ['apt-get', 'update'], why: 'why.aptUpdate' },
        { argv: ['no-such-tool'], why: 'why.install' },
      ],
    };
    await host.jobs.start(job);
    const r = await s.runStep('packages');
    expect(r.outcome).toBe('failed');
    expect(r.failure?.command?.argv).toEqual(['no-such-tool']);
    expect(r.failure?.exitCode).toBe(127);
  });

  it('Ctrl-C while following asks the job to stop: the step is canceled', async () => {
    const host = new SimulatedHost('debian12', 30);
    const s = await wizard(host);
    const stop = new AbortController();
    const r = await s.runStep('packages', {
      signal: stop.signal,
      onOutput: () => stop.abort(),
    });
    expect(r.outcome).toBe('canceled');
    expect(r.failure?.exitCode).toBe(143);
  });

  it('only the steps of this run are re-attached to', async () => {
    const host = new SimulatedHost('debian12', 20);
    await droppedSession(host);
    expect(await resumableStep(host, ['host', 'validate'])).toBeUndefined();
    expect((await resumableStep(host, ['packages']))?.step).toBe('packages');
  });
});
