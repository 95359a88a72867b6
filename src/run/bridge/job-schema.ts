import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { t } from '../../i18n/messages.js';
import type { BridgeJob } from './apply.js';

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
  reconnect: z
    .strictObject({ from: z.string(), to: z.string().optional(), mac: z.string().optional() })
    .optional(),
});

/** A job file that cannot be used: said in one line by main's reportError, exit 1 like a refused job. */
export class JobError extends Error {}

export function readJob(jobPath: string): BridgeJob {
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
