import type { JobControl, JobSpec } from '../../host/jobs.js';
import type { Command } from '../../plan/command.js';
import type { CommandEvents, ExecResult } from '../execute.js';
import { LineTail } from '../tail.js';
import type { Transcript } from '../transcript.js';

export type DownloadOutcome =
  | { ok: true; sha256: string }
  | { ok: false; message: string; mismatch?: { expected: string; actual: string } };

export type Followed =
  | { lost?: undefined; exec: ExecResult; download?: DownloadOutcome }
  /** The job's process ended without saying how its step ended (killed, the machine rebooted). */
  | { lost: true; running?: Command; tail: string[] };

/**
 * Follows a detached job to its end, from its first event: its commands, output and a download's progress
 * reach `events` and the transcript as if the step ran here, so a wizard that re-attaches shows the same as
 * the one that started it. Ctrl-C (`events.signal`) asks the job to stop; the job says when it did.
 */
export async function followJob(
  jobs: JobControl,
  job: JobSpec,
  transcript: Transcript,
  events: CommandEvents = {},
): Promise<Followed> {
  const commands = job.commands as readonly Command[];
  const outputs: string[] = [];
  let tail = new LineTail(12);
  let failed: { command: Command; exitCode: number; canceled: boolean } | undefined;
  let download: DownloadOutcome | undefined;
  let running: Command | undefined;
  let cursor = 0;
  let stopAsked = false;
  for (let goneSeen = false; ; ) {
    const { events: batch, next } = await jobs.read(job.id, cursor);
    cursor = next;
    for (const e of batch) {
      if (e.e === 'command') {
        const command = commands[e.i];
        if (!command) continue;
        tail = new LineTail(12);
        running = command;
        events.onCommand?.(command, e.i);
        transcript.commandStart(command.argv);
      } else if (e.e === 'output') {
        tail.pushBlock(e.text);
        transcript.output(e.text);
        events.onOutput?.(e.text);
      } else if (e.e === 'end') {
        const command = commands[e.i];
        if (!command) continue;
        running = undefined;
        transcript.commandEnd(e.exitCode);
        events.onCommandEnd?.(command, e.exitCode);
        outputs[e.i] = e.stdout ?? '';
        const ok = (command.okExitCodes ?? [0]).includes(e.exitCode) && !e.canceled;
        if (!ok) failed = { command, exitCode: e.exitCode, canceled: Boolean(e.canceled) };
      } else if (e.e === 'progress') {
        const { e: _, ...progress } = e;
        events.onDownloadProgress?.(progress);
      } else if (e.e === 'download') {
        download = e.ok
          ? { ok: true, sha256: e.sha256 }
          : { ok: false, message: e.message, ...(e.mismatch ? { mismatch: e.mismatch } : {}) };
      } else if (e.e === 'done') {
        return { exec: execResult(failed, tail, outputs), ...(download ? { download } : {}) };
      }
    }
    if (batch.length) continue;
    if (events.signal?.aborted && !stopAsked) {
      stopAsked = true;
      await jobs.stop(job.id);
    }
    if ((await jobs.state(job.id)) === 'gone') {
      // Its last events may have landed between the read and the look: read once more before giving up.
      if (goneSeen) return { lost: true, ...(running ? { running } : {}), tail: tail.last(8) };
      goneSeen = true;
      continue;
    }
    await jobs.wait(job.id, cursor, stopAsked ? undefined : events.signal);
  }
}

function execResult(
  failed: { command: Command; exitCode: number; canceled: boolean } | undefined,
  tail: LineTail,
  outputs: string[],
): ExecResult {
  if (!failed) return { ok: true, outputs };
  return {
    ok: false,
    failed: failed.command,
    exitCode: failed.exitCode,
    tail: tail.last(8),
    canceled: failed.canceled,
    outputs,
  };
}
