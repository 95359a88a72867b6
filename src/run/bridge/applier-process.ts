import { existsSync, readFileSync } from 'node:fs';
import { RealHost } from '../../host/real-host.js';
import { applyBridge, type BridgeJob } from './apply.js';
import { bridgeStateDir, jobPaths, writeJsonAtomic } from './job-files.js';

/** `kvm-wizard __apply-bridge JOB`: the detached process. Exit 0 when committed, 1 when rolled back or refused. */
export async function runApplierProcess(jobPath: string): Promise<number> {
  const job = JSON.parse(readFileSync(jobPath, 'utf8')) as BridgeJob;
  const paths = jobPaths(bridgeStateDir(), job.id);
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
