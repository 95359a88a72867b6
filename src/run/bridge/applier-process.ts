import { existsSync, readFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { RealHost } from '../../host/real-host.js';
import { applyBridge, type BridgeJob } from './apply.js';
import { jobPaths, writeJsonAtomic } from './job-files.js';

/** `kvm-wizard __apply-bridge JOB`: the detached process. Exit 0 when committed, 1 when rolled back or refused. */
export async function runApplierProcess(jobPath: string): Promise<number> {
  const job = JSON.parse(readFileSync(jobPath, 'utf8')) as BridgeJob;
  // The job's own directory, not the environment: systemd-run starts the applier with a clean environment.
  const paths = jobPaths(dirname(jobPath), job.id);
  const final = await applyBridge(new RealHost(), job, {
    report: (s) => writeJsonAtomic(paths.status, s),
    confirmed: () => existsSync(paths.confirm),
    log: (line) => process.stdout.write(`${new Date().toISOString()} ${line}\n`),
    now: () => Date.now(),
    sleep: (ms) => new Promise((r) => setTimeout(r, ms)),
    pid: process.pid,
  });
  return final.phase === 'committed' ? 0 : 1;
}
