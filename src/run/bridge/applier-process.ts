import { existsSync, readFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { z } from 'zod';
import { RealHost } from '../../host/real-host.js';
import { t } from '../../i18n/messages.js';
import { visible } from '../../i18n/visible.js';
import { applyBridge, type BridgeJob } from './apply.js';
import { jobPaths, writeJsonAtomic } from './job-files.js';

const argv = z.array(z.string());

const carried = z.strictObject({
  ipv4: z.boolean(),
  addresses: z.array(z.string()),
  prefixes: z.array(z.string()),
  routes: z
    .array(
      z.strictObject({
        family: z.union([z.literal(4), z.literal(6)]),
        dst: z.string(),
        gateway: z.string().optional(),
        metric: z.number(),
      }),
    )
    .optional(),
  mtu: z.number().optional(),
  dns: z.array(z.string()).optional(),
});

/**
 * What the wizard writes (see appliers.ts). Checked before anything runs: the id names the status and confirm
 * files next to the job, so it may not climb out of that directory. Strict: a field this applier does not
 * know is an error, never silently dropped (a dropped `carried` once turned every check of what the uplink
 * had into no check at all).
 */
export const JobSchema: z.ZodType<BridgeJob> = z.strictObject({
  id: z.string().regex(/^[A-Za-z0-9_-][A-Za-z0-9_.-]*$/),
  create: argv,
  commands: z.array(argv),
  rollbackTimeout: z.number(),
  expect: z.strictObject({
    bridge: z.string(),
    port: z.string(),
    address: z.string().optional(),
    gateway: z.string().optional(),
    carried: carried.optional(),
    profile: z.string().optional(),
    portProfile: z.string().optional(),
  }),
  verifyWindowMs: z.number(),
});

/** A job file that cannot be used: said in one line by main's reportError, exit 1 like a refused job. */
class JobError extends Error {}

function readJob(jobPath: string): BridgeJob {
  let text: string;
  try {
    text = readFileSync(jobPath, 'utf8');
  } catch (e) {
    throw new JobError(t('cli.jobUnreadable', { path: jobPath, reason: (e as Error).message }));
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    parsed = undefined;
  }
  const job = JobSchema.safeParse(parsed);
  if (!job.success)
    throw new JobError(t('cli.jobUnreadable', { path: jobPath, reason: t('cli.jobInvalid') }));
  return job.data;
}

/**
 * `kvm-wizard __apply-bridge JOB`: the detached process. Exit 0 when committed, 1 when rolled back or refused
 * (a job file that cannot be read or is not a job is refused too, in one line on stderr), 2 for a wrong argv.
 */
export async function runApplierProcess(args: string[]): Promise<number> {
  const [jobPath, ...extra] = args;
  if (!jobPath || extra.length) {
    process.stderr.write(`kvm-wizard: ${t('cli.jobUsage')}\n`);
    return 2;
  }
  let job: BridgeJob;
  try {
    job = readJob(jobPath);
  } catch (e) {
    if (!(e instanceof JobError)) throw e;
    process.stderr.write(`kvm-wizard: ${visible(e.message)}\n`);
    return 1;
  }
  // The job's own directory, not the environment: systemd-run starts the applier with a clean environment.
  const paths = jobPaths(dirname(jobPath), job.id);
  const final = await applyBridge(new RealHost(), job, {
    report: (s) => writeJsonAtomic(paths.status, s),
    confirmed: () => existsSync(paths.confirm),
    reverted: () => existsSync(paths.revert),
    log: (line) => process.stdout.write(`${new Date().toISOString()} ${line}\n`),
    now: () => Date.now(),
    sleep: (ms) => new Promise((r) => setTimeout(r, ms)),
    pid: process.pid,
  });
  return final.phase === 'committed' ? 0 : 1;
}
