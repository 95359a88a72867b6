import type { Host } from './host.js';
import type { JobEvent, JobSpec } from './jobs.js';

/**
 * Runs a job against a host: its download first, then its commands in order, stopping at the first failure,
 * each step told to `emit`. The detached process runs it on the real host, the simulation in memory.
 */
export async function runJob(
  host: Host,
  job: JobSpec,
  emit: (event: JobEvent) => void,
  signal?: AbortSignal,
): Promise<boolean> {
  const done = (ok: boolean) => {
    emit({ e: 'done', ok, at: Date.now() });
    return ok;
  };
  if (job.download) {
    const got = await host.download(job.download, {
      onProgress: (p) => emit({ e: 'progress', ...p }),
      ...(signal ? { signal } : {}),
    });
    emit(
      got.ok
        ? { e: 'download', ok: true, sha256: got.sha256 }
        : {
            e: 'download',
            ok: false,
            message: got.message,
            ...(got.mismatch ? { mismatch: got.mismatch } : {}),
          },
    );
    if (!got.ok) return done(false);
  }
  for (const [i, command] of job.commands.entries()) {
    emit({ e: 'command', i, at: Date.now() });
    const capture = Boolean(command.showOutput);
    const r = await host.run(command.argv, {
      capture,
      onOutput: (text) => emit({ e: 'output', text }),
      ...(signal ? { signal } : {}),
    });
    emit({
      e: 'end',
      i,
      exitCode: r.exitCode,
      ...(r.canceled ? { canceled: true } : {}),
      ...(capture ? { stdout: r.stdout } : {}),
      at: Date.now(),
    });
    if (!(command.okExitCodes ?? [0]).includes(r.exitCode) || r.canceled) return done(false);
  }
  return done(true);
}
