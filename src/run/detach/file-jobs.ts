import { closeSync, fstatSync, readFileSync, readSync, statSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Host } from '../../host/host.js';
import { type JobControl, type JobEvent, type JobSpec, jobSchema, parseJobEvent } from '../../host/jobs.js';
import { isRunning } from '../../host/process-start.js';
import { t } from '../../i18n/messages.js';
import { visible } from '../../i18n/visible.js';
import { writeJsonAtomic } from '../bridge/job-files.js';
import { NotAFileError, openRegular, readRegular, writeRegular } from '../safe-file.js';
import { launchDetached } from './launch.js';

/** Where a real host's detached steps live: beside the bridge jobs, outliving the wizard and its session. */
export function stepJobDir(env: NodeJS.ProcessEnv = process.env): string {
  return join(env.KVM_WIZARD_STATE_DIR ?? '/var/lib/kvm-wizard', 'steps');
}

export function stepJobPaths(dir: string, id: string) {
  return {
    job: join(dir, `${id}.job.json`),
    events: join(dir, `${id}.events`),
    log: join(dir, `${id}.log`),
    reported: join(dir, `${id}.reported`),
  };
}

/** A launched job that has not written its first event within this long is taken as gone. */
const START_GRACE_MS = 30_000;
/** How often a follower looks at the events file again. */
const POLL_MS = 150;
/** At most this much of the events file per read: a follower catching up does it in slices. */
const READ_MAX = 4 << 20;

/**
 * The real host's detached jobs: the job as a file, the events as JSON lines appended by the job's own
 * process (`kvm-wizard __run-step JOB`, see runner-process.ts), started in a systemd unit or a new session.
 */
export class FileJobs implements JobControl {
  constructor(
    private readonly host: Host,
    private readonly dir = stepJobDir(),
  ) {}

  async start(job: JobSpec): Promise<{ ok: true } | { ok: false; message: string }> {
    const paths = stepJobPaths(this.dir, job.id);
    try {
      writeJsonAtomic(paths.job, job);
      writeRegular(paths.events, '', 'append');
    } catch (error) {
      if (!(error instanceof NotAFileError)) throw error;
      return { ok: false, message: notAFileText(error) };
    }
    const launched = await launchDetached(this.host, {
      unit: `kvm-wizard-${job.step}`,
      args: ['__run-step', paths.job],
      logPath: paths.log,
      journal: true,
    });
    return launched.ok ? { ok: true } : { ok: false, message: launched.output };
  }

  async read(id: string, cursor: number): Promise<{ events: JobEvent[]; next: number }> {
    const text = readFrom(stepJobPaths(this.dir, id).events, cursor);
    // Only whole lines: the job may be writing the next one right now.
    const end = text.lastIndexOf('\n') + 1;
    const events = text
      .slice(0, end)
      .split('\n')
      .filter(Boolean)
      .map(parseJobEvent)
      .filter((e) => e !== undefined);
    return { events, next: cursor + Buffer.byteLength(text.slice(0, end)) };
  }

  wait(_id: string, _cursor: number, signal?: AbortSignal): Promise<void> {
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        signal?.removeEventListener('abort', done);
        resolve();
      };
      const timer = setTimeout(done, POLL_MS);
      signal?.addEventListener('abort', done, { once: true });
    });
  }

  async state(id: string): Promise<'running' | 'starting' | 'gone'> {
    const paths = stepJobPaths(this.dir, id);
    const started = this.started(id);
    if (started) return isJobRunner(started.pid, started.startTime) ? 'running' : 'gone';
    try {
      return Date.now() - statSync(paths.job).mtimeMs < START_GRACE_MS ? 'starting' : 'gone';
    } catch {
      return 'gone';
    }
  }

  async stop(id: string): Promise<void> {
    const started = this.started(id);
    // Only the very process that started the job: a PID alone may belong to someone else by now.
    if (started && isJobRunner(started.pid, started.startTime)) process.kill(started.pid, 'SIGTERM');
  }

  async unreported(): Promise<JobSpec[]> {
    let names: string[];
    try {
      names = await readdir(this.dir);
    } catch {
      return [];
    }
    const ids = names
      .filter((n) => n.endsWith('.job.json'))
      .map((n) => n.slice(0, -'.job.json'.length))
      .filter((id) => !names.includes(`${id}.reported`))
      .sort();
    const jobs: JobSpec[] = [];
    for (const id of ids) {
      const job = await readJobFile(stepJobPaths(this.dir, id).job);
      if (job?.id === id) jobs.push(job);
    }
    return jobs;
  }

  async markReported(id: string): Promise<void> {
    try {
      writeRegular(stepJobPaths(this.dir, id).reported, `${new Date().toISOString()}\n`);
    } catch {
      // Not being able to mark it only means the next start shows the same result once more.
    }
  }

  /** The job process's first event: who runs it. */
  private started(id: string): { pid: number; startTime: string } | undefined {
    const first = readFrom(stepJobPaths(this.dir, id).events, 0, 4096).split('\n')[0] ?? '';
    const event = parseJobEvent(first);
    return event?.e === 'started' ? event : undefined;
  }
}

/**
 * The process that wrote a job's `started` event, still running, and a job runner (`kvm-wizard __run-step`):
 * a damaged or planted events file must never make the wizard follow, or signal, sshd or PID 1. A PID and its
 * start time can both be read from /proc by anyone, so they alone do not say whose it is.
 */
export function isJobRunner(pid: number, startTime: string, proc = '/proc'): boolean {
  if (!isRunning(pid, startTime, proc)) return false;
  try {
    return readFileSync(`${proc}/${pid}/cmdline`, 'utf8').split('\0').includes('__run-step');
  } catch {
    return false;
  }
}

/** A path of the wizard's that holds something else, said for people (what is there, what to do). */
export function notAFileText(error: NotAFileError): string {
  return t('safeFile.refused', { path: visible(error.path), what: t(`safeFile.what.${error.what}`) });
}

/** A job file, checked: undefined when it is missing, damaged or not a job. */
export async function readJobFile(path: string): Promise<JobSpec | undefined> {
  try {
    const parsed = jobSchema.safeParse(JSON.parse(readRegular(path) ?? ''));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

function readFrom(path: string, offset: number, max = READ_MAX): string {
  let fd: number;
  try {
    // Never a FIFO or a link planted in the wizard's place: the follower would hang, or read elsewhere.
    fd = openRegular(path, 'read');
  } catch {
    return '';
  }
  try {
    const buffer = Buffer.alloc(Math.min(max, Math.max(0, fstatSync(fd).size - offset)));
    const n = buffer.length ? readSync(fd, buffer, 0, buffer.length, offset) : 0;
    // A slice may end inside a multi-byte character: the caller keeps whole lines only, and lines end in ASCII.
    return buffer.subarray(0, n).toString('utf8');
  } finally {
    closeSync(fd);
  }
}
