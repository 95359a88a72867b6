import { runJob } from '../../host/job-runner.js';
import type { JobEvent } from '../../host/jobs.js';
import { processStartTime } from '../../host/process-start.js';
import { RealHost } from '../../host/real-host.js';
import { t } from '../../i18n/messages.js';
import { applyLanguage } from '../../i18n/select.js';
import { visible } from '../../i18n/visible.js';
import { formatArgv } from '../../plan/command.js';
import { safeLogBlock } from '../output-block.js';
import { NotAFileError, writeRegular } from '../safe-file.js';
import { notAFileText, readJobFile } from './file-jobs.js';

/**
 * `kvm-wizard __run-step JOB`: the detached process of a long step (started by run/detach/launch.ts). It runs
 * the job, appending each event to the events file beside it for any wizard to follow, and a readable copy
 * to its own output (the journal under systemd). A hang-up is ignored; SIGTERM (Ctrl-C in the wizard that
 * follows it) stops the command. Exit 0 when every command succeeded, 1 otherwise, 2 for a wrong argv.
 */
export async function runStepProcess(args: string[]): Promise<number> {
  const [jobPath, ...extra] = args;
  if (!jobPath?.endsWith('.job.json') || extra.length) {
    process.stderr.write(`kvm-wizard: ${t('detach.usage')}\n`);
    return 2;
  }
  const job = await readJobFile(jobPath);
  if (!job) {
    process.stderr.write(`kvm-wizard: ${visible(t('detach.jobUnreadable', { path: jobPath }))}\n`);
    return 1;
  }
  // systemd-run starts this with a clean environment: the job carries the language and the proxies.
  applyLanguage({ ...(job.lang ? { lang: job.lang } : {}), env: {} });
  Object.assign(process.env, job.env ?? {});
  const eventsPath = `${jobPath.slice(0, -'.job.json'.length)}.events`;
  const stop = new AbortController();
  process.on('SIGHUP', () => {});
  for (const signal of ['SIGTERM', 'SIGINT'] as const) process.on(signal, () => stop.abort());
  const emit = (event: JobEvent) => {
    // Never through a link or into a FIFO put in place of the events file (see safe-file.ts).
    writeRegular(eventsPath, `${JSON.stringify(event)}\n`, 'append');
    const line = readable(event, job.commands);
    if (line !== undefined) process.stdout.write(line);
  };
  try {
    emit({ e: 'started', pid: process.pid, startTime: processStartTime(process.pid) ?? '', at: Date.now() });
  } catch (error) {
    if (!(error instanceof NotAFileError)) throw error;
    process.stderr.write(`kvm-wizard: ${notAFileText(error)}\n`);
    return 1;
  }
  return (await runJob(new RealHost(), job, emit, stop.signal)) ? 0 : 1;
}

/** What the journal gets: the commands and their output as a person reads them, not the events. */
function readable(event: JobEvent, commands: readonly { argv: readonly string[] }[]): string | undefined {
  if (event.e === 'command') return `$ ${visible(formatArgv(commands[event.i]?.argv ?? []))}\n`;
  if (event.e === 'output') return safeLogBlock(event.text);
  if (event.e === 'end') return `# exit ${event.exitCode}\n`;
  if (event.e === 'download')
    return event.ok
      ? `# download verified: SHA-256 ${event.sha256}\n`
      : `# download failed: ${visible(event.message)}\n`;
  return undefined;
}
