import { closeSync, constants, existsSync, openSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';
import { RealHost } from '../../host/real-host.js';
import { t } from '../../i18n/messages.js';
import { visible } from '../../i18n/visible.js';
import { logLine } from '../output-block.js';
import { applyBridge, type BridgeJob } from './apply.js';
import { jobPaths, writeJsonAtomic } from './job-files.js';
import { JobError, readJob } from './job-schema.js';

export { JobSchema } from './job-schema.js';

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
    announce: toConsole,
    // Its output lines come from nmcli and the host as they are: written out, never run by a `cat` of the log.
    log: (line) => process.stdout.write(`${new Date().toISOString()} ${logLine(line)}\n`),
    now: () => Date.now(),
    sleep: (ms) => new Promise((r) => setTimeout(r, ms)),
    pid: process.pid,
  });
  return final.phase === 'committed' ? 0 : 1;
}

/**
 * The host's console, when there is one and it is writable: the one screen a user cut off from SSH may still
 * reach (a VM's or a server's remote console). O_NOCTTY: this session leader must not make it its terminal.
 */
function toConsole(line: string): void {
  try {
    const fd = openSync('/dev/console', constants.O_WRONLY | constants.O_NOCTTY | constants.O_NONBLOCK);
    try {
      writeSync(fd, `\r\n${visible(line)}\r\n`);
    } finally {
      closeSync(fd);
    }
  } catch {
    // No console, or not ours to write: the log and the transcript still have the line.
  }
}
