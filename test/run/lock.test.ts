import { execFileSync, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ExitError } from '../../src/cli/context.js';
import { holdHostLock } from '../../src/cli/lock.js';
import { isRunning, processStartTime } from '../../src/host/process-start.js';
import { acquireLock, type LockHolder, parseHolder, thisProcess } from '../../src/run/lock.js';

/** A PID that just ended: a real child, waited for (so reaped), not a made-up number. */
async function deadPid(): Promise<number> {
  const child = spawn('true');
  const pid = child.pid ?? 0;
  await new Promise((resolve) => child.once('exit', resolve));
  return pid;
}

describe('process start time', () => {
  it('names this process, and nothing for a PID that ended', async () => {
    const start = processStartTime(process.pid);
    expect(start).toMatch(/^\d+$/);
    expect(isRunning(process.pid, start ?? '')).toBe(true);
    expect(isRunning(process.pid, `${start}1`)).toBe(false);
    const dead = await deadPid();
    expect(processStartTime(dead)).toBeUndefined();
    expect(processStartTime(-1)).toBeUndefined();
  });
});

describe('the one-wizard lock (real files, real PIDs)', () => {
  let dir = '';
  let path = '';
  const released: Array<{ release(): void }> = [];
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'kvm-wizard-lock-'));
    path = join(dir, 'run', 'lock');
  });
  afterEach(() => {
    for (const l of released.splice(0)) l.release();
    rmSync(dir, { recursive: true, force: true });
  });
  const holder = (over: Partial<LockHolder> = {}): LockHolder => ({ ...thisProcess({}), ...over });
  /** A lock file as another wizard left it. */
  const plant = (content: LockHolder | string) => {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content));
  };

  it('is taken when free, naming this process by PID and start time', () => {
    const r = acquireLock(path, thisProcess({ SSH_CONNECTION: '10.0.0.9 50000 10.0.0.5 22' }));
    expect(r.ok).toBe(true);
    if (r.ok) released.push(r.lock);
    const written = parseHolder(readFileSync(path, 'utf8'));
    expect(written?.pid).toBe(process.pid);
    expect(written?.startTime).toBe(processStartTime(process.pid));
    expect(written?.from).toBe('10.0.0.9');
    expect(r.ok && r.tookOver).toBeFalsy();
  });

  it('refuses a second wizard while the holder runs, and names the holder', () => {
    const first = acquireLock(path, holder());
    if (first.ok) released.push(first.lock);
    const second = acquireLock(path, holder({ pid: process.pid + 1 }));
    expect(second).toMatchObject({ ok: false, holder: { pid: process.pid } });
  });

  it('takes over a lock whose holder died, and says whose it was', async () => {
    const dead = await deadPid();
    plant(holder({ pid: dead, startTime: '12345' })); // what the dead wizard left behind
    const r = acquireLock(path, holder());
    expect(r).toMatchObject({ ok: true, tookOver: { pid: dead } });
    if (r.ok) released.push(r.lock);
    expect(parseHolder(readFileSync(path, 'utf8'))?.pid).toBe(process.pid);
  });

  it('takes over a lock whose PID now belongs to a process that started at another time', () => {
    plant(holder({ startTime: '1' })); // this PID, but not this process: reused
    const r = acquireLock(path, holder());
    expect(r).toMatchObject({ ok: true, tookOver: { pid: process.pid, startTime: '1' } });
    if (r.ok) released.push(r.lock);
  });

  it('takes over a lock file that names nobody (empty, damaged, hostile), and says so', () => {
    for (const junk of [
      '',
      'not json',
      '{"pid":"1"}',
      `{"pid":1,"startTime":"${'9'.repeat(300)}","startedAt":"x"}`,
    ]) {
      plant(junk);
      const r = acquireLock(path, holder());
      expect(r).toMatchObject({ ok: true, tookOver: 'unreadable' });
      if (r.ok) r.lock.release();
    }
  });

  it('gives back only its own lock: one taken over meanwhile stays', () => {
    const r = acquireLock(path, holder());
    if (!r.ok) throw new Error('not taken');
    writeFileSync(path, JSON.stringify(holder({ pid: 1 })));
    r.lock.release();
    expect(parseHolder(readFileSync(path, 'utf8'))?.pid).toBe(1);
    rmSync(path);
    const again = acquireLock(path, holder());
    if (!again.ok) throw new Error('not taken');
    again.lock.release();
    expect(() => readFileSync(path)).toThrow();
  });

  it('the CLI refuses with exit 3 naming PID, start and SSH client; a stale one is taken over aloud', async () => {
    const first = acquireLock(path, thisProcess({ SSH_CONNECTION: '192.168.1.50 40000 192.168.1.5 22' }));
    if (first.ok) released.push(first.lock);
    const refused = (() => {
      try {
        holdHostLock(() => {}, path);
      } catch (e) {
        return e;
      }
    })();
    expect(refused).toBeInstanceOf(ExitError);
    expect((refused as ExitError).code).toBe(3);
    expect((refused as ExitError).message).toContain(`PID ${process.pid}`);
    expect((refused as ExitError).message).toContain('192.168.1.50');
    expect((refused as ExitError).message).toContain(path);
    if (first.ok) first.lock.release();
    plant(holder({ pid: await deadPid() }));
    const said: string[] = [];
    released.push(holdHostLock((s) => said.push(s), path));
    expect(said.join('\n')).toMatch(/Took over the lock .* which no longer runs/);
  });

  /** What holdHostLock threw. */
  const refusal = (): ExitError => {
    try {
      released.push(holdHostLock(() => {}, path));
    } catch (e) {
      if (e instanceof ExitError) return e;
      throw e;
    }
    throw new Error('the lock was taken');
  };

  it('a FIFO at the lock path is a named refusal, exit 3, at once (it never waits for a writer)', () => {
    mkdirSync(dirname(path), { recursive: true });
    execFileSync('mkfifo', [path]);
    const e = refusal();
    expect(e.code).toBe(3);
    expect(e.message).toContain(path);
    expect(e.message).toContain('named pipe (FIFO)');
  });

  it('a directory or a symbolic link at the lock path is a named refusal, exit 3; a file for its directory too', () => {
    mkdirSync(path, { recursive: true });
    expect(refusal()).toMatchObject({ code: 3, message: expect.stringContaining(`${path} is a directory`) });
    rmSync(path, { recursive: true });
    symlinkSync('/etc/passwd', path);
    expect(refusal()).toMatchObject({ code: 3, message: expect.stringContaining('a symbolic link') });
    expect(readFileSync('/etc/passwd', 'utf8')).not.toContain('startTime');
    rmSync(dirname(path), { recursive: true });
    writeFileSync(dirname(path), 'x');
    expect(refusal()).toMatchObject({ code: 3, message: expect.stringContaining(dirname(path)) });
  });

  it('a link planted at the temporary name is not written through', () => {
    mkdirSync(dirname(path), { recursive: true });
    const victim = join(dir, 'victim');
    writeFileSync(victim, 'keep\n');
    // The old temporary name: PATH.PID.tmp.
    symlinkSync(victim, `${path}.${process.pid}.tmp`);
    const r = acquireLock(path, holder());
    if (r.ok) released.push(r.lock);
    expect(r.ok).toBe(true);
    expect(readFileSync(victim, 'utf8')).toBe('keep\n');
  });

  it('taking over a stale lock is atomic: whoever else tries at any moment of it, one wizard holds it', async () => {
    // Other wizards: real running processes (a PID with its start time), each trying once at the next pause.
    const sleepers = [spawn('sleep', ['60']), spawn('sleep', ['60'])];
    try {
      const others = sleepers.map((c) =>
        holder({ pid: c.pid ?? 0, startTime: processStartTime(c.pid ?? 0) }),
      );
      plant(holder({ pid: await deadPid(), startTime: '12345' }));
      const results = [] as ReturnType<typeof acquireLock>[];
      const points: string[] = [];
      const mine = acquireLock(path, holder(), (point) => {
        points.push(point);
        const next = others[results.length];
        if (next) results.push(acquireLock(path, next));
      });
      results.push(mine);
      const holding = results.filter((r) => r.ok);
      for (const r of holding) if (r.ok) released.push(r.lock);
      expect(points.length).toBeGreaterThan(0);
      expect(holding).toHaveLength(1);
      // The one that holds it is the one the file names.
      const named = parseHolder(readFileSync(path, 'utf8'));
      expect(holding[0]?.ok && parseHolder(readFileSync(holding[0].lock.path, 'utf8'))).toEqual(named);
      expect(results.filter((r) => !r.ok).every((r) => !r.ok && r.holder.pid === named?.pid)).toBe(true);
    } finally {
      for (const c of sleepers) c.kill();
    }
  });
});
