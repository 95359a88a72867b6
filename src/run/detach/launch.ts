import { spawn } from 'node:child_process';
import { closeSync, existsSync } from 'node:fs';
import type { Host } from '../../host/host.js';
import { openRegular } from '../safe-file.js';
import { selfArgv } from '../self-argv.js';

/**
 * Starts `kvm-wizard ARGS…` so that it outlives this process and its terminal: a transient systemd unit
 * (`systemd-run --unit NAME --collect`) where systemd is PID 1, else a new session (setsid) with its output
 * in `logPath`. The unit's output goes to `logPath` too, or to the journal with `journal` (where
 * `journalctl -u NAME` shows it). The bridge applier and the long steps both start this way.
 */
export async function launchDetached(
  host: Host,
  options: { unit: string; args: readonly string[]; logPath: string; journal?: boolean },
): Promise<{ ok: boolean; output: string }> {
  const self = await selfArgv(options.args);
  if (existsSync('/run/systemd/system')) {
    const output = options.journal
      ? []
      : [
          `--property=StandardOutput=append:${options.logPath}`,
          `--property=StandardError=append:${options.logPath}`,
        ];
    const r = await host.run([
      'systemd-run',
      '--collect',
      '--quiet',
      `--unit=${options.unit}`,
      ...output,
      ...self,
    ]);
    if (r.exitCode === 0) return { ok: true, output: '' };
  }
  // No systemd as PID 1 (containers, this project's test lab): a new session via setsid() is enough to
  // survive the terminal hanging up.
  const fd = openRegular(options.logPath, 'append');
  try {
    const [file = process.execPath, ...args] = self;
    const child = spawn(file, args, { detached: true, stdio: ['ignore', fd, fd] });
    child.unref();
    return await new Promise((resolve) => {
      child.once('spawn', () => resolve({ ok: true, output: '' }));
      child.once('error', (e) => resolve({ ok: false, output: e.message }));
    });
  } finally {
    closeSync(fd);
  }
}
