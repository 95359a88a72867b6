import type { Host } from '../../host/host.js';
import { type JobControl, type JobSpec, PASSED_ENV } from '../../host/jobs.js';
import { t } from '../../i18n/messages.js';
import { currentLanguage } from '../../i18n/select.js';
import { maskUrl } from '../../iso/url-credentials.js';
import { type Note, note, type StepId, type StepPlan } from '../../plan/types.js';
import { SimJobs } from '../../sim/jobs.js';
import type { CommandEvents } from '../execute.js';
import type { Transcript } from '../transcript.js';
import { FileJobs } from './file-jobs.js';
import { type Followed, followJob } from './follow.js';

/**
 * The steps that change the host for minutes: a dropped SSH session must not kill dnf mid-transaction, a
 * half-downloaded ISO or virt-install. They run as detached jobs; the rest is quick and runs in-process.
 */
export const DETACHED_STEPS: readonly StepId[] = ['packages', 'iso', 'vm'];

const made = new WeakMap<Host, JobControl>();

/**
 * The host's detached jobs: its own (the simulation's); for another simulated host (a test's wrapper), jobs
 * in this process too; for a real one, files and a second process.
 */
export function jobControl(host: Host): JobControl {
  if (host.jobs) return host.jobs;
  let jobs = made.get(host);
  if (!jobs) {
    jobs = host.simulated ? new SimJobs(host) : new FileJobs(host);
    made.set(host, jobs);
  }
  return jobs;
}

/**
 * The job of `step` whose end no wizard has shown yet (the oldest, as resumableStep names it): the next start
 * re-attaches to it instead of starting the step again.
 */
export async function pendingJob(jobs: JobControl, step: StepId): Promise<JobSpec | undefined> {
  return (await jobs.unreported()).find((j) => j.step === step);
}

/** The job for a step's plan: its download and commands, as shown on the screen. */
export function jobFor(plan: StepPlan, now = new Date()): JobSpec {
  const stamp = now.toISOString().replace(/[-:.]/g, '');
  const env = Object.fromEntries(
    PASSED_ENV.flatMap((k) => (process.env[k] !== undefined ? [[k, process.env[k] as string]] : [])),
  );
  const download = plan.download;
  return {
    id: `${stamp}-${plan.id}`,
    step: plan.id,
    createdAt: now.getTime(),
    commands: plan.commands.map(({ argv, why, whyParams, okExitCodes, showOutput }) => ({
      argv,
      why,
      ...(whyParams ? { whyParams } : {}),
      ...(okExitCodes ? { okExitCodes } : {}),
      ...(showOutput ? { showOutput } : {}),
    })),
    ...(download
      ? {
          download: {
            url: download.url,
            dest: download.dest,
            ...(download.sha256 ? { sha256: download.sha256 } : {}),
            ...(download.checksumUrl ? { checksumUrl: download.checksumUrl } : {}),
          },
        }
      : {}),
    lang: currentLanguage(),
    ...(Object.keys(env).length ? { env } : {}),
  };
}

/**
 * Runs a step as a detached job, or re-attaches to `pending` (a job an earlier wizard started), and follows
 * it to its end; the job is then marked as shown. The transcript says which job it was and where its
 * events are, so the log names what ran outside this process.
 */
export async function runDetached(
  jobs: JobControl,
  plan: StepPlan,
  transcript: Transcript,
  events: CommandEvents,
  pending?: JobSpec,
): Promise<Followed | { launchFailed: string }> {
  const job = pending ?? jobFor(plan);
  if (!pending) {
    if (job.download) transcript.line(`# download ${maskUrl(job.download.url)} -> ${job.download.dest}`);
    const started = await jobs.start(job);
    if (!started.ok) return { launchFailed: t('detach.launchFailed', { reason: started.message }) };
  }
  transcript.line(`# ${pending ? 're-attached to' : 'detached'} job ${job.id} (kvm-wizard-${job.step})`);
  const followed = await followJob(jobs, job, transcript, events);
  if (!followed.lost && followed.download)
    transcript.line(
      followed.download.ok
        ? `# download verified: SHA-256 ${followed.download.sha256}`
        : `# download failed: ${followed.download.message}`,
    );
  await jobs.markReported(job.id);
  return followed;
}

/**
 * The step a new start goes back to: the oldest detached step of this run that no wizard has shown to its
 * end (a dropped session left it running, or it ended unseen), with a note saying which and since when.
 */
export async function resumableStep(
  host: Host,
  steps: readonly StepId[],
): Promise<{ step: StepId; note: Note } | undefined> {
  const jobs = jobControl(host);
  const job = (await jobs.unreported()).find((j) =>
    steps.some((s) => s === j.step && DETACHED_STEPS.includes(s)),
  );
  const step = steps.find((s) => s === job?.step);
  if (!job || !step) return undefined;
  const running = (await jobs.state(job.id)) !== 'gone';
  const params = {
    step: t(`step.${step}.title`),
    time: new Date(job.createdAt)
      .toISOString()
      .replace('T', ' ')
      .replace(/\.\d+Z$/, ' UTC'),
  };
  return {
    step,
    note: note(running ? 'detach.reattachRunning' : 'detach.reattachFinished', 'warn', params),
  };
}
