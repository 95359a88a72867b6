import type { Host } from '../host/host.js';
import { runJob } from '../host/job-runner.js';
import type { JobControl, JobEvent, JobSpec } from '../host/jobs.js';

interface SimJob {
  spec: JobSpec;
  /** Events not yet read; `base` counts those already read and let go. */
  events: JobEvent[];
  base: number;
  running: boolean;
  stop: AbortController;
  reported: boolean;
  wake: Array<() => void>;
}

/**
 * Detached jobs of the simulated host: the same calls as on a real host, run in this process. A follower
 * may stop following and another take over (a dropped session), and the job goes on either way. Events a
 * follower has read are let go, so a flood of output is not kept: a later follower sees what is left.
 */
export class SimJobs implements JobControl {
  private readonly jobs = new Map<string, SimJob>();

  constructor(private readonly host: Host) {}

  async start(spec: JobSpec): Promise<{ ok: true }> {
    const job: SimJob = {
      spec,
      events: [],
      base: 0,
      running: true,
      stop: new AbortController(),
      reported: false,
      wake: [],
    };
    this.jobs.set(spec.id, job);
    const emit = (event: JobEvent) => {
      job.events.push(event);
      for (const wake of job.wake.splice(0)) wake();
    };
    emit({ e: 'started', pid: process.pid, startTime: '0', at: Date.now() });
    void runJob(this.host, spec, emit, job.stop.signal).finally(() => {
      job.running = false;
    });
    return { ok: true };
  }

  async read(id: string, cursor: number): Promise<{ events: JobEvent[]; next: number }> {
    const job = this.jobs.get(id);
    if (!job) return { events: [], next: cursor };
    const from = Math.max(cursor - job.base, 0);
    const events = job.events.slice(from);
    // What is read is let go (the real host keeps it in the file).
    job.base += job.events.length;
    job.events = [];
    return { events, next: job.base };
  }

  wait(id: string, cursor: number, signal?: AbortSignal): Promise<void> {
    const job = this.jobs.get(id);
    if (!job || job.base + job.events.length > cursor || !job.running || signal?.aborted)
      return Promise.resolve();
    return new Promise((resolve) => {
      const done = () => {
        signal?.removeEventListener('abort', done);
        resolve();
      };
      job.wake.push(done);
      signal?.addEventListener('abort', done, { once: true });
    });
  }

  async state(id: string): Promise<'running' | 'gone'> {
    return this.jobs.get(id)?.running ? 'running' : 'gone';
  }

  async stop(id: string): Promise<void> {
    this.jobs.get(id)?.stop.abort();
  }

  async unreported(): Promise<JobSpec[]> {
    return [...this.jobs.values()].filter((j) => !j.reported).map((j) => j.spec);
  }

  async markReported(id: string): Promise<void> {
    const job = this.jobs.get(id);
    if (job) job.reported = true;
  }
}
