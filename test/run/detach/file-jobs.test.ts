import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { JobEvent, JobSpec } from '../../../src/host/jobs.js';
import { processStartTime } from '../../../src/host/process-start.js';
import { RealHost } from '../../../src/host/real-host.js';
import { FileJobs, isJobRunner, stepJobPaths } from '../../../src/run/detach/file-jobs.js';
import { followJob } from '../../../src/run/detach/follow.js';
import { Transcript } from '../../../src/run/transcript.js';
import { BIN, ensureBuilt } from '../../e2e/cli.js';

/**
 * The real thing: the built CLI's `__run-step` process runs real commands, started in its own session as
 * the wizard starts it (setsid), and followed through its events file.
 */
let dir = '';
let n = 0;
const started: number[] = [];
beforeAll(() => {
  ensureBuilt();
  dir = mkdtempSync(join(tmpdir(), 'kvm-wizard-file-jobs-'));
});
afterAll(() => {
  // A job a test left running (none should): ended by its PID.
  for (const pid of started) {
    try {
      process.kill(pid, 'SIGKILL');
    } catch {
      // already gone
    }
  }
  rmSync(dir, { recursive: true, force: true });
});

const sh = (script: string) => ({ argv: ['sh', '-c', script], why: 'why.install' as const });

/** Writes the job and starts its process detached, like launchDetached's setsid path. */
function launch(commands: JobSpec['commands']): JobSpec {
  const job: JobSpec = { id: `job${++n}-packages`, step: 'packages', createdAt: Date.now(), commands };
  const paths = stepJobPaths(dir, job.id);
  writeFileSync(paths.job, JSON.stringify(job));
  const child = spawn(process.execPath, [BIN, '__run-step', paths.job], { detached: true, stdio: 'ignore' });
  child.unref();
  if (child.pid) started.push(child.pid);
  return job;
}

const jobs = () => new FileJobs(new RealHost(), dir);
const transcript = () => new Transcript(mkdtempSync(join(dir, 't-')));

async function events(id: string, until: (e: JobEvent[]) => boolean): Promise<JobEvent[]> {
  const seen: JobEvent[] = [];
  for (let cursor = 0, i = 0; i < 3000 && !until(seen); i++) {
    const r = await jobs().read(id, cursor);
    seen.push(...r.events);
    cursor = r.next;
    await new Promise((res) => setTimeout(res, 20));
  }
  return seen;
}

describe('detached steps on a real host (files and a process of their own)', () => {
  it('runs the commands in order and tells each event; the follower gets output, commands and exit codes', async () => {
    const job = launch([sh('echo one; echo two >&2'), sh('echo three')]);
    const commands: string[] = [];
    const ends: number[] = [];
    let output = '';
    const t = transcript();
    const r = await followJob(jobs(), job, t, {
      onCommand: (c) => commands.push(c.argv[2] ?? ''),
      onCommandEnd: (_c, code) => ends.push(code),
      onOutput: (b) => {
        output += b;
      },
    });
    expect(r.lost).toBeUndefined();
    expect(!r.lost && r.exec.ok).toBe(true);
    expect(commands).toEqual(['echo one; echo two >&2', 'echo three']);
    expect(ends).toEqual([0, 0]);
    expect(output.split('\n').sort()).toEqual(['', 'one', 'three', 'two']);
    t.flush();
    expect(readFileSync(t.path, 'utf8')).toMatch(/\$ sh -c 'echo three'\n# start .*\nthree\n# end .* exit 0/);
  });

  it('a follower that drops mid-way loses nothing: the next one reads the whole job, to its end', async () => {
    const job = launch([sh('echo before; sleep 1; echo after')]);
    // The first "session" sees the first line, then is gone (it never reads again).
    const first = await events(job.id, (e) => e.some((x) => x.e === 'output'));
    expect(first.filter((e) => e.e === 'output').map((e) => e.e === 'output' && e.text)).toEqual([
      'before\n',
    ]);
    expect(await jobs().state(job.id)).toBe('running');
    let output = '';
    const r = await followJob(jobs(), job, transcript(), {
      onOutput: (b) => {
        output += b;
      },
    });
    expect(!r.lost && r.exec.ok).toBe(true);
    expect(output).toBe('before\nafter\n');
    expect(await jobs().state(job.id)).toBe('gone');
  });

  it('a failing command ends the job: failed, with its exit code, the next command never runs', async () => {
    const job = launch([sh('echo oops; exit 3'), sh('echo never')]);
    const r = await followJob(jobs(), job, transcript());
    expect(r.lost).toBeUndefined();
    if (r.lost || r.exec.ok) throw new Error('expected a failure');
    expect(r.exec.exitCode).toBe(3);
    expect(r.exec.tail).toEqual(['oops']);
    expect(readFileSync(stepJobPaths(dir, job.id).events, 'utf8')).not.toContain('never');
  });

  it('a job whose process is killed (no end written) is "lost", naming the command it was running', async () => {
    const job = launch([sh('echo going; sleep 30')]);
    const seen = await events(job.id, (e) => e.some((x) => x.e === 'output'));
    const start = seen.find((e) => e.e === 'started');
    if (start?.e !== 'started') throw new Error('no started event');
    process.kill(start.pid, 'SIGKILL');
    const r = await followJob(jobs(), job, transcript());
    expect(r).toMatchObject({ lost: true, running: { argv: ['sh', '-c', 'echo going; sleep 30'] } });
    // sh's sleep may outlive the killed runner: end it by its process group (the runner's own session).
    try {
      process.kill(-start.pid, 'SIGKILL');
    } catch {
      // already gone
    }
  });

  it('Ctrl-C (the follower’s signal) stops the job’s command: it ends canceled', async () => {
    const job = launch([sh('echo waiting; exec sleep 30')]);
    const stop = new AbortController();
    const r = await followJob(jobs(), job, transcript(), {
      signal: stop.signal,
      onOutput: () => stop.abort(),
    });
    if (r.lost || r.exec.ok) throw new Error('expected a cancel');
    expect(r.exec.canceled).toBe(true);
  });

  it('knows a job launched a moment ago ("starting") from one whose process never came ("gone")', async () => {
    const job: JobSpec = { id: 'quiet-vm', step: 'vm', createdAt: Date.now(), commands: [] };
    const paths = stepJobPaths(dir, job.id);
    writeFileSync(paths.job, JSON.stringify(job));
    expect(await jobs().state(job.id)).toBe('starting');
    const old = new Date(Date.now() - 60_000);
    utimesSync(paths.job, old, old);
    expect(await jobs().state(job.id)).toBe('gone');
    expect((await followJob(jobs(), job, transcript())).lost).toBe(true);
  });

  it('lists the jobs no wizard has shown yet, oldest first; a shown one is left out', async () => {
    const j = jobs();
    const ids = (await j.unreported()).map((x) => x.id);
    expect(ids.length).toBeGreaterThan(0);
    expect(ids).toEqual([...ids].sort());
    await j.markReported(ids[0] ?? '');
    expect((await j.unreported()).map((x) => x.id)).toEqual(ids.slice(1));
  });

  it('the job process refuses a job file that is not one (hostile id, unknown field) and a wrong argv', () => {
    const run = (...args: string[]) =>
      spawnSync(process.execPath, [BIN, '__run-step', ...args], {
        encoding: 'utf8',
        env: { ...process.env, LC_ALL: 'C' },
      });
    for (const bad of [
      { id: '../../etc/x', step: 'packages', createdAt: 0, commands: [] },
      { id: 'ok', step: 'packages', createdAt: 0, commands: [], extra: 1 },
      { id: 'ok', step: 'packages', createdAt: 0, commands: [{ argv: [], why: 'why.install' }] },
      // Only the proxies travel with a job: PATH or LD_PRELOAD would change what its commands run.
      { id: 'ok', step: 'packages', createdAt: 0, commands: [], env: { LD_PRELOAD: '/x.so' } },
    ]) {
      const path = join(dir, 'bad.job.json');
      writeFileSync(path, JSON.stringify(bad));
      const r = run(path);
      expect(r.status).toBe(1);
      expect(r.stderr).toContain('Cannot use the step job');
    }
    expect(run().status).toBe(2);
    expect(run(join(dir, 'x.job.json'), 'extra').status).toBe(2);
  });

  it('the job process writes output to its log (the journal) with escapes written out, tabs and newlines kept', () => {
    const job: JobSpec = {
      id: `job${++n}-packages`,
      step: 'packages',
      createdAt: Date.now(),
      commands: [sh("printf 'plain\\tcol\\n\\033]0;owned\\007\\033[2Jred\\r\\n'")],
    };
    const paths = stepJobPaths(dir, job.id);
    writeFileSync(paths.job, JSON.stringify(job));
    const r = spawnSync(process.execPath, [BIN, '__run-step', paths.job], { encoding: 'utf8' });
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('plain\tcol\n\\e]0;owned\\x07\\e[2Jred\n');
    expect(r.stdout).not.toContain('\u001b');
    // The events themselves keep the output as it came (JSON escapes it), for the wizard to show its way.
    expect(readFileSync(paths.events, 'utf8')).toContain('\\u001b[2J');
  });

  it('never writes through a link or into a FIFO planted at a job file: named refusal, the target untouched', async () => {
    const victim = join(dir, 'victim');
    writeFileSync(victim, 'keep\n');
    const job: JobSpec = { id: `job${++n}-packages`, step: 'packages', createdAt: Date.now(), commands: [] };
    const paths = stepJobPaths(dir, job.id);
    symlinkSync(victim, paths.events);
    // The wizard's side: starting the job refuses, naming what is at which path.
    const started = await jobs().start(job);
    expect(started).toEqual({
      ok: false,
      message: expect.stringContaining(`${paths.events} is a symbolic link`),
    });
    // The job process's side, should the job file be there already.
    writeFileSync(paths.job, JSON.stringify(job));
    const r = spawnSync(process.execPath, [BIN, '__run-step', paths.job], { encoding: 'utf8' });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('is a symbolic link');
    expect(readFileSync(victim, 'utf8')).toBe('keep\n');
    // A FIFO as the events file: a follower reads nothing from it, and does not wait for a writer.
    rmSync(paths.events);
    execFileSync('mkfifo', [paths.events]);
    expect(await jobs().read(job.id, 0)).toEqual({ events: [], next: 0 });
    expect(await jobs().state(job.id)).not.toBe('running');
    // Marking it shown through a planted link: quietly not done, the target untouched.
    symlinkSync(victim, paths.reported);
    await jobs().markReported(job.id);
    expect(readFileSync(victim, 'utf8')).toBe('keep\n');
  });

  it('a planted "started" event naming another live process (PID and start time right) is not followed or signalled', async () => {
    const other = spawn('sleep', ['30'], { stdio: 'ignore' });
    const pid = other.pid as number;
    started.push(pid);
    const startTime = processStartTime(pid) as string;
    expect(isJobRunner(pid, startTime)).toBe(false);
    const job: JobSpec = { id: `job${++n}-packages`, step: 'packages', createdAt: Date.now(), commands: [] };
    const paths = stepJobPaths(dir, job.id);
    writeFileSync(paths.job, JSON.stringify(job));
    writeFileSync(paths.events, `${JSON.stringify({ e: 'started', pid, startTime, at: 1 })}\n`);
    const control = jobs();
    expect(await control.state(job.id)).toBe('gone');
    await control.stop(job.id);
    await new Promise((r) => setTimeout(r, 100));
    expect(processStartTime(pid)).toBe(startTime);
    other.kill('SIGKILL');
  });
});
